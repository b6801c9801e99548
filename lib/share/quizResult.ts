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

/** Longest typed answer a result keeps, in code points (enough to see what a class wrote instead). */
export const MAX_GIVEN_TEXT_LENGTH = 40;
/** Longest reason a student gives when reporting a question, in code points. */
export const MAX_REPORT_REASON_LENGTH = 80;
/** Most options a question shows (a match of six pairs): picks are indexes below this. */
export const MAX_PICK = 16;

/**
 * What a student gave to a question they got wrong, as the quiz's question shows it: `picks` are
 * indexes into the question's `options` (the chosen option; for a match the option given to each
 * label in pair order; for an order the options in the order given), `text` is what was typed
 * (cut to `MAX_GIVEN_TEXT_LENGTH`). Neither: no answer (time ran out).
 */
export interface WrongAnswer {
  /** 0-based question index. */
  question: number;
  picks?: number[];
  text?: string;
}

/** A question the student contests, sent to the teacher with the result. */
export interface QuestionReport {
  /** 0-based question index. */
  question: number;
  /** Optional short reason (0–80 code points, one line); "" when none was given. */
  reason: string;
}

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
  /** What was given to wrong questions, in question order (results sent before they existed have none). */
  wrong?: WrongAnswer[];
  /** Questions the student reported, in question order. */
  reports?: QuestionReport[];
}

const QUIZ_ID = /^[0-9a-f]{8}$/;
/** A quiz id (`quizId(spec)`: 8 hex digits) in stored or imported data. */
export const quizIdSchema = v.pipe(v.string(), v.regex(QUIZ_ID));
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
  const count = Array.isArray(answers) ? answers.length : 0;
  if (result.wrong !== undefined) problems.push(...wrongAnswersProblems(result.wrong, Array.isArray(answers) ? answers : []));
  if (result.reports !== undefined) problems.push(...reportsProblems(result.reports, count));
  return problems;
}

const ascendingQuestions = (items: readonly { question: unknown }[], count: number) =>
  items.every((item, i) => Number.isInteger(item.question) && (item.question as number) >= 0 && (item.question as number) < count && (i === 0 || (item.question as number) > (items[i - 1].question as number)));

function wrongAnswersProblems(wrong: readonly WrongAnswer[], answers: readonly boolean[]): string[] {
  if (!Array.isArray(wrong)) return ["wrong must be an array"];
  if (!ascendingQuestions(wrong, answers.length)) return ["wrong must name questions of the result once each, in order"];
  const problems: string[] = [];
  for (const item of wrong) {
    if (answers[item.question] !== false) problems.push(`wrong names question ${item.question}, which is right`);
    if (item.picks !== undefined && item.text !== undefined) problems.push(`wrong[${item.question}] has both picks and text`);
    if (item.picks !== undefined && (!Array.isArray(item.picks) || item.picks.length < 1 || item.picks.length > MAX_PICK || !item.picks.every((p: number) => Number.isInteger(p) && p >= 0 && p < MAX_PICK))) {
      problems.push(`wrong[${item.question}].picks must be 1 to ${MAX_PICK} indexes below ${MAX_PICK}`);
    }
    if (item.text !== undefined) {
      const problem = typeof item.text === "string" ? linkTextProblem(item.text, { min: 1, max: MAX_GIVEN_TEXT_LENGTH }) : "must be a string";
      if (problem) problems.push(`wrong[${item.question}].text ${problem}`);
    }
  }
  return problems;
}

function reportsProblems(reports: readonly QuestionReport[], count: number): string[] {
  if (!Array.isArray(reports)) return ["reports must be an array"];
  if (!ascendingQuestions(reports, count)) return ["reports must name questions of the result once each, in order"];
  const problems: string[] = [];
  for (const report of reports) {
    const problem = typeof report.reason === "string" ? linkTextProblem(report.reason, { min: 0, max: MAX_REPORT_REASON_LENGTH }) : "must be a string";
    if (problem) problems.push(`reports[${report.question}].reason ${problem}`);
  }
  return problems;
}

/**
 * A typed answer as a result keeps it: normalised like a name, cut to `MAX_GIVEN_TEXT_LENGTH` code points.
 *
 * @example
 * givenTextForResult("  Nour-Soultan  "); // "Nour-Soultan"
 */
export function givenTextForResult(text: string): string {
  return oneLineText(text, MAX_GIVEN_TEXT_LENGTH);
}

/**
 * A report's reason as a result keeps it: one line, normalised, cut to `MAX_REPORT_REASON_LENGTH` code points.
 *
 * @example
 * reasonForResult(" Deux réponses\nsont justes "); // "Deux réponses sont justes"
 */
export function reasonForResult(text: string): string {
  return oneLineText(text, MAX_REPORT_REASON_LENGTH);
}

/** Typed text on one line, normalised like a name (`normalizeLinkText`), cut to `max` code points. */
function oneLineText(text: string, max: number): string {
  return cutToCodePoints(normalizeLinkText(text.replace(/\s+/g, " ")), max);
}

/** The first `max` code points of `text`, trimmed again (a cut may leave a space at the end). */
export function cutToCodePoints(text: string, max: number): string {
  return Array.from(text).slice(0, max).join("").trim();
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
    wrong: v.optional(v.array(v.object({ question: v.number(), picks: v.optional(v.array(v.number())), text: v.optional(v.string()) }))),
    reports: v.optional(v.array(v.object({ question: v.number(), reason: v.string() }))),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed) for (const message of quizResultProblems(dataset.value)) addIssue({ message });
  }),
);
