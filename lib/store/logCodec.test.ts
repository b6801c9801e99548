import { describe, expect, it } from "vitest";
import { buildLog, T0 } from "@/lib/study/fixtures";
import { decodeChunk, decodeIds, encodeChunk } from "./logCodec";

const IDS = { ids: ["a:forward", "b:forward"], intact: true };

describe("log codec", () => {
  it("round-trips a chunk", () => {
    const logs = [buildLog("a:forward", T0), buildLog("b:forward", T0 + 5000, { rating: 1, state: 2, durationMs: 1200 })];
    const raw = encodeChunk(logs, new Map([["a:forward", 0], ["b:forward", 1]]));
    expect(decodeChunk(raw, IDS)).toEqual({ logs, bad: [], salvaged: false });
  });

  it("sets one bad review aside and keeps the others", () => {
    const raw = `{"t":${T0},"l":[0,0,32,4000,1,10,72,4000,0,10,32,-50,0,10,30.5,1,1,10,22,100]}`;
    const decoded = decodeChunk(raw, IDS)!;
    expect(decoded.logs.map((l) => [l.cardId, l.reviewTime])).toEqual([
      ["a:forward", T0],
      ["b:forward", T0 + 40],
    ]);
    expect(decoded.bad).toEqual([
      [1, 10, 72, 4000],
      [0, 10, 32, -50],
      [0, 10, 30.5, 1],
    ]);
  });

  it("keeps the complete leading reviews of a truncated chunk", () => {
    const decoded = decodeChunk(`{"t":${T0},"l":[0,0,32,4000,1,10,22,40`, IDS)!;
    expect(decoded.salvaged).toBe(true);
    expect(decoded.logs).toHaveLength(1);
  });

  it("returns null for an unreadable envelope", () => {
    expect(decodeChunk("null", IDS)).toBeNull();
    expect(decodeChunk('{"t":"x","l":[]}', IDS)).toBeNull();
  });

  it("salvages the readable ids of a damaged list, position by position", () => {
    expect(decodeIds('["a:forward","b:forward"]')).toEqual(IDS);
    expect(decodeIds('["a:forward",7,"c:forward"]')).toEqual({ ids: ["a:forward", null, "c:forward"], intact: false });
    expect(decodeIds('["a:forward","b:for')).toEqual({ ids: ["a:forward"], intact: false });
    expect(decodeIds("garbage")).toEqual({ ids: [], intact: false });
  });
});
