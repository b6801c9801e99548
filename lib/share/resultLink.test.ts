import * as v from "valibot";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quizResult } from "./testArbitraries";
import { ByteWriter, utf8Bytes } from "./bytes";
import { MAX_LINK_INPUT_LENGTH, sealEnvelope } from "./envelope";
import { encodeQuizLink } from "./quizLink";
import { quizResultSchema, type QuizResult } from "./quizResult";
import { decodeResultLink, encodeResultLink, MAX_RESULT_PAYLOAD_LENGTH } from "./resultLink";
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

/** Bytes of typed text a result carries: past about 700, the link cuts them to fit a QR code. */
const typedBytes = (result: QuizResult) => (result.wrong ?? []).reduce((n, item) => n + utf8Bytes(item.text ?? "").length, 0);

describe("result links", () => {
  it("gives back any valid result, with what was given to wrong questions and the reports", () => {
    fc.assert(
      fc.property(
        quizResult.filter((r) => typedBytes(r) < 700),
        (result) => {
          expect(decodeResultLink(encodeResultLink(result))).toEqual({ ok: true, result });
        },
      ),
      { seed: 30, numRuns: 1000 },
    );
  });

  it("opens the links sent before version 2 as the same results", () => {
    // Written by the encoder before wrong answers and reports travelled (version 1).
    expect(decoded("r1.P6nCHhTbtg2cA8KdAUzDqWEgTWFydGluLUR1cHLDqSlF68o")).toEqual(buildResult(20));
    expect(decoded("r1.P6nCHgdbnAMAVG9tSFCkHw")).toEqual(buildResult(7, { answeredOn: undefined, name: "Tom" }));
  });

  it("still writes a result with nothing more to say as the same version 1 link", () => {
    expect(encodeResultLink(buildResult(20))).toBe("r1.P6nCHhTbtg2cA8KdAUzDqWEgTWFydGluLUR1cHLDqSlF68o");
  });

  it("carries the options picked, the text typed and the reports in a link still short enough to scan", () => {
    const answers = buildResult(20).answers;
    const wrongQuestions = answers.flatMap((right, i) => (right ? [] : [i]));
    const result = buildResult(20, {
      name: NAME_20,
      wrong: wrongQuestions.map((question, i) => (i % 2 === 0 ? { question, picks: [2] } : { question, text: "Nour-Soultan" })),
      reports: [{ question: 4, reason: "Deux réponses me semblent justes" }],
    });
    const link = encodeResultLink(result);
    expect(link).toMatch(/^r2\./);
    expect(decoded(link)).toEqual(result);
    expect(link.length).toBeLessThanOrEqual(200);
  });

  it("cuts typed answers and reasons to their limits, then leaves texts out rather than pass the QR code's size", () => {
    const long = "🇰🇿".repeat(40);
    const all = Array.from({ length: 40 }, () => false);
    const sent = decoded(
      encodeResultLink(buildResult(40, { answers: all, wrong: all.map((_, question) => ({ question, text: `${question} ${long}` })), reports: [{ question: 0, reason: `Pas clair\n${"x".repeat(200)}` }] })),
    );
    expect(encodeResultLink(buildResult(40, { answers: all, wrong: all.map((_, question) => ({ question, text: long })) })).length).toBeLessThanOrEqual(MAX_RESULT_PAYLOAD_LENGTH);
    expect(sent.wrong).toHaveLength(40);
    expect([...(sent.wrong![0].text ?? "")].length).toBeLessThanOrEqual(12);
    expect(sent.reports![0].reason).toBe(`Pas clair ${"x".repeat(70)}`);
  });

  it("refuses a version 2 body with bytes left over, or a typed answer with a control character", () => {
    const link = encodeResultLink(buildResult(3, { answers: [true, false, true], wrong: [{ question: 1, picks: [1] }] }));
    const framed = Buffer.from(link.slice(3), "base64url");
    const body = framed.subarray(0, -4);
    expect(decodeResultLink(sealEnvelope("r", 2, new Uint8Array([...body, 0])))).toEqual({ ok: false, error: "malformed" });
    const control = new ByteWriter().u32(0x3fa9c21e).u8(1).bits([false]).varint(5).varint(0).varint(4).bytes(utf8Bytes("Léa")).varint(3).u8(7).varint(0).toBytes();
    expect(decodeResultLink(sealEnvelope("r", 2, control))).toEqual({ ok: false, error: "invalid-result" });
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
    expect(decodeResultLink(`r3.${link.slice(3)}`)).toEqual({ ok: false, error: "future-version" });
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
