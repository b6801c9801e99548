import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deckAndSpec } from "./testArbitraries";
import { ByteWriter, utf8Bytes } from "./bytes";
import { hash16 } from "./checksum";
import { MAX_LINK_INPUT_LENGTH, sealEnvelope } from "./envelope";
import { linkErrorMessage } from "./linkErrors";
import { contentFingerprint, decodeQuizLink, encodeQuizLink } from "./quizLink";
import { correctionMode, normalizeQuizSpec, QUESTION_KINDS, quizId, type QuizSpec, type ShareDeck } from "./quizSpec";
import { buildDeck, buildSpec, HTML_PAYLOAD, TITLE_40, TITLE_80_ACCENTED } from "./testFixtures";

const deck = buildDeck(50);
const otherDeck = buildDeck(12, "autre-article");
const decks = [otherDeck, deck];

function decodedSpec(payload: string, within: ShareDeck[] = decks): QuizSpec {
  const decoded = decodeQuizLink(payload, within);
  if (!decoded.ok) throw new Error(`expected a quiz, got ${decoded.error}`);
  return decoded.spec;
}

/** A version-1 body with a valid checksum, for fields the encoder would refuse to write. */
function craftedLink(fields: { head?: number; count?: number; seed?: number; time?: number; refs?: number[]; title?: string }) {
  const body = new ByteWriter()
    .u8(fields.head ?? 0b0000_0001)
    .u8(fields.count ?? 20)
    .u32(fields.seed ?? 1)
    .varint(fields.time ?? 0)
    .u16(hash16(deck.id))
    .u16(contentFingerprint(deck.factIds));
  for (const byte of fields.refs ?? []) body.u8(byte);
  body.bytes(utf8Bytes(fields.title ?? "Quiz"));
  return sealEnvelope("q", 1, body.toBytes());
}

describe("quiz links: test mode and the links made before it", () => {
  // Written by the encoder before test mode existed (version 1): they must keep their meaning and id.
  const BEFORE_TEST_MODE = {
    quiz: "q1.fxTerb7vhAdC55FDVVVVVVVVAVLDqXZpc2lvbnMgOiBsZSBLYXpha2hzdGFuIMOgIGzigJlPTlUgKMOpdMOpKS6t_x2I",
    id: "dde4ffc5",
    plain: "q1.QRTerb7vAELnkUNVVVVVVVUBSLtFyA",
    plainId: "9bf774d7",
  };

  it("opens a link made before test mode as the same quiz, corrections after each question, same quiz id", () => {
    const spec = decodedSpec(BEFORE_TEST_MODE.quiz, [deck]);
    expect(spec).toEqual(normalizeQuizSpec(buildSpec(deck), deck));
    expect(correctionMode(spec)).toBe("each");
    expect(quizId(spec)).toBe(BEFORE_TEST_MODE.id);
    const plain = decodedSpec(BEFORE_TEST_MODE.plain, [deck]);
    expect(plain).toEqual(normalizeQuizSpec(buildSpec(deck, { title: "", timeLimitSec: 0, kinds: ["mcq"] }), deck));
    expect(quizId(plain)).toBe(BEFORE_TEST_MODE.plainId);
  });

  it("still writes a quiz without test mode as the same version 1 link, byte for byte", () => {
    expect(encodeQuizLink(buildSpec(deck), deck)).toBe(BEFORE_TEST_MODE.quiz);
    expect(encodeQuizLink(buildSpec(deck, { corrections: "each" }), deck)).toBe(BEFORE_TEST_MODE.quiz);
  });

  it("carries « corrections at the end » in a version 2 link, one byte longer at most, with its own quiz id", () => {
    const atEnd = buildSpec(deck, { corrections: "end" });
    const payload = encodeQuizLink(atEnd, deck);
    expect(payload).toMatch(/^q2\./);
    expect(payload.length).toBeLessThanOrEqual(BEFORE_TEST_MODE.quiz.length + 2);
    expect(correctionMode(decodedSpec(payload, [deck]))).toBe("end");
    expect(quizId(atEnd)).not.toBe(BEFORE_TEST_MODE.id);
  });

  it("refuses a version 2 link with no flag or an unknown flag as damaged", () => {
    const v1Body = Buffer.from(BEFORE_TEST_MODE.quiz.slice(3), "base64url").subarray(0, -4);
    for (const flags of [0, 0b10, 0x80]) {
      const crafted = sealEnvelope("q", 2, new Uint8Array([flags, ...v1Body]));
      expect(decodeQuizLink(crafted, [deck])).toEqual({ ok: false, error: "malformed" });
    }
    expect(decodedSpec(sealEnvelope("q", 2, new Uint8Array([1, ...v1Body])), [deck]).corrections).toBe("end");
  });
});

describe("quiz links: round trip", () => {
  it("gives back the normalised spec for any valid quiz on decks of 1 to 3,000 facts", () => {
    fc.assert(
      fc.property(deckAndSpec, ({ deck: d, spec }) => {
        const payload = encodeQuizLink(spec, d);
        expect(decodeQuizLink(payload, [otherDeck, d])).toEqual({ ok: true, spec: normalizeQuizSpec(spec, d) });
      }),
      { seed: 10, numRuns: 600 },
    );
  });

  it("encodes the decoded spec back to the same payload", () => {
    fc.assert(
      fc.property(deckAndSpec, ({ deck: d, spec }) => {
        const payload = encodeQuizLink(spec, d);
        expect(encodeQuizLink(decodedSpec(payload, [d]), d)).toBe(payload);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it("returns facts in content order and kinds in canonical order, whatever order they were picked in", () => {
    const spec = buildSpec(deck, { factIds: [deck.factIds[9], deck.factIds[3], deck.factIds[9]], kinds: ["order", "mcq"] });
    const decoded = decodedSpec(encodeQuizLink(spec, deck));
    expect(decoded.factIds).toEqual([deck.factIds[3], deck.factIds[9]]);
    expect(decoded.kinds).toEqual(["mcq", "order"]);
  });

  it("keeps a title of HTML as literal text", () => {
    expect(decodedSpec(encodeQuizLink(buildSpec(deck, { title: HTML_PAYLOAD }), deck)).title).toBe(HTML_PAYLOAD);
  });

  it("round-trips a maximal 80-character title, accented or made of emoji", () => {
    for (const title of [TITLE_80_ACCENTED, "🇰🇿".repeat(40), "😀".repeat(80)]) {
      expect(decodedSpec(encodeQuizLink(buildSpec(deck, { title }), deck)).title).toBe(title);
    }
  });

  it("reads the payload from a whole URL, a #fragment or text with whitespace around it", () => {
    const payload = encodeQuizLink(buildSpec(deck), deck);
    const expected = decodedSpec(payload);
    for (const text of [`https://exemple.fr/quiz/play/#${payload}`, `#${payload}`, `  ${payload}\n`, `Q${payload.slice(1)}`]) {
      expect(decodedSpec(text)).toEqual(expected);
    }
  });
});

describe("quiz links: size", () => {
  const sizeOf = (title: string) => encodeQuizLink(buildSpec(deck, { title }), deck).length;

  it("fits a 20-question quiz with a 40-character accented title in 200 characters", () => {
    expect([...TITLE_40].length).toBe(40);
    expect(sizeOf(TITLE_40)).toBeLessThanOrEqual(200);
    expect(sizeOf(TITLE_40)).toBeLessThanOrEqual(100);
  });

  it("stays within the measured budgets for 0 and 80-character titles, even on every fact pick", () => {
    expect(sizeOf("")).toBeLessThanOrEqual(34);
    expect(sizeOf(TITLE_80_ACCENTED)).toBeLessThanOrEqual(247);
    // Worst case on a 50-fact deck: a 7-byte bitset whatever facts are picked, 4-byte characters in the title.
    expect(sizeOf("😀".repeat(80))).toBeLessThanOrEqual(461);
  });

  it("keeps quizzes on a 3,000-fact deck well under the decoders' input limit", () => {
    const big = buildDeck(3000);
    const everySeventh = buildSpec(big, { factIds: big.factIds.filter((_, i) => i % 7 === 0), title: "😀".repeat(80) });
    const payload = encodeQuizLink(everySeventh, big);
    expect(payload.length).toBeLessThan(MAX_LINK_INPUT_LENGTH - 200);
    expect(decodedSpec(payload, [big]).factIds).toHaveLength(429);
  });
});

describe("quiz links: errors", () => {
  const payload = encodeQuizLink(buildSpec(deck), deck);

  it("says the content changed when the deck's facts were added, removed or reordered", () => {
    const added = { id: deck.id, factIds: [...deck.factIds, "nouveau-fait"] };
    const reordered = { id: deck.id, factIds: [...deck.factIds].reverse() };
    expect(decodeQuizLink(payload, [added])).toEqual({ ok: false, error: "content-changed" });
    expect(decodeQuizLink(payload, [reordered])).toEqual({ ok: false, error: "content-changed" });
    expect(linkErrorMessage("content-changed")).toContain("Ce lien a été créé pour une autre version du contenu.");
  });

  it("says the deck is unknown when no deck of this build has its id", () => {
    expect(decodeQuizLink(payload, [otherDeck])).toEqual({ ok: false, error: "unknown-deck" });
    expect(decodeQuizLink(payload, [])).toEqual({ ok: false, error: "unknown-deck" });
  });

  it("recognises a link of a future version instead of calling it damaged", () => {
    expect(decodeQuizLink(`q3.${payload.slice(3)}`, decks)).toEqual({ ok: false, error: "future-version" });
    expect(decodeQuizLink("https://exemple.fr/quiz/play/#q17.AAAA", decks)).toEqual({ ok: false, error: "future-version" });
  });

  it("fails the checksum when any single byte of the payload is changed", () => {
    const body = payload.slice(3);
    const bytes = Buffer.from(body, "base64url");
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const tampered = Uint8Array.from(bytes);
        tampered[i] ^= flip;
        const text = `q1.${Buffer.from(tampered).toString("base64url")}`;
        expect(decodeQuizLink(text, decks)).toEqual({ ok: false, error: "checksum" });
      }
    }
  });

  it("refuses oversized input before decoding it", () => {
    expect(decodeQuizLink(`${payload}${" ".repeat(MAX_LINK_INPUT_LENGTH)}`, decks)).toEqual({ ok: false, error: "too-long" });
    expect(decodeQuizLink("q1." + "A".repeat(5_000_000), decks)).toEqual({ ok: false, error: "too-long" });
  });

  it("calls blank input and URLs without a fragment empty", () => {
    for (const text of ["", "   ", "#", "https://exemple.fr/quiz/play/", "https://exemple.fr/quiz/play/#"]) {
      expect(decodeQuizLink(text, decks)).toEqual({ ok: false, error: "empty" });
    }
  });

  it("calls other texts, result links and wrong prefixes malformed", () => {
    const result = sealEnvelope("r", 1, new Uint8Array([1, 2, 3, 4, 5]));
    for (const text of ["bonjour", "q1.", "q1.A", "x1.AAAA", "q0.AAAA", "q01.AAAA", result, payload.replace("q1.", "q1-")]) {
      expect(decodeQuizLink(text, decks)).toEqual({ ok: false, error: "malformed" });
    }
  });

  it("fails the checksum on a quiz body moved behind another prefix", () => {
    expect(decodeQuizLink(`q1.${sealEnvelope("r", 1, new Uint8Array([1, 2, 3])).slice(3)}`, decks)).toEqual({
      ok: false,
      error: "checksum",
    });
  });

  it("refuses well-formed links whose settings are out of range", () => {
    const invalid = [
      craftedLink({ count: 4 }),
      craftedLink({ count: 41 }),
      craftedLink({ head: 0b0000_0000 }), // no question kind
      craftedLink({ time: 3601 }),
      craftedLink({ title: "x".repeat(81) }),
      craftedLink({ title: " Quiz" }), // not trimmed: not what an encoder writes
      craftedLink({ title: "Ligne 1\nLigne 2" }),
      craftedLink({ head: 0b0100_0001, refs: [0, 0, 0, 0, 0, 0, 0] }), // bitset with no fact
    ];
    for (const link of invalid) expect(decodeQuizLink(link, decks)).toEqual({ ok: false, error: "invalid-spec" });
    expect(decodeQuizLink(craftedLink({}), decks).ok).toBe(true);
  });

  it("calls bytes that do not fit the deck malformed", () => {
    const malformed = [
      craftedLink({ head: 0b0100_0001, refs: [0xff] }), // bitset shorter than the deck
      craftedLink({ head: 0b1000_0001, refs: [1, 60] }), // index past the deck's 50 facts
      craftedLink({ head: 0b1000_0001, refs: [2, 0] }), // list shorter than announced
    ];
    for (const link of malformed) expect(decodeQuizLink(link, decks)).toEqual({ ok: false, error: "malformed" });
  });

  it("throws on encoding a spec it could not share, naming the problem", () => {
    expect(() => encodeQuizLink(buildSpec(deck, { count: 3 }), deck)).toThrow(/count/);
    expect(() => encodeQuizLink(buildSpec(deck, { factIds: [] }), deck)).toThrow(/factIds/);
    expect(() => encodeQuizLink(buildSpec(deck, { factIds: ["inconnu"] }), deck)).toThrow(/inconnu/);
    expect(() => encodeQuizLink(buildSpec(deck, { title: "é".repeat(81) }), deck)).toThrow(/title/);
    expect(() => encodeQuizLink(buildSpec(deck, { title: "\uD800" }), deck)).toThrow(/surrogate/);
    expect(() => encodeQuizLink(buildSpec(deck), otherDeck)).toThrow(/deck/);
  });
});

describe("quizId", () => {
  it("is the same for the teacher's spec and every student's decoded spec", () => {
    fc.assert(
      fc.property(deckAndSpec, ({ deck: d, spec }) => {
        expect(quizId(decodedSpec(encodeQuizLink(spec, d), [d]))).toBe(quizId(spec));
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it("is 8 hex digits and changes with any setting", () => {
    const spec = buildSpec(deck);
    expect(quizId(spec)).toMatch(/^[0-9a-f]{8}$/);
    const variants = [{ seed: 1 }, { count: 21 }, { timeLimitSec: 0 }, { title: "Autre" }, { kinds: ["mcq" as const] }];
    for (const change of variants) expect(quizId({ ...spec, ...change })).not.toBe(quizId(spec));
  });
});

describe("link format", () => {
  it("keeps the kinds' bit order: links already shared must decode to the same kinds", () => {
    expect(QUESTION_KINDS).toEqual(["mcq", "true-false", "typed", "cloze", "match", "order"]);
  });
});
