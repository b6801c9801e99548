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
 *
 * Version 2 keeps the same first fields, then says what was wrong and what the student contests, for
 * the teacher's per-question table (the most frequent wrong answer) and « Questions signalées »:
 *
 * | bytes | field |
 * |---|---|
 * | 4, 1, ⌈n/8⌉, 1–3, 1–3 | quiz id, count, right/wrong bits, time, day: as in version 1 |
 * | 1–2 + n | name: UTF-8 byte length (varint), then the bytes |
 * | per wrong question, in order | a varint `h`: 0 = no answer; odd = typed text of (h − 1) / 2 UTF-8 bytes that follow; even = h / 2 option indexes that follow, one byte each |
 * | 1 + … | reports: their count (varint), then each: question index (1 byte), reason length (varint), reason UTF-8 |
 *
 * A result with no wrong answer and no report is still written as version 1. Typed answers are cut to
 * `MAX_GIVEN_TEXT_LENGTH` code points; if the link would pass `MAX_RESULT_PAYLOAD_LENGTH`, typed texts are
 * cut shorter, then left out (the question then reads as unanswered), so a result always fits a QR code.
 */
import { ByteReader, ByteWriter, utf8Bytes } from "./bytes";
import { openEnvelope, sealEnvelope } from "./envelope";
import type { ResultLinkError } from "./linkErrors";
import {
  cutToCodePoints,
  dayNumberToIso,
  givenTextForResult,
  reasonForResult,
  isoDayToNumber,
  MAX_DAY_NUMBER,
  MAX_RESULT_QUESTIONS,
  MAX_RESULT_TIME_SEC,
  quizResultProblems,
  type QuestionReport,
  type QuizResult,
  type WrongAnswer,
} from "./quizResult";
import { normalizeLinkText } from "./text";

/** Current version of the result-link format (the digit after `r`); version 1 links still open. */
export const RESULT_LINK_VERSION = 2;
/** Longest result payload written: with the origin and path it stays under the decoders' limit and in a QR code. */
export const MAX_RESULT_PAYLOAD_LENGTH = 1400;

export type DecodedResultLink = { ok: true; result: QuizResult } | { ok: false; error: ResultLinkError };

/**
 * Encodes a result as a link payload; the app builds `${origin}/resultats/#${payload}`. The name is
 * NFC-normalised and trimmed, and the time rounded and clamped to 0–86400 s (it is measured, not typed,
 * so it should not make sending fail); typed answers and report reasons are normalised and cut to their
 * limits the same way.
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
  // Typed answers and reasons are what students typed: made to fit rather than refused.
  if (Array.isArray(result.wrong)) {
    clean.wrong = result.wrong.map((item) => {
      if (typeof item.text !== "string") return item;
      const text = givenTextForResult(item.text);
      return text === "" ? { question: item.question } : { ...item, text };
    });
  }
  if (Array.isArray(result.reports)) {
    clean.reports = result.reports.map((report) =>
      typeof report.reason === "string" ? { ...report, reason: reasonForResult(report.reason) } : report,
    );
  }
  const problems = quizResultProblems(clean);
  if (problems.length > 0) throw new RangeError(`Cannot encode this result link: ${problems.join("; ")}`);
  const day = clean.answeredOn === undefined ? 0 : isoDayToNumber(clean.answeredOn)! + 1;
  const head = new ByteWriter().u32(parseInt(clean.quizId, 16)).u8(clean.answers.length).bits(clean.answers).varint(clean.totalTimeSec).varint(day);
  const name = utf8Bytes(clean.name);
  const hasMore = (clean.wrong?.length ?? 0) > 0 || (clean.reports?.length ?? 0) > 0;
  if (!hasMore) return sealEnvelope("r", 1, head.bytes(name).toBytes());
  const payloadWith = (textLength: number) =>
    sealEnvelope(
      "r",
      RESULT_LINK_VERSION,
      head.toBytesWith((w) => {
        w.varint(name.length).bytes(name);
        writeWrongAnswers(w, clean.answers, clean.wrong ?? [], textLength);
        writeReports(w, clean.reports ?? []);
      }),
    );
  // Typed texts give way first when the link would be too long for a QR code: cut short, then left out.
  const fits = (payload: string) => payload.length <= MAX_RESULT_PAYLOAD_LENGTH;
  const full = payloadWith(Infinity);
  if (fits(full)) return full;
  const cut = payloadWith(12);
  return fits(cut) ? cut : payloadWith(0);
}

function writeWrongAnswers(writer: ByteWriter, answers: readonly boolean[], wrong: readonly WrongAnswer[], textLength: number): void {
  const byQuestion = new Map(wrong.map((item) => [item.question, item]));
  answers.forEach((right, question) => {
    if (right) return;
    const item = byQuestion.get(question);
    const text = item?.text !== undefined && textLength > 0 ? cutToCodePoints(item.text, textLength) : "";
    if (item?.picks) {
      writer.varint(item.picks.length * 2);
      for (const pick of item.picks) writer.u8(pick);
    } else if (text !== "") {
      const bytes = utf8Bytes(text);
      writer.varint(bytes.length * 2 + 1).bytes(bytes);
    } else writer.varint(0);
  });
}

function writeReports(writer: ByteWriter, reports: readonly QuestionReport[]): void {
  writer.varint(reports.length);
  for (const report of reports) {
    const reason = utf8Bytes(report.reason);
    writer.u8(report.question).varint(reason.length).bytes(reason);
  }
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
    return readResultBody(opened.body, opened.version);
  } catch {
    return { ok: false, error: "malformed" };
  }
}

function readResultBody(body: Uint8Array, version: number): DecodedResultLink {
  const reader = new ByteReader(body);
  let result: QuizResult;
  try {
    const quizId = reader.u32().toString(16).padStart(8, "0");
    const count = reader.u8();
    if (count < 1 || count > MAX_RESULT_QUESTIONS) return { ok: false, error: "invalid-result" };
    const answers = reader.bits(count);
    const totalTimeSec = reader.varint();
    const day = reader.varint();
    if (day > MAX_DAY_NUMBER + 1) return { ok: false, error: "invalid-result" };
    const name = version >= 2 ? reader.utf8(reader.varint()) : reader.restAsUtf8();
    result = { quizId, name, answers, totalTimeSec };
    if (day > 0) result.answeredOn = dayNumberToIso(day - 1);
    if (version >= 2) {
      result.wrong = readWrongAnswers(reader, answers);
      result.reports = readReports(reader);
      if (reader.remaining > 0) return { ok: false, error: "malformed" };
      if (result.wrong.length === 0) delete result.wrong;
      if (result.reports.length === 0) delete result.reports;
    }
  } catch {
    return { ok: false, error: "malformed" };
  }
  if (quizResultProblems(result).length > 0) return { ok: false, error: "invalid-result" };
  return { ok: true, result };
}

function readWrongAnswers(reader: ByteReader, answers: readonly boolean[]): WrongAnswer[] {
  const wrong: WrongAnswer[] = [];
  answers.forEach((right, question) => {
    if (right) return;
    const header = reader.varint();
    if (header === 0) wrong.push({ question });
    else if (header % 2 === 1) wrong.push({ question, text: reader.utf8((header - 1) / 2) });
    else wrong.push({ question, picks: Array.from({ length: header / 2 }, () => reader.u8()) });
  });
  return wrong;
}

function readReports(reader: ByteReader): QuestionReport[] {
  return Array.from({ length: reader.varint() }, () => {
    const question = reader.u8();
    return { question, reason: reader.utf8(reader.varint()) };
  });
}
