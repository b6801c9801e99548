/**
 * A student's result for a shared quiz (`QuizResult`): what a result link carries and what the teacher's
 * class table stores. Holds the limits, the validation shared by the codec and the store (a valibot schema,
 * since stored data is `unknown` until validated), and day conversion for `answeredOn`.
 */
import * as v from "valibot"; // not zod: this runs in the browser, and valibot ships only the checks used
import { linkTextProblem, normalizeLinkText } from "./text";
import { MAX_QUIZ_QUESTIONS } from "./quizSpec";

/** In Unicode code points. */
export const MAX_NAME_LENGTH = 40;
/** Longest total time a result records (24 h); longer times are clamped by `encodeResultLink`. */
export const MAX_RESULT_TIME_SEC = 86_400;
/** Longest result a link can carry, in questions. */
export const MAX_RESULT_QUESTIONS = MAX_QUIZ_QUESTIONS;

/** One student's answers to one quiz. */
export interface QuizResult {
  /** `quizId(spec)` of the quiz: 8 hex digits. */
  quizId: string;
  /** What the student typed: 1–40 characters, NFC, trimmed. Plain text, never markup. */
  name: string;
  /** Right (`true`) or wrong, per question in quiz order; 1–40 questions. */
  answers: boolean[];
  /** Whole seconds spent on the quiz, 0–86400. */
  totalTimeSec: number;
  /** Day the quiz was taken, `YYYY-MM-DD`, when known. */
  answeredOn?: string;
}

const QUIZ_ID = /^[0-9a-f]{8}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Day number of 9999-12-31 (days since 1970-01-01). */
export const MAX_DAY_NUMBER = 2_932_896;

/**
 * Days since 1970-01-01 of an ISO day, or `null` if it is not a real day from 1970-01-01 to 9999-12-31.
 *
 * @example
 * isoDayToNumber("1970-01-02"); // 1
 * isoDayToNumber("2025-02-30"); // null
 */
export function isoDayToNumber(day: string): number | null {
  const match = ISO_DAY.exec(day);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(ms) || ms < 0 || dayNumberToIso(ms / DAY_MS) !== day) return null;
  return ms / DAY_MS;
}

/**
 * The ISO day of a day number (days since 1970-01-01).
 *
 * @example
 * dayNumberToIso(20_089); // "2025-01-01"
 */
export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What is wrong with a result (English messages for developers), `[]` when it can be sent or stored.
 * Names are checked as given: pass `normalizeLinkText(name)` for typed input.
 *
 * @example
 * quizResultProblems({ quizId: "3fa9c21e", name: "", answers: [true], totalTimeSec: 30 }); // ["name must not be empty"]
 */
export function quizResultProblems(result: QuizResult): string[] {
  const problems: string[] = [];
  if (typeof result.quizId !== "string" || !QUIZ_ID.test(result.quizId)) problems.push("quizId must be 8 hex digits");
  if (typeof result.name !== "string") problems.push("name must be a string");
  else {
    const nameProblem = linkTextProblem(result.name, { min: 1, max: MAX_NAME_LENGTH });
    if (nameProblem) problems.push(`name ${nameProblem}`);
    else if (result.name !== normalizeLinkText(result.name)) problems.push("name must be NFC and trimmed");
  }
  const answers = result.answers;
  if (!Array.isArray(answers) || answers.length < 1 || answers.length > MAX_RESULT_QUESTIONS) {
    problems.push(`answers must hold 1 to ${MAX_RESULT_QUESTIONS} booleans`);
  } else if (!answers.every((a) => typeof a === "boolean")) problems.push("answers must be booleans");
  const time = result.totalTimeSec;
  if (!Number.isInteger(time) || time < 0 || time > MAX_RESULT_TIME_SEC) {
    problems.push(`totalTimeSec must be an integer from 0 to ${MAX_RESULT_TIME_SEC}`);
  }
  if (result.answeredOn !== undefined && (typeof result.answeredOn !== "string" || isoDayToNumber(result.answeredOn) === null)) {
    problems.push("answeredOn must be a day YYYY-MM-DD from 1970 to 9999");
  }
  return problems;
}

/** Validates a stored result (`unknown` until then); same rules as `quizResultProblems`. */
export const quizResultSchema = v.pipe(
  v.object({
    quizId: v.string(),
    // Names stored before invisible characters were removed are cleaned when read.
    name: v.pipe(v.string(), v.transform(normalizeLinkText)),
    answers: v.array(v.boolean()),
    totalTimeSec: v.pipe(v.number(), v.finite()),
    answeredOn: v.optional(v.string()),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed) for (const message of quizResultProblems(dataset.value)) addIssue({ message });
  }),
);
