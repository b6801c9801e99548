/**
 * Exports of the student's data to other tools: review logs as the CSV the FSRS optimizer reads,
 * and cards as tab-separated text that Quizlet imports (Anki has its own format: `ankiText.ts`).
 */
import type { Fact } from "@/lib/content/schema";
import { csvField } from "@/lib/share/csv";
import { DAY_ROLLOVER_HOUR } from "./studyDay";
import type { CardKind, ReviewLogEntry } from "./types";

/**
 * The optimizer's five columns, then the time zone and day start it must be given to count days as
 * the app does (`timezone` and `next_day_starts_at`, the optimizer's own option names). fsrs-rs and
 * the Python optimizer read the columns they know and ignore the others.
 */
export const FSRS_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration,timezone,next_day_starts_at";

/**
 * Review logs as FSRS optimizer CSV (review_time and review_duration in ms), oldest first, each line
 * naming the student's IANA time zone and the hour the study day starts (`DAY_ROLLOVER_HOUR`). Card
 * ids can come from a backup file: they are quoted and formula-neutralised like every CSV text field.
 *
 * @example
 * logsToFsrsCsv([{ cardId: "a:forward", reviewTime: 1736150400000, rating: 3, state: 0, durationMs: 4200 }], "Europe/Paris");
 * // "card_id,…,timezone,next_day_starts_at\na:forward,1736150400000,3,0,4200,Europe/Paris,4\n"
 */
export function logsToFsrsCsv(logs: readonly ReviewLogEntry[], timeZone: string): string {
  const sorted = [...logs].sort((a, b) => a.reviewTime - b.reviewTime);
  const tail = `${csvField(timeZone)},${DAY_ROLLOVER_HOUR}`;
  const lines = sorted.map((l) => `${csvField(l.cardId)},${l.reviewTime},${l.rating},${l.state},${l.durationMs},${tail}`);
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

/** Quizlet has no quoting: tabs become spaces and line breaks " / ", so a field stays on its line. */
function tsvField(value: string): string {
  return value.replace(/\t/g, " ").replace(/\r\n|\r|\n/g, " / ");
}

/**
 * Cards as "front<TAB>back" lines, as Quizlet's import expects (tab between term and definition,
 * new line between cards).
 *
 * @example
 * cardsToTsv([{ front: "Capitale ?", back: "Astana" }]); // "Capitale ?\tAstana\n"
 */
export function cardsToTsv(cards: readonly CardFaces[]): string {
  return cards.map((c) => `${tsvField(c.front)}\t${tsvField(c.back)}\n`).join("");
}
