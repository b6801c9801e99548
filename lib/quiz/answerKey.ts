/**
 * The answer key of a question as a teacher writes it on a correction: one line of text per
 * question (the printed key, the CSV headers, the student's end-of-test correction all use it), and
 * its parts for the kinds that have several (a match's pairs, an order's dated events).
 */
import type { Question } from "@/lib/generate/types";

/** One line of a key made of parts: « Adhésion à l’ONU → 1992 » or « 1. Adhésion à l’ONU (2 mars 1992) ». */
export function answerKeyLines(question: Question): string[] {
  switch (question.kind) {
    case "match":
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
    case "order":
      return question.answer.map((label, i) => `${i + 1}. ${label} (${question.dates[i]})`);
    default:
      return [question.answer];
  }
}

/**
 * The key of a question on one line.
 *
 * @example
 * answerKeyText(mcq); // "2 mars 1992"
 * answerKeyText(match); // "Adhésion à l’ONU → 1992 ; Siège au Conseil → 2017 ; …"
 */
export function answerKeyText(question: Question): string {
  return answerKeyLines(question).join(" ; ");
}
