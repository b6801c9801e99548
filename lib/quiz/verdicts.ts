/**
 * Per-fact verdicts of one answered question. A single-fact question gives its fact the question's
 * verdict; a match or order question involves several facts, and each is judged by its own pair or
 * position, so that one swapped pair does not mark four facts as forgotten in the student's memory.
 */
import type { Verdict } from "@/lib/answer/check";
import type { Response } from "@/lib/answer/grade";
import { normalizeAnswer } from "@/lib/answer/normalize";
import type { Question } from "@/lib/generate/types";

export interface FactVerdict {
  factId: string;
  verdict: Verdict;
}

/**
 * The facts a question is about: the group for match/order (in pair/answer order), else its one fact.
 *
 * @example
 * questionFactIds(matchQuestion); // ["onu-adhesion-date", "onu-adhesion-rang", …]
 */
export function questionFactIds(question: Question): string[] {
  return question.kind === "match" || question.kind === "order" ? [...question.factIds] : [question.factId];
}

/**
 * How each fact of a question was answered. For match, fact i is right when the right side given for
 * pair i is its answer; for order, when its label sits at its own position.
 *
 * @example
 * factVerdicts(order, ["B", "A", "C", "D"], "wrong");
 * // [{ factId: "a", verdict: "wrong" }, { factId: "b", verdict: "wrong" }, { factId: "c", verdict: "correct" }, …]
 */
export function factVerdicts(question: Question, response: Response, verdict: Verdict): FactVerdict[] {
  if (question.kind !== "match" && question.kind !== "order") return [{ factId: question.factId, verdict }];
  const given = Array.isArray(response) ? response : [response];
  return question.factIds.map((factId, i) => {
    const right = given[i] !== undefined && normalizeAnswer(given[i]) === normalizeAnswer(question.answer[i]);
    return { factId, verdict: right ? "correct" : "wrong" };
  });
}
