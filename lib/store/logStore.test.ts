import { describe, expect, it } from "vitest";
import { buildLog, counterIds, T0 } from "@/lib/study/fixtures";
import { CHUNK_SIZE, LEASE_MS, LogStore } from "./logStore";
import { MemoryStorage } from "./memoryStorage";

const noIssues = () => {
  throw new Error("unexpected storage issue");
};

function open(storage: MemoryStorage, now: number, ids = counterIds("w")): LogStore {
  const store = new LogStore(storage, "kor", ids, noIssues);
  store.load(now);
  return store;
}

describe("LogStore", () => {
  it("splits logs into chunks of CHUNK_SIZE and rewrites only the last chunk per rating", () => {
    const writes: string[] = [];
    const storage = new MemoryStorage({ onSet: (key) => writes.push(key) });
    const logs = open(storage, T0);
    for (let i = 0; i < CHUNK_SIZE + 3; i++) logs.append(buildLog(`c${i % 7}:forward`, T0 + i * 1000), T0 + i * 1000);
    const w = logs.writerId;
    expect(storage.getItem(`kor-logs-${w}-0`)).not.toBeNull();
    expect(storage.getItem(`kor-logs-${w}-1`)).not.toBeNull();
    writes.length = 0;
    logs.append(buildLog("c1:forward", T0 + 10_000_000), T0 + 10_000_000);
    expect(writes).toEqual(["kor-writer", `kor-logs-${w}-1`]);
    expect(open(storage, T0 + 11_000_000, counterIds("z")).all()).toHaveLength(CHUNK_SIZE + 4);
  });

  it("interns card ids once per writer", () => {
    const storage = new MemoryStorage();
    const logs = open(storage, T0);
    logs.append(buildLog("onu-adhesion-date:forward", T0), T0);
    logs.append(buildLog("onu-adhesion-date:forward", T0 + 1000), T0 + 1000);
    expect(JSON.parse(storage.getItem(`kor-logs-${logs.writerId}-ids`)!)).toEqual(["onu-adhesion-date:forward"]);
    expect(storage.getItem(`kor-logs-${logs.writerId}-0`)).toBe(`{"t":${T0},"l":[0,0,32,4000,0,1000,32,4000]}`);
  });

  it("lets a later visit reuse the device writer once the lease is free, but not while another tab holds it", () => {
    const storage = new MemoryStorage();
    const first = open(storage, T0, counterIds("a"));
    first.append(buildLog("x:forward", T0), T0);
    const concurrent = open(storage, T0 + 1000, counterIds("b"));
    expect(concurrent.writerId).not.toBe(first.writerId);
    const later = open(storage, T0 + LEASE_MS + 1, counterIds("c"));
    expect(later.writerId).toBe(first.writerId);
    later.append(buildLog("y:forward", T0 + LEASE_MS + 2), T0 + LEASE_MS + 2);
    expect(later.all()).toHaveLength(2);
    expect(JSON.parse(storage.getItem(`kor-logs-${later.writerId}-0`)!).l).toHaveLength(8);
  });

  it("moves to a fresh writer when another tab took its writer over", () => {
    const storage = new MemoryStorage();
    const idle = open(storage, T0, counterIds("a"));
    idle.append(buildLog("x:forward", T0), T0);
    const taker = open(storage, T0 + LEASE_MS + 1, counterIds("c"));
    expect(taker.writerId).toBe(idle.writerId);
    taker.append(buildLog("y:forward", T0 + LEASE_MS + 2), T0 + LEASE_MS + 2);
    idle.append(buildLog("z:forward", T0 + LEASE_MS + 3), T0 + LEASE_MS + 3);
    expect(idle.writerId).not.toBe(taker.writerId);
    expect(open(storage, T0 + LEASE_MS + 4, counterIds("d")).all().map((l) => l.cardId)).toEqual(["x:forward", "y:forward", "z:forward"]);
  });

  it("removes an undone log and the chunk it leaves empty", () => {
    const storage = new MemoryStorage();
    const logs = open(storage, T0);
    const log = buildLog("x:forward", T0);
    logs.append(log, T0);
    expect(logs.remove(log)).toBe(true);
    expect(storage.getItem(`kor-logs-${logs.writerId}-0`)).toBeNull();
    expect(logs.all()).toEqual([]);
    expect(logs.remove(log)).toBe(false);
  });
});
