import { alternativesOf } from "@/lib/content/alternatives";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { DECKS } from "@/lib/content/decks";
import { factSchema, type Fact } from "@/lib/content/schema";
import { syntheticFacts } from "@/lib/content/synthetic";
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { typesetFrench } from "@/lib/french";
import { formOf, looksEarlier, shared, stemSet } from "@/lib/testwise";
import { displayOf } from "./factIndex";
import { datedEvents, MATCH_MIN } from "./groups";
import { sameSentence } from "./siblings";
import {
  BLANK,
  QUESTION_KINDS,
  generateDeckQuestions,
  generateFlashcards,
  generateQuestion,
  generateQuiz,
  NO_ARTICLE,
  REVERSIBLE_TYPES,
  type Question,
} from "./index";

// Property tests generate whole decks many times.
vi.setConfig({ testTimeout: 60_000 });

const REAL = DECKS.flatMap((d) => d.facts);
/** Real facts when the deck has some, plus synthetic decks of two sizes in any case. */
const FACT_SETS: [string, Fact[]][] = [
  ...(REAL.length > 0 ? [["real deck", REAL] as [string, Fact[]]] : []),
  ["synthetic 60", syntheticFacts(60, 7)],
  ["synthetic 250", syntheticFacts(250, 11)],
];
/** fast-check runs seeded, so a failure reproduces. */
const FC = { numRuns: 40, seed: 20240601 };
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

const keyOf = (s: string) => normalizeAnswer(s);
const byId = (facts: Fact[]) => new Map(facts.map((f) => [f.id, f]));

describe.each(FACT_SETS)("deck questions over %s", (_, facts) => {
  const factsById = byId(facts);
  const unflagged = facts.filter((f) => !f.flagged);

  it("offers 4 distinct options with the answer exactly once and nothing else right", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        for (const q of generateDeckQuestions(facts, seed)) {
          if (q.kind !== "mcq") continue;
          const fact = factsById.get(q.factId)!;
          expect(q.options).toHaveLength(4);
          expect(new Set(q.options.map(keyOf)).size).toBe(4);
          expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
          const right = new Set([fact.answer, ...alternativesOf(fact)].map(keyOf));
          const rightNumbers = new Set(
            alternativesOf(fact).flatMap((r) => (numbersIn(r).length === 1 ? numbersIn(r) : [])),
          );
          for (const option of q.options.filter((o) => o !== q.answer)) {
            expect(right.has(keyOf(option)), `${q.id}: ${option}`).toBe(false);
            if (fact.type === "year" || fact.type === "number" || fact.type === "percentage") {
              const n = numbersIn(option);
              expect(n.length === 1 && (rightNumbers.has(n[0]) || n[0] === fact.value), `${q.id}: ${option}`).toBe(false);
            }
          }
        }
      }),
      FC,
    );
  });

  it("is byte-identical for a seed and differs for another", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const a = JSON.stringify(generateDeckQuestions(facts, seed));
        expect(JSON.stringify(generateDeckQuestions(facts.slice(), seed))).toBe(a);
        expect(JSON.stringify(generateDeckQuestions(facts, seed + 1))).not.toBe(a);
      }),
      { ...FC, numRuns: 10 },
    );
  });

  it("orders dated events chronologically from options that start unsorted", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        for (const q of generateDeckQuestions(facts, seed)) {
          if (q.kind !== "order") continue;
          expect(q.options).toHaveLength(4);
          expect([...q.options].sort()).toEqual([...q.answer].sort());
          expect(q.options).not.toEqual(q.answer);
          const events = q.answer.map((text, i) => datedEvents([factsById.get(q.factIds[i])!]).find((e) => e.event === text)!);
          for (let i = 1; i < events.length; i++) expect(events[i - 1].range[1]).toBeLessThan(events[i].range[0]);
          expect(events.map((e) => e.date)).toEqual(q.dates);
          expect(new Set(q.factIds).size).toBe(4);
        }
      }),
      FC,
    );
  });

  it("pairs 4 to 6 items with unique sides", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        for (const q of generateDeckQuestions(facts, seed)) {
          if (q.kind !== "match") continue;
          expect(q.pairs.length).toBeGreaterThanOrEqual(4);
          expect(q.pairs.length).toBeLessThanOrEqual(6);
          expect(new Set(q.pairs.map((p) => keyOf(p.left))).size).toBe(q.pairs.length);
          expect(new Set(q.pairs.map((p) => keyOf(p.right))).size).toBe(q.pairs.length);
          expect(q.answer).toEqual(q.pairs.map((p) => p.right));
          expect([...q.options].sort()).toEqual([...q.answer].sort());
          // One relation: events with their dates, or labels with answers of one class.
          const group = q.factIds.map((id) => factsById.get(id)!);
          expect(new Set(q.factIds).size).toBe(q.factIds.length);
          const when = q.pairs.every((p, i) => datedEvents([group[i]]).some((e) => e.event === p.left && e.date === p.right));
          const oneClass = group.every((f) => f.class === group[0].class);
          expect(when || oneClass, q.id).toBe(true);
        }
      }),
      FC,
    );
  });

  it("balances Vrai and Faux between 35 % and 65 %", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const tf = generateDeckQuestions(facts, seed).filter((q) => q.kind === "true-false");
        const share = tf.filter((q) => q.answer === "Vrai").length / tf.length;
        expect(share).toBeGreaterThanOrEqual(0.35);
        expect(share).toBeLessThanOrEqual(0.65);
        for (const q of tf) {
          if (q.answer === "Vrai") expect(q.prompt).toBe(q.statement);
          else expect(q.prompt).not.toBe(q.statement);
        }
      }),
      FC,
    );
  });

  it("asks nothing about flagged facts and everything about the others", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const questions = generateDeckQuestions(facts, seed);
        const flagged = new Set(facts.filter((f) => f.flagged).map((f) => f.id));
        for (const q of questions) {
          const ids = "factIds" in q ? q.factIds : [q.factId];
          expect(ids.some((id) => flagged.has(id)), q.id).toBe(false);
        }
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        const kindsOf = new Map<string, Set<string>>();
        for (const q of questions) {
          for (const id of "factIds" in q ? q.factIds : [q.factId]) {
            kindsOf.set(id, (kindsOf.get(id) ?? new Set()).add(q.kind));
          }
        }
        for (const f of unflagged) {
          const kinds = kindsOf.get(f.id) ?? new Set();
          for (const k of ["mcq", "true-false", "typed", "cloze"]) expect(kinds.has(k), `${f.id} ${k}`).toBe(true);
          if (matchable(f, unflagged)) expect(kinds.has("match"), `${f.id} match`).toBe(true);
          if (orderable(f, unflagged)) expect(kinds.has("order"), `${f.id} order`).toBe(true);
        }
      }),
      { ...FC, numRuns: 15 },
    );
  });

  it("blanks the answer in cloze questions", () => {
    for (const q of generateDeckQuestions(facts, 3)) {
      if (q.kind === "cloze") expect(q.prompt).toContain(BLANK);
    }
  });

  it("asks single questions as the deck does", () => {
    const deck = generateDeckQuestions(facts, 5);
    for (const q of deck.filter((x) => x.kind !== "match" && x.kind !== "order").slice(0, 40)) {
      expect(generateQuestion(facts.find((f) => f.id === q.factId)!, q.kind, facts, 5)).toEqual(q);
    }
    const flagged = facts.find((f) => f.flagged);
    if (flagged) expect(generateQuestion(flagged, "typed", facts, 5)).toBeUndefined();
  });
});

/** A fact can be matched when it has a dated event, or its class has 4 unflagged non-dated facts. */
/** The pairs a match may show for a fact: never one whose two sides share a word. */
function matchPairsOf(f: Fact): { fact: Fact; left: string; right: string; range?: [number, number] }[] {
  const pairs = datedEvents([f]).length > 0
    ? datedEvents([f]).map((e) => ({ fact: f, left: e.event, right: e.date, range: e.range }))
    : f.type === "year" || f.type === "date" || f.type === "list" ? [] : [{ fact: f, left: displayOf(f).label, right: displayOf(f).answer }];
  return pairs.filter((p) => shared(stemSet(p.left), stemSet(p.right)) === 0);
}

/** A fact can be matched when one of its pairs has 3 partners of its form from other facts and sentences. */
function matchable(f: Fact, facts: Fact[]): boolean {
  const others = facts.filter((o) => o.id !== f.id && !sameSentence(o, f) && (o.class === f.class || datedEvents([f]).length > 0));
  return matchPairsOf(f).some((mine) => {
    const partners = others.flatMap(matchPairsOf).filter((p) =>
      formOf(p.right) === formOf(mine.right) &&
      keyOf(p.right) !== keyOf(mine.right) &&
      (mine.range === undefined) === (p.range === undefined) &&
      (!mine.range || (p.range![1] < mine.range[0] || mine.range[1] < p.range![0]) && looksEarlier(p.left, mine.left) === 0),
    );
    return new Set(partners.map((p) => keyOf(p.right))).size >= MATCH_MIN - 1;
  });
}

/** A fact can be ordered when one of its events has 3 events of other facts and sentences with distinct years and unordered wording. */
function orderable(f: Fact, facts: Fact[]): boolean {
  const others = datedEvents(facts).filter((e) => e.fact.id !== f.id && !sameSentence(e.fact, f));
  return datedEvents([f]).some((mine) => {
    const fits = others.filter((o) => (o.range[1] < mine.range[0] || mine.range[1] < o.range[0]) && looksEarlier(o.event, mine.event) === 0);
    const years = new Set(fits.map((o) => Math.floor(o.range[0] / 10000)));
    return years.size >= 3;
  });
}

describe("quizzes", () => {
  const facts = REAL.length > 0 ? REAL : syntheticFacts(80, 5);

  it("has the requested count, kinds and no repeated question", () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: 5, max: 40 }),
        fc.subarray([...QUESTION_KINDS], { minLength: 1 }),
        (seed, count, kinds) => {
          const quiz = generateQuiz({ facts, kinds, count, seed });
          const singles = kinds.some((k) => k !== "match" && k !== "order");
          if (singles) expect(quiz.length).toBe(count);
          else expect(quiz.length).toBeLessThanOrEqual(count);
          expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
          for (const q of quiz) expect(kinds).toContain(q.kind);
        },
      ),
      FC,
    );
  });

  it("gives every student the same quiz whatever order the link lists facts in", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const request = { facts, kinds: [...QUESTION_KINDS], count: 20, seed };
        const a = JSON.stringify(generateQuiz(request));
        expect(JSON.stringify(generateQuiz({ ...request, facts: [...facts].reverse(), kinds: [...QUESTION_KINDS].reverse() }))).toBe(a);
        expect(JSON.stringify(generateQuiz({ ...request, seed: seed + 1 }))).not.toBe(a);
      }),
      { ...FC, numRuns: 10 },
    );
  });

  it("spreads facts before asking one twice", () => {
    const few = facts.filter((f) => !f.flagged).slice(0, 8);
    const quiz = generateQuiz({ facts: few, kinds: ["typed", "mcq"], count: 8, seed: 9 });
    expect(new Set(quiz.map((q) => q.factId)).size).toBe(8);
  });

  it("stops short rather than repeat a question", () => {
    const few = facts.filter((f) => !f.flagged).slice(0, 3);
    expect(generateQuiz({ facts: few, kinds: ["typed"], count: 10, seed: 1 })).toHaveLength(3);
  });
});

describe("flashcards", () => {
  it.each(FACT_SETS)("gives every fact a forward card and a reverse card only to a name or date no other fact mentions (%s)", (_, facts) => {
    const cards = generateFlashcards(facts, NO_ARTICLE);
    const texts = (f: Fact) => [f.answer, f.prompt, f.statement, f.label].map((t) => ` ${keyOf(t).replace(/'/g, " ")} `);
    for (const f of facts) {
      const forward = cards.find((c) => c.id === `${f.id}:forward`);
      expect(forward?.warning).toBe(f.flagged ? typesetFrench(f.flagged) : undefined);
      const reverse = cards.find((c) => c.id === `${f.id}:reverse`);
      const cue = ` ${keyOf(f.answer).replace(/'/g, " ")} `;
      const elsewhere = facts.some((o) => o !== f && texts(o).some((t) => t.includes(cue)));
      if (reverse) {
        expect(REVERSIBLE_TYPES.has(f.type) && !f.flagged && !elsewhere, f.id).toBe(true);
        expect(reverse.back).toBe(typesetFrench(f.label));
      }
    }
    expect(cards.some((c) => c.kind === "reverse")).toBe(true);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(JSON.stringify(generateFlashcards(facts, NO_ARTICLE))).toBe(JSON.stringify(cards));
  });
});

describe("synthetic facts", () => {
  it("are valid against the schema and cover every type", () => {
    const facts = syntheticFacts(500, 3);
    for (const f of facts) expect(factSchema.safeParse(f).success, f.id).toBe(true);
    expect(new Set(facts.map((f) => f.type)).size).toBe(11);
    expect(new Set(facts.map((f) => f.id)).size).toBe(500);
  });
});

export type { Question };
