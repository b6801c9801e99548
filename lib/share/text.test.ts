import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, linkTextProblem, normalizeLinkText } from "./text";

describe("link text", () => {
  it("normalises to NFC and trims, idempotently", () => {
    expect(normalizeLinkText("  Cafe\u0301 \n")).toBe("Café");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const once = normalizeLinkText(text);
        expect(normalizeLinkText(once)).toBe(once);
      }),
      { seed: 40, numRuns: 1000 },
    );
  });

  it("counts code points, so an emoji is one character", () => {
    expect(codePointLength("😀é")).toBe(2);
    expect(codePointLength("")).toBe(0);
  });

  it("refuses control characters, unpaired surrogates and lengths out of bounds", () => {
    const limits = { min: 1, max: 5 };
    expect(linkTextProblem("Léa", limits)).toBeNull();
    expect(linkTextProblem("😀😀😀😀😀", limits)).toBeNull();
    expect(linkTextProblem("a\tb", limits)).toMatch(/control/);
    expect(linkTextProblem("\u0085", limits)).toMatch(/control/);
    expect(linkTextProblem("a\uDC00", limits)).toMatch(/surrogate/);
    expect(linkTextProblem("", limits)).toMatch(/empty/);
    expect(linkTextProblem("abcdef", limits)).toMatch(/at most 5/);
  });
});

describe("invisible characters", () => {
  it("removes bidi controls and zero-width characters from titles and names", () => {
    expect(normalizeLinkText("\u202Egpj.exe Ali")).toBe("gpj.exe Ali");
    expect(normalizeLinkText("Lé\u200Ba\u2066\u2069 \u200E\uFEFFMartin\u200D")).toBe("Léa Martin");
  });

  it("keeps a zero-width joiner inside an emoji sequence", () => {
    expect(normalizeLinkText("Équipe 👩\u200D🔬")).toBe("Équipe 👩\u200D🔬");
  });
});
