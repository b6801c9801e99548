/**
 * Answer types of a fact, without the schema's validator: the generator and answer checking run in
 * the browser and need these constants, not zod (the schema itself runs only at build time).
 */

/** Kinds of answer a fact can have; drives distractors, formatting and answer checking. */
export const ANSWER_TYPES = ["date", "year", "number", "percentage", "person", "place", "organisation", "event", "text", "list", "quote"] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Answer types whose wrong options are numeric neighbours, so authored distractors are optional. */
export const NUMERIC_ANSWER_TYPES: ReadonlySet<AnswerType> = new Set(["date", "year", "number", "percentage"]);
/** Wrong options a multiple-choice question needs. */
export const MIN_DISTRACTORS = 3;
