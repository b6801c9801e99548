/**
 * Shapes of generated questions and flashcards. Questions are plain JSON (the deck CLI prints
 * them, quiz links rebuild them), discriminated by `kind` so the UI can narrow each one.
 */

export const QUESTION_KINDS = ["mcq", "true-false", "typed", "cloze", "match", "order"] as const;
/** What the student does: pick among 4, judge a statement, type, fill a blank, pair up, sort. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** Kinds asked about one fact (match and order need a group of facts). */
export const SINGLE_FACT_KINDS = ["mcq", "true-false", "typed", "cloze"] as const;
export type SingleFactKind = (typeof SINGLE_FACT_KINDS)[number];

/** Fields every question has. */
interface QuestionBase {
  /** Stable id: `${kind}:${factId}` for single-fact kinds, `${kind}:${hash of fact ids}` for groups. */
  id: string;
  /** The fact asked about (the first of the group for match/order). */
  factId: string;
  kind: QuestionKind;
  prompt: string;
  /** Paragraph of the article the fact comes from (the first one for groups). */
  paragraph: number;
  /** The fact's true statement, shown after answering. */
  statement?: string;
  explanation?: string;
}

/** Four options, exactly one of them `answer`. */
export interface McqQuestion extends QuestionBase {
  kind: "mcq";
  options: string[];
  answer: string;
}

/** `prompt` is a statement, true or rewritten with a distractor. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: "true-false";
  options: ["Vrai", "Faux"];
  answer: "Vrai" | "Faux";
  statement: string;
}

/** Free recall: checked with `checkAnswer(input, fact)`. */
export interface TypedQuestion extends QuestionBase {
  kind: "typed";
  answer: string;
}

/** The statement with the answer blanked as "_____"; checked with `checkAnswer`. */
export interface ClozeQuestion extends QuestionBase {
  kind: "cloze";
  answer: string;
}

/** One label ↔ answer pair. */
export interface MatchPair {
  left: string;
  right: string;
}

/** 4–6 pairs; `options` are the right sides shuffled, `answer` the right sides in pair order. */
export interface MatchQuestion extends QuestionBase {
  kind: "match";
  factIds: string[];
  pairs: MatchPair[];
  options: string[];
  answer: string[];
}

/** 4 dated events: `options` shuffled (never already sorted), `answer` the labels oldest first. */
export interface OrderQuestion extends QuestionBase {
  kind: "order";
  factIds: string[];
  options: string[];
  answer: string[];
  /** The date of each answer label, same order as `answer` ("2 mars 1992"…), for the correction. */
  dates: string[];
}

export type Question = McqQuestion | TrueFalseQuestion | TypedQuestion | ClozeQuestion | MatchQuestion | OrderQuestion;

/** A study card. Forward: prompt → answer. Reverse: a distinctive answer → what it is. */
export interface Flashcard {
  /** `${factId}:forward` or `${factId}:reverse`: the stable id the scheduler stores. */
  id: string;
  factId: string;
  kind: "forward" | "reverse";
  front: string;
  back: string;
  /** The fact's statement, shown under the back. */
  statement: string;
  quote: string;
  paragraph: number;
  /** Set on flagged facts: why the fact is doubtful. */
  warning?: string;
}
