/**
 * What a student gave to a question, in both directions: from the answer screen's response to the
 * compact form a result link carries (`WrongAnswer`: option indexes or typed text), and back to text a
 * teacher reads (« Almaty », « Adhésion → 1995 ; Siège → 1992 »). Indexes are into the question's
 * `options`, which every student and the teacher regenerate identically from the quiz spec.
 */
import type { Response } from "@/lib/answer/grade";
import { normalizeAnswer } from "@/lib/answer/normalize";
import type { Question } from "@/lib/generate/types";
import { givenTextForResult, type WrongAnswer } from "@/lib/share/quizResult";

/** Shown for a question left unanswered (time ran out). */
export const NO_ANSWER = "(sans réponse)";
/** Shown for indexes no option has (a link made for other questions). */
export const UNREADABLE_ANSWER = "(réponse illisible)";

/**
 * The compact form of a response to question `index`; `undefined` response = not answered.
 *
 * @example
 * wrongAnswerOf(mcq, 3, "1995"); // { question: 3, picks: [2] } when "1995" is the third option
 * wrongAnswerOf(typed, 4, "  almaty "); // { question: 4, text: "almaty" }
 */
export function wrongAnswerOf(question: Question, index: number, response: Response | undefined): WrongAnswer {
  if (response === undefined) return { question: index };
  if (question.kind === "typed" || question.kind === "cloze") {
    const text = givenTextForResult(typeof response === "string" ? response : response.join(" "));
    return text === "" ? { question: index } : { question: index, text };
  }
  const options: readonly string[] = question.options;
  const picks = (Array.isArray(response) ? response : [response]).map((given) => options.indexOf(given));
  return picks.length > 0 && picks.every((p) => p >= 0) ? { question: index, picks } : { question: index };
}

/**
 * What the student gave, as text a teacher reads. For a match, only the pairs given wrong.
 *
 * @example
 * givenText(mcq, { question: 3, picks: [2] }); // "1995"
 * givenText(match, { question: 5, picks: [1, 0, 2, 3] }); // "Adhésion → 1995 ; Siège → 1992"
 */
export function givenText(question: Question, wrong: WrongAnswer): string {
  if (wrong.text !== undefined) return wrong.text;
  if (!wrong.picks) return NO_ANSWER;
  if (question.kind === "typed" || question.kind === "cloze") return UNREADABLE_ANSWER;
  const options: readonly string[] = question.options;
  const given = wrong.picks.map((p) => options[p]);
  if (given.some((g) => g === undefined)) return UNREADABLE_ANSWER;
  switch (question.kind) {
    case "match": {
      if (given.length !== question.pairs.length) return UNREADABLE_ANSWER;
      const swapped = question.pairs.flatMap((pair, i) => (given[i] === pair.right ? [] : [`${pair.left} → ${given[i]}`]));
      return swapped.join(" ; ");
    }
    case "order":
      return given.map((label, i) => `${i + 1}. ${label}`).join(" ; ");
    default:
      return given.join(" ; ");
  }
}

/**
 * A key under which equal answers count together: typed answers compared as the checker reads them
 * (case, accents, spaces), picks as they are.
 *
 * @example
 * givenKey({ question: 1, text: "Almaty " }) === givenKey({ question: 1, text: "almaty" }); // true
 */
export function givenKey(wrong: WrongAnswer): string {
  if (wrong.text !== undefined) return `t:${normalizeAnswer(wrong.text)}`;
  if (wrong.picks) return `p:${wrong.picks.join(",")}`;
  return "none";
}
