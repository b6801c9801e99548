/**
 * Fuzzing both decoders with thousands of mangled links (seeded, so failures reproduce): whatever the
 * text, they never throw, always return a typed error, and return a value only for an intact link —
 * and then exactly the one that was encoded.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deckAndSpec, quizResult } from "./testArbitraries";
import { extractLinkText } from "./envelope";
import { QUIZ_LINK_ERRORS, RESULT_LINK_ERRORS } from "./linkErrors";
import { decodeQuizLink, encodeQuizLink } from "./quizLink";
import { normalizeQuizSpec } from "./quizSpec";
import { decodeResultLink, encodeResultLink } from "./resultLink";
import { parseResultLinks } from "./parseResultLinks";

const RUNS = 2000;
/** Generous: 2,000 runs take about a second, but CI machines are shared. */
const TIMEOUT_MS = 30_000;
const ALPHABET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const noisyChar = fc.oneof(
  fc.constantFrom(...ALPHABET_CHARS),
  fc.constantFrom("#", ".", " ", "\n", "=", "+", "/", "%", "é", "\u0000", "😀", "q", "r", "1", "2"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

type Mangle = (link: string) => fc.Arbitrary<string>;

/** Ways a link gets damaged on its way from one person to another. */
const manglings: Record<string, Mangle> = {
  truncated: (link) => fc.integer({ min: 0, max: link.length - 1 }).map((n) => link.slice(0, n)),
  "cut at the start": (link) => fc.integer({ min: 1, max: link.length }).map((n) => link.slice(n)),
  "characters replaced": (link) =>
    fc
      .array(fc.tuple(fc.nat({ max: link.length - 1 }), noisyChar), { minLength: 1, maxLength: 5 })
      .map((edits) => {
        const chars = [...link];
        for (const [at, char] of edits) chars[at] = char;
        return chars.join("");
      }),
  "characters inserted or deleted": (link) =>
    fc
      .tuple(fc.nat({ max: link.length }), fc.nat({ max: 3 }), fc.string({ unit: noisyChar, maxLength: 3 }))
      .map(([at, deleted, inserted]) => link.slice(0, at) + inserted + link.slice(at + deleted)),
  "bits flipped in the bytes": (link) =>
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
      const bytes = Buffer.from(link.slice(3), "base64url");
      for (const [at, mask] of flips) bytes[at % bytes.length] ^= mask;
      return link.slice(0, 3) + bytes.toString("base64url");
    }),
  "wrong prefix": (link) =>
    fc
      .tuple(fc.constantFrom("", "q", "r", "x", "Q", "R", "qq"), fc.constantFrom("", "0", "1", "2", "01", "9999", "99999"), fc.constantFrom("", ".", "-", ".."))
      .filter((parts) => parts.join("") !== link.slice(0, 3))
      .map((parts) => parts.join("") + link.slice(3)),
  "random text": () =>
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET_CHARS), maxLength: 300 }).map((s) => `q1.${s}`),
      fc.string({ unit: fc.constantFrom(...ALPHABET_CHARS), maxLength: 300 }).map((s) => `r1.${s}`),
    ),
  "huge input": (link) => fc.integer({ min: 2001, max: 200_000 }).map((n) => link + "A".repeat(n)),
};

/** The payload a text carries once the decoder has read past URL, whitespace and a capitalised prefix. */
function payloadOf(text: string): string {
  const extracted = extractLinkText(text);
  return extracted.charAt(0).toLowerCase() + extracted.slice(1);
}

describe("quiz link decoder under fuzzing", () => {
  for (const [name, mangle] of Object.entries(manglings)) {
    it(`never throws on links with ${name}, and accepts only an intact link`, () => {
      fc.assert(
        fc.property(
          deckAndSpec.chain(({ deck, spec }) => {
            const link = encodeQuizLink(spec, deck);
            return fc.record({ deck: fc.constant(deck), spec: fc.constant(spec), link: fc.constant(link), text: mangle(link) });
          }),
          ({ deck, spec, link, text }) => {
            const decoded = decodeQuizLink(text, [deck]);
            if (decoded.ok) {
              expect(payloadOf(text)).toBe(link);
              expect(decoded.spec).toEqual(normalizeQuizSpec(spec, deck));
            } else {
              expect(QUIZ_LINK_ERRORS).toContain(decoded.error);
              if (text.length <= 2000) expect(payloadOf(text)).not.toBe(link);
            }
          },
        ),
        { seed: 20, numRuns: name === "huge input" ? 100 : RUNS },
      );
    }, TIMEOUT_MS);
  }

  it("never throws on values that are not even strings", () => {
    for (const value of [undefined, null, 42, {}, [], Symbol("x")]) {
      expect(decodeQuizLink(value as unknown as string, [])).toEqual({ ok: false, error: "malformed" });
    }
  });
});

describe("result link decoder under fuzzing", () => {
  for (const [name, mangle] of Object.entries(manglings)) {
    it(`never throws on links with ${name}, and accepts only an intact link`, () => {
      fc.assert(
        fc.property(
          quizResult.chain((result) => {
            const link = encodeResultLink(result);
            return fc.record({ result: fc.constant(result), link: fc.constant(link), text: mangle(link) });
          }),
          ({ result, link, text }) => {
            const decoded = decodeResultLink(text);
            if (decoded.ok) {
              expect(payloadOf(text)).toBe(link);
              expect(decoded.result).toEqual(result);
            } else {
              expect(RESULT_LINK_ERRORS).toContain(decoded.error);
              if (text.length <= 2000) expect(payloadOf(text)).not.toBe(link);
            }
          },
        ),
        { seed: 21, numRuns: name === "huge input" ? 100 : RUNS },
      );
    }, TIMEOUT_MS);
  }

  it("never throws on any pasted text and types every error", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(noisyChar, fc.constant(" ")), maxLength: 400 }), (pasted) => {
        const parsed = parseResultLinks(pasted);
        for (const problem of parsed.errors) expect(RESULT_LINK_ERRORS).toContain(problem.error);
      }),
      { seed: 22, numRuns: RUNS },
    );
  }, TIMEOUT_MS);
});
