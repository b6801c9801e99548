/**
 * Surface cues for judging a true/false statement without knowing the answer: absolute wording
 * (« seulement », « toujours ») reads false, hedged wording (« environ », « notamment ») reads true,
 * and a statement that another question of the session says almost word for word is true when it
 * says the same thing, false when it changes a word of it.
 */
import type { SessionContext } from "./optionCues";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { shared, soundsAbsolute, stemSet } from "./surface";

export type Judgement = "Vrai" | "Faux";
export type StatementCue = (statement: string, context: SessionContext) => Judgement | undefined;

const HEDGES = /(?:^| )(?:environ|pres de|plus de|notamment|certains|certaines|souvent|parfois|en partie|plusieurs)(?= |$)/;
/** Share of a statement's words another text must repeat to count as saying the same thing. */
const SAME_CLAIM = 0.7;

const absolute: StatementCue = (s) => (soundsAbsolute(s) ? "Faux" : undefined);
/** Whether a statement hedges (« environ », « plus de », « notamment »…). */
export function soundsHedged(statement: string): boolean {
  return HEDGES.test(normalizeAnswer(statement));
}

const hedged: StatementCue = (s) => (soundsHedged(s) ? "Vrai" : undefined);

const readElsewhere: StatementCue = (s, context) => {
  const words = stemSet(s);
  let best = 0;
  let covers = false;
  for (const text of context.texts) {
    const n = shared(words, stemSet(text));
    if (n > best) {
      best = n;
      covers = n === words.size;
    }
  }
  if (words.size === 0 || best < SAME_CLAIM * words.size) return undefined;
  return covers ? "Vrai" : "Faux";
};

/** Every statement cue by name, in the order a guesser applies them. */
export const STATEMENT_CUES: ReadonlyArray<readonly [string, StatementCue]> = [
  ["lu ailleurs", readElsewhere],
  ["seulement/sauf", absolute],
  ["nuance", hedged],
];
