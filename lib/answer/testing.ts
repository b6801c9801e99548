// Test helper of lib/answer: grades what a student typed on the real deck's typed or cloze question,
// with the options the app passes (the deck's synonyms and every answer of the deck).
import { CATALOG } from "@/lib/content/nodeCatalog";
import { DECKS } from "@/lib/content/decks";
import { generateQuestion } from "@/lib/generate/deck";
import type { Verdict } from "./check";
import { gradeQuestion } from "./grade";

/** The deck the teachers' verdicts are about. */
export const DECK = DECKS.find((d) => d.meta.id === "kazakhstan-onu")!;
const OPTIONS = CATALOG.checkOptions.get(DECK.meta.id);
const FACTS_BY_ID = new Map(DECK.facts.map((f) => [f.id, f]));

/** A student's answer and the teacher's verdict; `close` counts as right, with a remark. */
export interface TeacherCase {
  fact: string;
  kind: "typed" | "cloze";
  input: string;
  verdict: Verdict;
}

/** The verdict the app gives to `input` on the question of this kind about fact `id`. */
export function appVerdict(id: string, kind: "typed" | "cloze", input: string): Verdict {
  const fact = FACTS_BY_ID.get(id);
  if (!fact) throw new Error(`no fact ${id}`);
  const question = generateQuestion(fact, kind, DECK.facts, 1);
  if (!question) throw new Error(`no ${kind} question for ${id}`);
  return gradeQuestion(question, input, fact, OPTIONS).verdict;
}

/** True when the app and the teacher agree: both accept (correct or close) or both refuse. */
export function agrees(c: TeacherCase): boolean {
  return (appVerdict(c.fact, c.kind, c.input) === "wrong") === (c.verdict === "wrong");
}
