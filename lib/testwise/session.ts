/**
 * What a student has read elsewhere when an item comes up in a session: every other question's
 * prompt, and the corrections (true statements, keys) of the questions already answered, as a quiz
 * with corrections after each question shows them.
 */
import type { Question } from "@/lib/generate/types";
import type { SessionContext } from "./optionCues";

function correctionOf(q: Question): string[] {
  if (q.kind === "match") return q.pairs.map((p) => `${p.left} ${p.right}`);
  if (q.kind === "order") return q.answer.map((e, i) => `${e} ${q.dates[i]}`);
  return [q.statement ?? ""];
}

/**
 * The context of each question of a session, in session order.
 *
 * @example
 * sessionContexts(quiz)[3].texts; // prompts of the 19 others, corrections of the first 3
 */
export function sessionContexts(questions: readonly Question[]): SessionContext[] {
  return questions.map((q, i) => ({
    texts: [
      ...questions.filter((o) => o !== q).map((o) => o.prompt),
      ...questions.slice(0, i).flatMap(correctionOf),
    ].filter((t) => t !== ""),
  }));
}
