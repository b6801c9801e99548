/**
 * Quizzes of 5–40 questions over chosen facts and kinds. A teacher's link carries fact ids, kinds,
 * count and seed; every student rebuilds exactly the same questions, options and order, whatever
 * order the ids come in. Kinds are spread evenly and facts are reused only when all were asked.
 */
import type { Fact } from "@/lib/content/schema";
import { createRng, shuffle } from "@/lib/random/prng";
import { deriveSeed } from "@/lib/random/hash";
import { indexFor } from "./deck";
import { buildMatchGroups, buildOrderGroups, type DatedEvent, type MatchGroup } from "./groups";
import { buildCloze, buildMatch, buildMcq, buildOrder, buildTrueFalse, buildTyped } from "./questions";
import { givesAway, sameSentence } from "./siblings";
import { QUESTION_KINDS, type Question, type QuestionKind } from "./types";

export const QUIZ_MIN = 5;
export const QUIZ_MAX = 40;
/** How many fresh groupings a quiz may draw for match/order before giving up on the kind. */
const MAX_REFILLS = 8;

/** What a quiz is made from; `pool` (e.g. the whole deck) only supplies wrong options. */
export interface QuizRequest {
  facts: readonly Fact[];
  kinds: readonly QuestionKind[];
  /** Clamped to 5–40. */
  count: number;
  seed: number;
  pool?: readonly Fact[];
}

const byId = (a: Fact, b: Fact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds a quiz. Returns fewer than `count` questions only when the facts and kinds cannot make
 * more distinct questions.
 *
 * @example
 * generateQuiz({ facts: deck.facts, kinds: ["mcq", "typed"], count: 10, seed: 1234 });
 */
export function generateQuiz(request: QuizRequest): Question[] {
  const seen = new Set<string>();
  const facts = request.facts
    .filter((f) => !f.flagged && !seen.has(f.id) && seen.add(f.id))
    .sort(byId);
  const kinds = QUESTION_KINDS.filter((k) => request.kinds.includes(k));
  const count = Math.min(QUIZ_MAX, Math.max(QUIZ_MIN, Math.round(request.count)));
  if (facts.length === 0 || kinds.length === 0) return [];

  const seed = request.seed;
  const rng = createRng(deriveSeed(seed, "quiz", String(count), kinds.join(",")));
  const poolFacts = request.pool ? [...request.pool].sort(byId) : facts;
  const index = indexFor(poolFacts.some((f) => f.id === facts[0].id) ? poolFacts : [...poolFacts, ...facts]);
  const order = shuffle(facts, rng);
  const usage = new Map<string, number>(order.map((f) => [f.id, 0]));
  const asked = new Set<string>();
  const groups: { match: MatchGroup[]; order: DatedEvent[][] } = {
    match: kinds.includes("match") ? shuffle(buildMatchGroups(facts, rng), rng) : [],
    order: kinds.includes("order") ? shuffle(buildOrderGroups(facts, rng), rng) : [],
  };
  let trueFalseCount = 0;
  const falseFirst = rng.int(2) === 0;

  const chosen: Fact[] = [];
  const byFactId = new Map(facts.map((f) => [f.id, f]));
  // A fact whose prompt names another's answer waits while a fact asked as often is free.
  const blocked = (f: Fact) => chosen.some((g) => givesAway(f, g));
  const nextSingle = (kind: QuestionKind): Question | undefined => {
    for (;;) {
      let best: Fact | undefined;
      let bestBlocked = true;
      for (const f of order) {
        if (asked.has(`${kind}:${f.id}`)) continue;
        const b = blocked(f);
        // Spread facts first (a teacher's own selection is asked in full), then keep giveaways apart.
        const fewer = best ? usage.get(f.id)! - usage.get(best.id)! : -1;
        if (fewer < 0 || (fewer === 0 && bestBlocked && !b)) {
          best = f;
          bestBlocked = b;
        }
      }
      if (!best) return undefined;
      asked.add(`${kind}:${best.id}`);
      let q: Question | undefined;
      if (kind === "mcq") q = buildMcq(best, index, seed);
      else if (kind === "typed") q = buildTyped(best);
      else if (kind === "cloze") q = buildCloze(best);
      else {
        const truth = (trueFalseCount % 2 === 0) !== falseFirst;
        q = buildTrueFalse(best, index, seed, truth);
        trueFalseCount++;
      }
      if (q) {
        usage.set(best.id, usage.get(best.id)! + 1);
        chosen.push(best);
        return q;
      }
    }
  };
  const groupIds = new Set<string>();
  const refills = { match: 0, order: 0 };
  const nextGroup = (kind: "match" | "order"): Question | undefined => {
    for (;;) {
      // Once the covering groups are used, draw fresh groupings (new combinations of the same facts).
      if (groups[kind].length === 0 && refills[kind] < MAX_REFILLS) {
        refills[kind]++;
        if (kind === "match") groups.match = shuffle(buildMatchGroups(facts, rng), rng);
        else groups.order = shuffle(buildOrderGroups(facts, rng), rng);
      }
      const group = kind === "match" ? groups.match.shift() : groups.order.shift();
      if (!group) return undefined;
      const q = "relation" in group ? buildMatch(group, seed) : buildOrder(group, seed);
      if (groupIds.has(q.id)) continue;
      groupIds.add(q.id);
      q.factIds.forEach((id) => usage.set(id, usage.get(id)! + 1));
      chosen.push(...q.factIds.map((id) => byFactId.get(id)!));
      return q;
    }
  };
  const next = (kind: QuestionKind) => (kind === "match" || kind === "order" ? nextGroup(kind) : nextSingle(kind));

  const slots = shuffle(
    Array.from({ length: count }, (_, i) => kinds[i % kinds.length]),
    rng,
  );
  const exhausted = new Set<QuestionKind>();
  const out: Question[] = [];
  for (let i = 0; i < slots.length; i++) {
    // An exhausted kind hands its slot to the next kinds in turn.
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(kinds.indexOf(slots[i]) + k) % kinds.length];
      if (exhausted.has(kind)) continue;
      const q = next(kind);
      if (q) {
        out.push(q);
        break;
      }
      exhausted.add(kind);
    }
    if (exhausted.size === kinds.length) break;
  }
  return apartFromSiblings(out, byFactId);
}

/** Whether two questions are about one fact or about facts of one sentence. */
function related(a: Question, b: Question, byId: ReadonlyMap<string, Fact>): boolean {
  const ids = (q: Question) => ("factIds" in q ? q.factIds : [q.factId]);
  return ids(a).some((x) => ids(b).some((y) => x === y || sameSentence(byId.get(x)!, byId.get(y)!)));
}

/** The questions reordered so that no two neighbours are related, as far as the list allows. */
function apartFromSiblings(questions: Question[], byId: ReadonlyMap<string, Fact>): Question[] {
  const out = questions.slice();
  for (let i = 1; i < out.length; i++) {
    if (!related(out[i - 1], out[i], byId)) continue;
    const j = out.findIndex((q, k) => k > i && !related(out[i - 1], q, byId) && (k + 1 >= out.length || !related(out[i], out[k + 1], byId)));
    if (j > i) [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
