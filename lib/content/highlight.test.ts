import { describe, expect, it } from "vitest";
import { segmentParagraph } from "./highlight";

describe("segmentParagraph", () => {
  it("keeps the text whole and marks each quote", () => {
    const text = "Le Kazakhstan est membre depuis le 2 mars 1992 et siège à Astana.";
    const segments = segmentParagraph(text, [
      { factId: "date", quote: "2 mars 1992" },
      { factId: "ville", quote: "Astana" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.factIds.length).map((s) => [s.text, s.factIds])).toEqual([
      ["2 mars 1992", ["date"]],
      ["Astana", ["ville"]],
    ]);
  });

  it("gives overlapping quotes a shared segment", () => {
    const segments = segmentParagraph("abcdef", [
      { factId: "x", quote: "abcd" },
      { factId: "y", quote: "cdef" },
    ]);
    expect(segments).toEqual([
      { text: "ab", factIds: ["x"] },
      { text: "cd", factIds: ["x", "y"] },
      { text: "ef", factIds: ["y"] },
    ]);
  });

  it("ignores quotes that are not in the paragraph", () => {
    expect(segmentParagraph("abc", [{ factId: "z", quote: "zzz" }])).toEqual([{ text: "abc", factIds: [] }]);
  });
});
