/**
 * Exports of the student's data to other tools: review logs as the CSV the FSRS optimizer reads,
 * and cards as tab-separated text that Anki and Quizlet import.
 */
import type { Fact } from "@/lib/content/schema";
import { csvField } from "@/lib/share/csv";
import type { CardKind, ReviewLogEntry } from "./types";

export const FSRS_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";


/**
 * Review logs as FSRS optimizer CSV (review_time and review_duration in ms), oldest first. Card ids
 * can come from a backup file: they are quoted and formula-neutralised like every CSV text field.
 *
 * @example
 * logsToFsrsCsv([{ cardId: "a:forward", reviewTime: 1736150400000, rating: 3, state: 0, durationMs: 4200 }]);
 * // "card_id,review_time,review_rating,review_state,review_duration\na:forward,1736150400000,3,0,4200\n"
 */
export function logsToFsrsCsv(logs: readonly ReviewLogEntry[]): string {
  const sorted = [...logs].sort((a, b) => a.reviewTime - b.reviewTime);
  const lines = sorted.map((l) => `${csvField(l.cardId)},${l.reviewTime},${l.rating},${l.state},${l.durationMs}`);
  return `${FSRS_CSV_HEADER}\n${lines.map((l) => `${l}\n`).join("")}`;
}

export interface CardFaces {
  front: string;
  back: string;
}

/**
 * Front and back of a flashcard: forward asks the prompt, reverse shows the answer and asks what it is.
 *
 * @example
 * flashcardFaces(fact, "reverse"); // { front: "2 mars 1992", back: "Date d’adhésion du Kazakhstan à l’ONU" }
 */
export function flashcardFaces(fact: Pick<Fact, "prompt" | "answer" | "label">, kind: CardKind): CardFaces {
  return kind === "forward" ? { front: fact.prompt, back: fact.answer } : { front: fact.answer, back: fact.label };
}

/** Tabs and line breaks would split a field: tabs become spaces, line breaks `newline`. */
function tsvField(value: string, newline: string): string {
  return value.replace(/\t/g, " ").replace(/\r\n|\r|\n/g, newline);
}

/**
 * Cards as "front<TAB>back" lines. Anki reads `<br>` as a line break (the default); for Quizlet
 * pass `{ newline: " / " }`.
 *
 * @example
 * cardsToTsv([{ front: "Capitale ?", back: "Astana" }]); // "Capitale ?\tAstana\n"
 */
export function cardsToTsv(cards: readonly CardFaces[], { newline = "<br>" }: { newline?: string } = {}): string {
  return cards.map((c) => `${tsvField(c.front, newline)}\t${tsvField(c.back, newline)}\n`).join("");
}
