/**
 * Merging what two tabs (or a backup and this device) know, without losing a review:
 * per card, the version reviewed last (then the one with more repetitions) wins; logs are a union by
 * log id (`cardId@reviewTime`).
 */
import { logId, type CardMap, type ReviewLogEntry, type StudyCard } from "./types";

/**
 * Whether card `a` holds more recent progress than card `b`.
 *
 * @example
 * isNewerCard({ ...c, lastReview: 2 }, { ...c, lastReview: 1 }); // true
 */
export function isNewerCard(a: StudyCard, b: StudyCard): boolean {
  const la = a.lastReview ?? -1;
  const lb = b.lastReview ?? -1;
  if (la !== lb) return la > lb;
  return a.reps > b.reps;
}

/**
 * Merges two card maps. `localNewer` lists ids where `local` holds newer progress than `incoming`
 * (the caller writes those back); cards missing on one side are kept from the other.
 *
 * @example
 * const { cards, localNewer } = mergeCardMaps(mine, theirs);
 */
export function mergeCardMaps(local: CardMap, incoming: CardMap): { cards: Map<string, StudyCard>; localNewer: string[]; changed: boolean } {
  const cards = new Map(local);
  const localNewer: string[] = [];
  let changed = false;
  for (const [id, theirs] of incoming) {
    const mine = local.get(id);
    if (!mine || isNewerCard(theirs, mine)) {
      cards.set(id, theirs);
      changed = true;
    }
  }
  for (const [id, mine] of local) {
    const theirs = incoming.get(id);
    if (!theirs || isNewerCard(mine, theirs)) localNewer.push(id);
  }
  return { cards, localNewer, changed };
}

/**
 * Union of two log lists by log id, sorted by review time.
 *
 * @example
 * mergeLogs([a, b], [b, c]); // [a, b, c]
 */
export function mergeLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const seen = new Set<string>();
  const out: ReviewLogEntry[] = [];
  for (const log of [...a, ...b]) {
    const id = logId(log);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(log);
  }
  return out.sort((x, y) => x.reviewTime - y.reviewTime);
}
