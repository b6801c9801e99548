/**
 * What a shared quiz is: the settings a teacher picks (`QuizSpec`), their limits, their canonical form and
 * the quiz id that groups results.
 *
 * Everyone who opens a link must get the same quiz, so the spec holds everything the generator needs
 * (facts, kinds, count, seed) and nothing that depends on who opens it. The order of `QUESTION_KINDS`
 * is part of the link format (bit i of the kinds mask is `QUESTION_KINDS[i]`): append, never reorder.
 */
import { fnv1a32 } from "./checksum";
import { linkTextProblem, normalizeLinkText } from "./text";

// The six kinds of question; their order in QUESTION_KINDS is the link format's bit order
// (append only, never reorder: quizLink.test.ts pins it).
import { QUESTION_KINDS, type QuestionKind } from "@/lib/generate/types";

export { QUESTION_KINDS, type QuestionKind };

export const MIN_QUIZ_QUESTIONS = 5;
export const MAX_QUIZ_QUESTIONS = 40;
/** 60 minutes; 0 means no time limit. */
export const MAX_TIME_LIMIT_SEC = 3600;
/** In Unicode code points. */
export const MAX_TITLE_LENGTH = 80;

/**
 * When a student sees the corrections: after each question (practice), or only at the end, so answers do
 * not spread around the room before everyone has finished (a class test).
 */
export const CORRECTION_MODES = ["each", "end"] as const;
export type CorrectionMode = (typeof CORRECTION_MODES)[number];

/** A quiz as a teacher shares it. */
export interface QuizSpec {
  deckId: string;
  /** The facts questions are drawn from (decoded links give them in the deck's content order). */
  factIds: string[];
  kinds: QuestionKind[];
  /** Number of questions, 5–40. */
  count: number;
  /** Unsigned 32-bit seed of the question generator. */
  seed: number;
  /** Seconds for the whole quiz, 0 = no limit, at most 3600. */
  timeLimitSec: number;
  /** At most 80 characters, any Unicode except control characters; may be empty. */
  title: string;
  /** Corrections after each question when absent (what every link made before test mode means). */
  corrections?: CorrectionMode;
}

/** The part of a deck a link needs: its id and its fact ids in content order. */
export interface ShareDeck {
  id: string;
  factIds: readonly string[];
}

/**
 * The canonical form of a spec, which is what a decoded link returns: title NFC-normalised and trimmed,
 * kinds deduplicated in `QUESTION_KINDS` order, fact ids deduplicated — and in the deck's content order
 * when `deck` is given (ids the deck lacks are kept at the end, for `quizSpecProblems` to report).
 *
 * @example
 * normalizeQuizSpec({ ...spec, kinds: ["typed", "mcq", "typed"], title: " ONU " }).kinds; // ["mcq", "typed"]
 */
export function normalizeQuizSpec(spec: QuizSpec, deck?: ShareDeck): QuizSpec {
  let factIds = [...new Set(spec.factIds)];
  if (deck) {
    const chosen = new Set(factIds);
    const inDeck = deck.factIds.filter((id) => chosen.has(id));
    const known = new Set(deck.factIds);
    factIds = [...new Set(inDeck), ...factIds.filter((id) => !known.has(id))];
  }
  const kinds = QUESTION_KINDS.filter((kind) => spec.kinds.includes(kind));
  const canonical: QuizSpec = {
    deckId: spec.deckId,
    factIds,
    kinds,
    count: spec.count,
    seed: spec.seed,
    timeLimitSec: spec.timeLimitSec,
    title: normalizeLinkText(spec.title),
  };
  // "each" is the default and is left out, so a spec means the same with or without it.
  if (spec.corrections === "end") canonical.corrections = "end";
  return canonical;
}

/**
 * When this spec's students see the corrections.
 *
 * @example
 * correctionMode({ ...spec, corrections: undefined }); // "each"
 */
export function correctionMode(spec: QuizSpec): CorrectionMode {
  return spec.corrections === "end" ? "end" : "each";
}

/**
 * What is wrong with a spec (one English message per problem, for developers), `[]` when it can be shared.
 * With `deck`, also checks that the deck is the spec's and holds every fact.
 *
 * @example
 * quizSpecProblems({ ...spec, count: 3 }); // ["count must be an integer from 5 to 40 (got 3)"]
 */
export function quizSpecProblems(spec: QuizSpec, deck?: ShareDeck): string[] {
  const problems: string[] = [];
  const integerIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (typeof spec.deckId !== "string" || spec.deckId === "") problems.push("deckId must not be empty");
  if (!Array.isArray(spec.factIds) || spec.factIds.length === 0) problems.push("factIds must not be empty");
  if (!Array.isArray(spec.kinds) || spec.kinds.length === 0) problems.push("kinds must not be empty");
  else {
    const unknown = spec.kinds.filter((kind) => !(QUESTION_KINDS as readonly string[]).includes(kind));
    if (unknown.length > 0) problems.push(`unknown question kinds: ${unknown.join(", ")}`);
  }
  if (!integerIn(spec.count, MIN_QUIZ_QUESTIONS, MAX_QUIZ_QUESTIONS)) {
    problems.push(`count must be an integer from ${MIN_QUIZ_QUESTIONS} to ${MAX_QUIZ_QUESTIONS} (got ${spec.count})`);
  }
  if (!integerIn(spec.seed, 0, 0xffffffff)) problems.push(`seed must be an unsigned 32-bit integer (got ${spec.seed})`);
  if (!integerIn(spec.timeLimitSec, 0, MAX_TIME_LIMIT_SEC)) {
    problems.push(`timeLimitSec must be an integer from 0 to ${MAX_TIME_LIMIT_SEC} (got ${spec.timeLimitSec})`);
  }
  if (spec.corrections !== undefined && !(CORRECTION_MODES as readonly unknown[]).includes(spec.corrections)) {
    problems.push(`corrections must be one of ${CORRECTION_MODES.join(", ")}`);
  }
  if (typeof spec.title !== "string") problems.push("title must be a string");
  else {
    const titleProblem = linkTextProblem(normalizeLinkText(spec.title), { min: 0, max: MAX_TITLE_LENGTH });
    if (titleProblem) problems.push(`title ${titleProblem}`);
  }
  if (deck && Array.isArray(spec.factIds)) {
    if (deck.id !== spec.deckId) problems.push(`deck "${deck.id}" is not the spec's deck "${spec.deckId}"`);
    const known = new Set(deck.factIds);
    const missing = spec.factIds.filter((id) => !known.has(id));
    if (missing.length > 0) problems.push(`facts not in deck "${deck.id}": ${missing.slice(0, 5).join(", ")}`);
  }
  return problems;
}

/**
 * A short stable id of a quiz (8 hex digits), used to group the results sent back for it.
 *
 * It hashes the canonical spec — the same fields the link carries, with fact ids sorted — rather than
 * the link text (the correction mode only when it is not the default, so ids made before it existed
 * stay the same), so it can be computed without the deck, by the teacher from the spec they shared and by
 * each student from the spec they decoded, and comes out the same.
 *
 * @example
 * quizId(spec); // "3fa9c21e"
 */
export function quizId(spec: QuizSpec): string {
  const canonical = normalizeQuizSpec(spec);
  const fields: unknown[] = [
    1,
    canonical.deckId,
    [...canonical.factIds].sort(),
    canonical.kinds,
    canonical.count,
    canonical.seed,
    canonical.timeLimitSec,
    canonical.title,
  ];
  if (canonical.corrections) fields.push(canonical.corrections);
  const key = JSON.stringify(fields);
  return fnv1a32(key).toString(16).padStart(8, "0");
}
