/**
 * Free practice ("Entraînement", like Quizlet Learn or Anki's custom study): the facts of the chosen
 * themes are drilled until each has been answered right `DRILL_TARGET` times. A fact is first asked
 * for recognition (multiple choice, then true/false), and once known, for recall (typed, then
 * cloze); a wrong answer sends it back to recognition. Questions come from a small working set of
 * facts, least recently asked first, so a missed fact returns a few questions later, not at once.
 *
 * Pure and deterministic: the caller keeps the `Drill` value and passes it back.
 */
import { createRng, shuffle } from "@/lib/random/prng";
import { retrievability } from "./retrievability";
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";
import { factIdOf, toMs, type CardMap, type Now, type ReviewLogEntry } from "./types";

/** Right answers needed for a fact to count as known. */
export const DRILL_TARGET = 2;
/** Facts being worked on at once. */
export const WORKING_SET_SIZE = 6;
/** Recall probability under which a studied fact is one of the student's weak points. */
export const WEAK_RECALL = 0.85;

export type DrillKind = "mcq" | "true-false" | "typed" | "cloze";

export interface DrillItem {
  factId: string;
  /** Right answers so far (a wrong one resets it to 0: back to recognition). */
  right: number;
  /** Times asked. */
  asked: number;
  /** Turn at which it was last asked (-1: never). */
  lastTurn: number;
}

export interface Drill {
  items: DrillItem[];
  /** Questions asked so far. */
  turn: number;
}

/**
 * A drill over `factIds`, in an order shuffled by `seed` (weak points keep their order: weakest first).
 *
 * @example
 * const drill = createDrill(["a", "b", "c"], 7);
 */
export function createDrill(factIds: readonly string[], seed: number, { keepOrder = false } = {}): Drill {
  const ids = keepOrder ? [...new Set(factIds)] : shuffle([...new Set(factIds)], createRng(seed));
  return { items: ids.map((factId) => ({ factId, right: 0, asked: 0, lastTurn: -1 })), turn: 0 };
}

/**
 * The next fact to ask, or null when every fact is known: among the first `WORKING_SET_SIZE`
 * unknown facts, the one asked longest ago (never asked first), not the one just asked unless it is
 * the only one left, nor one `related` to it (a fact of the same sentence, which it may give away)
 * while another is open.
 *
 * @example
 * nextDrillItem(drill)?.factId; // "b"
 */
export function nextDrillItem(drill: Drill, related: (a: string, b: string) => boolean = () => false): DrillItem | null {
  const open = drill.items.filter((i) => i.right < DRILL_TARGET).slice(0, WORKING_SET_SIZE);
  if (open.length === 0) return null;
  const last = drill.items.find((i) => i.asked > 0 && i.lastTurn === drill.turn - 1);
  const apart = (i: DrillItem) => !last || (i !== last && !related(i.factId, last.factId));
  const away = open.filter(apart);
  const candidates = away.length > 0 ? away : open.length > 1 ? open.filter((i) => i !== last) : open;
  return candidates.reduce((best, i) => (i.lastTurn < best.lastTurn ? i : best));
}

/**
 * The kind of question for an item: recognition until it was answered right once, then recall;
 * each alternates between its two kinds with the number of times asked.
 *
 * @example
 * drillKind({ factId: "a", right: 1, asked: 3, lastTurn: 2 }); // "cloze"
 */
export function drillKind(item: DrillItem): DrillKind {
  if (item.right === 0) return item.asked % 2 === 0 ? "mcq" : "true-false";
  return item.asked % 2 === 0 ? "typed" : "cloze";
}

/**
 * The drill after an answer about `factId` (`right`: the verdict was correct or close).
 *
 * @example
 * recordDrillAnswer(drill, "a", true).items[0].right; // 1
 */
export function recordDrillAnswer(drill: Drill, factId: string, right: boolean): Drill {
  return {
    turn: drill.turn + 1,
    items: drill.items.map((i) => (i.factId === factId ? { ...i, asked: i.asked + 1, lastTurn: drill.turn, right: right ? i.right + 1 : 0 } : i)),
  };
}

/** How many facts are known, out of how many. */
export function drillProgress(drill: Drill): { known: number; total: number } {
  return { known: drill.items.filter((i) => i.right >= DRILL_TARGET).length, total: drill.items.length };
}

/**
 * The student's weak points among `factIds`, weakest first: studied facts whose lowest recall
 * chance is under `WEAK_RECALL`, or whose last answer was « À revoir ».
 *
 * @example
 * weakFactIds(["a", "b"], cards, logs, now); // ["b"]
 */
export function weakFactIds(factIds: readonly string[], cards: CardMap, logs: readonly ReviewLogEntry[], now: Now, settings: StudySettings = DEFAULT_SETTINGS): string[] {
  const at = toMs(now);
  const recall = new Map<string, number>();
  for (const card of cards.values()) {
    if (card.state === 0) continue;
    const fact = factIdOf(card.id);
    recall.set(fact, Math.min(recall.get(fact) ?? 1, retrievability(card, at, settings)));
  }
  const lastRating = new Map<string, number>();
  for (const log of logs) lastRating.set(factIdOf(log.cardId), log.rating);
  return factIds
    .filter((id) => recall.has(id) && (recall.get(id)! < WEAK_RECALL || lastRating.get(id) === 1))
    .sort((a, b) => recall.get(a)! - recall.get(b)!);
}
