/**
 * Typed fixture builders for the share-link tests and benchmark: synthetic decks of any size and
 * valid specs and results that a test overrides field by field, instead of copied literals.
 */
import type { QuizResult } from "./quizResult";
import type { QuizSpec, ShareDeck } from "./quizSpec";

/** A 40-character French title with accents (2-byte UTF-8 characters), the typical case for the size budget. */
export const TITLE_40 = "Révisions : le Kazakhstan à l’ONU (été).";
/** An 80-character title of 2-byte characters only. */
export const TITLE_80_ACCENTED = "é".repeat(80);
/** The payload that must round-trip literally: names and titles are data, not markup. */
export const HTML_PAYLOAD = "<img src=x onerror=alert(1)>";

/**
 * A deck of `size` facts with slug ids like the real ones.
 *
 * @example
 * buildDeck(50).factIds[0]; // "kazakhstan-onu-fait-0"
 */
export function buildDeck(size: number, id = "kazakhstan-onu"): ShareDeck {
  return { id, factIds: Array.from({ length: size }, (_, i) => `${id}-fait-${i}`) };
}

/**
 * A valid spec on `deck` (every other fact, 20 questions, all kinds), with overrides.
 *
 * @example
 * buildSpec(buildDeck(50), { title: "" });
 */
export function buildSpec(deck: ShareDeck, overrides: Partial<QuizSpec> = {}): QuizSpec {
  return {
    deckId: deck.id,
    factIds: deck.factIds.filter((_, i) => i % 2 === 0),
    kinds: ["mcq", "true-false", "typed", "cloze", "match", "order"],
    count: 20,
    seed: 0xdeadbeef,
    timeLimitSec: 900,
    title: TITLE_40,
    ...overrides,
  };
}

/**
 * A valid result of `questions` answers (every third one wrong), with overrides.
 *
 * @example
 * buildResult(20, { name: "Léa" });
 */
export function buildResult(questions: number, overrides: Partial<QuizResult> = {}): QuizResult {
  return {
    quizId: "3fa9c21e",
    name: "Léa Martin-Dupré",
    answers: Array.from({ length: questions }, (_, i) => i % 3 !== 2),
    totalTimeSec: 412,
    answeredOn: "2025-03-14",
    ...overrides,
  };
}
