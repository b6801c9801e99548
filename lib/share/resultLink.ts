/**
 * Result links: what a student sends the teacher at the end of a shared quiz (`…/resultats/#r1.…`),
 * so results travel by any messaging app with no server and no account.
 *
 * Body of version 1 (then a CRC-32, see `envelope.ts`):
 *
 * | bytes | field |
 * |---|---|
 * | 4 | quiz id (`quizId(spec)`, 32 bits) |
 * | 1 | number of questions (1–40) |
 * | ⌈n/8⌉ | right/wrong per question, a bitset |
 * | 1–3 | total time in seconds, varint |
 * | 1–3 | day taken as days since 1970-01-01 plus one, varint (0 = not given) |
 * | rest | name, UTF-8 (NFC) |
 *
 * 20 questions and a 20-character name make a payload of about 55 characters.
 */
import { ByteReader, ByteWriter, utf8Bytes } from "./bytes";
import { openEnvelope, sealEnvelope } from "./envelope";
import type { ResultLinkError } from "./linkErrors";
import {
  dayNumberToIso,
  isoDayToNumber,
  MAX_DAY_NUMBER,
  MAX_RESULT_QUESTIONS,
  MAX_RESULT_TIME_SEC,
  quizResultProblems,
  type QuizResult,
} from "./quizResult";
import { normalizeLinkText } from "./text";

/** Current version of the result-link format (the digit after `r`). */
export const RESULT_LINK_VERSION = 1;

export type DecodedResultLink = { ok: true; result: QuizResult } | { ok: false; error: ResultLinkError };

/**
 * Encodes a result as a link payload; the app builds `${origin}/resultats/#${payload}`. The name is
 * NFC-normalised and trimmed, and the time rounded and clamped to 0–86400 s (it is measured, not typed,
 * so it should not make sending fail).
 *
 * @throws RangeError when the result is invalid (`quizResultProblems` lists why), e.g. an empty name.
 * @example
 * encodeResultLink({ quizId: quizId(spec), name: "Léa", answers: [true, false, true], totalTimeSec: 95, answeredOn: "2025-03-14" });
 * // "r1.…"
 */
export function encodeResultLink(result: QuizResult): string {
  const time = Number.isFinite(result.totalTimeSec) ? result.totalTimeSec : 0;
  const clean: QuizResult = {
    ...result,
    name: typeof result.name === "string" ? normalizeLinkText(result.name) : result.name,
    totalTimeSec: Math.min(MAX_RESULT_TIME_SEC, Math.max(0, Math.round(time))),
  };
  const problems = quizResultProblems(clean);
  if (problems.length > 0) throw new RangeError(`Cannot encode this result link: ${problems.join("; ")}`);
  const day = clean.answeredOn === undefined ? 0 : isoDayToNumber(clean.answeredOn)! + 1;
  const body = new ByteWriter()
    .u32(parseInt(clean.quizId, 16))
    .u8(clean.answers.length)
    .bits(clean.answers)
    .varint(clean.totalTimeSec)
    .varint(day)
    .bytes(utf8Bytes(clean.name))
    .toBytes();
  return sealEnvelope("r", RESULT_LINK_VERSION, body);
}

/**
 * Decodes one result link: a bare payload, a `#fragment` or a whole URL, with surrounding whitespace.
 * Never throws: any problem is a typed error for `resultLinkErrorMessage`.
 *
 * @example
 * const decoded = decodeResultLink(" https://exemple.fr/resultats/#r1.AbC… ");
 * if (decoded.ok) addResults(table, [decoded.result]);
 */
export function decodeResultLink(text: string): DecodedResultLink {
  try {
    const opened = openEnvelope(text, "r", RESULT_LINK_VERSION);
    if (!opened.ok) return { ok: false, error: opened.error === "other-kind" ? "not-a-result" : opened.error };
    return readResultBody(opened.body);
  } catch {
    return { ok: false, error: "malformed" };
  }
}

function readResultBody(body: Uint8Array): DecodedResultLink {
  const reader = new ByteReader(body);
  let result: QuizResult;
  try {
    const quizId = reader.u32().toString(16).padStart(8, "0");
    const count = reader.u8();
    if (count < 1 || count > MAX_RESULT_QUESTIONS) return { ok: false, error: "invalid-result" };
    const answers = reader.bits(count);
    const totalTimeSec = reader.varint();
    const day = reader.varint();
    const name = reader.restAsUtf8();
    if (day > MAX_DAY_NUMBER + 1) return { ok: false, error: "invalid-result" };
    result = { quizId, name, answers, totalTimeSec };
    if (day > 0) result.answeredOn = dayNumberToIso(day - 1);
  } catch {
    return { ok: false, error: "malformed" };
  }
  if (quizResultProblems(result).length > 0) return { ok: false, error: "invalid-result" };
  return { ok: true, result };
}
