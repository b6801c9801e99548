import * as v from "valibot";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quizResult } from "./testArbitraries";
import { ByteWriter, utf8Bytes } from "./bytes";
import { MAX_LINK_INPUT_LENGTH, sealEnvelope } from "./envelope";
import { encodeQuizLink } from "./quizLink";
import { quizResultSchema } from "./quizResult";
import { decodeResultLink, encodeResultLink } from "./resultLink";
import { buildDeck, buildResult, buildSpec, HTML_PAYLOAD } from "./testFixtures";

const NAME_20 = "Léa Martin-Dupré (4e";

function decoded(text: string) {
  const result = decodeResultLink(text);
  if (!result.ok) throw new Error(`expected a result, got ${result.error}`);
  return result.result;
}

/** A version-1 result body with a valid checksum, for fields the encoder would refuse to write. */
function craftedResult(fields: { count?: number; answers?: number[]; time?: number; day?: number; name?: string }) {
  const body = new ByteWriter().u32(0x3fa9c21e).u8(fields.count ?? 3);
  for (const byte of fields.answers ?? [0b101]) body.u8(byte);
  body.varint(fields.time ?? 60).varint(fields.day ?? 0).bytes(utf8Bytes(fields.name ?? "Léa"));
  return sealEnvelope("r", 1, body.toBytes());
}

describe("result links", () => {
  it("gives back any valid result", () => {
    fc.assert(
      fc.property(quizResult, (result) => {
        expect(decodeResultLink(encodeResultLink(result))).toEqual({ ok: true, result });
      }),
      { seed: 30, numRuns: 1000 },
    );
  });

  it("is short: about 55 characters for 20 questions and 60 for 40, with a 20-character name", () => {
    expect([...NAME_20].length).toBe(20);
    expect(encodeResultLink(buildResult(20, { name: NAME_20 })).length).toBeLessThanOrEqual(56);
    expect(encodeResultLink(buildResult(40, { name: NAME_20 })).length).toBeLessThanOrEqual(60);
  });

  it("keeps a name of HTML as literal text", () => {
    expect(decoded(encodeResultLink(buildResult(5, { name: HTML_PAYLOAD }))).name).toBe(HTML_PAYLOAD);
  });

  it("normalises the name, rounds and clamps the time", () => {
    const sent = decoded(encodeResultLink(buildResult(5, { name: "  Le\u0301a ", totalTimeSec: 90.6 })));
    expect(sent.name).toBe("Léa");
    expect(sent.totalTimeSec).toBe(91);
    expect(decoded(encodeResultLink(buildResult(5, { totalTimeSec: 1e9 }))).totalTimeSec).toBe(86_400);
    expect(decoded(encodeResultLink(buildResult(5, { totalTimeSec: -3 }))).totalTimeSec).toBe(0);
  });

  it("leaves out the day when it is not given", () => {
    const result = decoded(encodeResultLink(buildResult(5, { answeredOn: undefined })));
    expect("answeredOn" in result).toBe(false);
  });

  it("reads a whole URL, a #fragment and text with whitespace around it", () => {
    const link = encodeResultLink(buildResult(12));
    for (const text of [`https://exemple.fr/resultats/#${link}`, `#${link}`, `\n\t ${link}  `, `R${link.slice(1)}`]) {
      expect(decoded(text)).toEqual(buildResult(12));
    }
  });

  it("throws on encoding a result that cannot be sent, naming the problem", () => {
    expect(() => encodeResultLink(buildResult(5, { name: "   " }))).toThrow(/name/);
    expect(() => encodeResultLink(buildResult(5, { name: "x".repeat(41) }))).toThrow(/name/);
    expect(() => encodeResultLink(buildResult(0))).toThrow(/answers/);
    expect(() => encodeResultLink(buildResult(41))).toThrow(/answers/);
    expect(() => encodeResultLink(buildResult(5, { quizId: "XYZ" }))).toThrow(/quizId/);
    expect(() => encodeResultLink(buildResult(5, { answeredOn: "2025-02-30" }))).toThrow(/answeredOn/);
  });
});

describe("result links: errors", () => {
  const link = encodeResultLink(buildResult(20));

  it("tells a quiz link pasted among results", () => {
    const deck = buildDeck(50);
    expect(decodeResultLink(encodeQuizLink(buildSpec(deck), deck))).toEqual({ ok: false, error: "not-a-result" });
  });

  it("recognises a future version, refuses oversized input and calls blank input empty", () => {
    expect(decodeResultLink(`r2.${link.slice(3)}`)).toEqual({ ok: false, error: "future-version" });
    expect(decodeResultLink("x".repeat(MAX_LINK_INPUT_LENGTH + 1))).toEqual({ ok: false, error: "too-long" });
    expect(decodeResultLink(" \n ")).toEqual({ ok: false, error: "empty" });
    expect(decodeResultLink("https://exemple.fr/resultats/")).toEqual({ ok: false, error: "empty" });
  });

  it("fails the checksum when any single byte is changed", () => {
    const bytes = Buffer.from(link.slice(3), "base64url");
    for (let i = 0; i < bytes.length; i++) {
      const tampered = Uint8Array.from(bytes);
      tampered[i] ^= 0x20;
      expect(decodeResultLink(`r1.${Buffer.from(tampered).toString("base64url")}`)).toEqual({ ok: false, error: "checksum" });
    }
  });

  it("refuses well-formed links with impossible data", () => {
    const impossible = [
      craftedResult({ count: 0, answers: [] }),
      craftedResult({ count: 41, answers: [0, 0, 0, 0, 0, 0] }),
      craftedResult({ time: 86_401 }),
      craftedResult({ day: 2_932_898 }),
      craftedResult({ name: "" }),
      craftedResult({ name: " Léa" }),
      craftedResult({ name: "x".repeat(41) }),
      craftedResult({ name: "Léa\u0007" }),
    ];
    for (const text of impossible) expect(decodeResultLink(text)).toEqual({ ok: false, error: "invalid-result" });
    expect(decodeResultLink(craftedResult({})).ok).toBe(true);
  });

  it("calls bytes that do not follow the format malformed", () => {
    for (const text of [craftedResult({ answers: [0b1000] }), craftedResult({ name: "\uFFFF" }).slice(0, -1), "r1.AAAA"]) {
      expect(decodeResultLink(text).ok).toBe(false);
    }
    expect(decodeResultLink(craftedResult({ answers: [0b1000] }))).toEqual({ ok: false, error: "malformed" });
  });
});

describe("stored results", () => {
  it("validate with the zod schema exactly when they could be sent", () => {
    expect(v.safeParse(quizResultSchema, buildResult(10)).success).toBe(true);
    expect(v.safeParse(quizResultSchema, buildResult(10, { name: "" })).success).toBe(false);
    expect(v.safeParse(quizResultSchema, { quizId: "3fa9c21e" }).success).toBe(false);
    expect(v.safeParse(quizResultSchema, "r1.AAAA").success).toBe(false);
  });
});
