/**
 * Benchmarks of deck generation: the real deck and synthetic decks of 1,000 and 10,000 facts.
 * Generation must stay near-linear (facts are indexed by type and topic once per deck), so the
 * 10k/1k ratio should stay close to 10. Each run uses a fresh array and seed so no cache is reused.
 */
import type { BenchCase } from "@/bench/types";
import { DECKS } from "@/lib/content/decks";
import type { Fact } from "@/lib/content/schema";
import { syntheticFacts } from "@/lib/content/synthetic";
import { generateDeckQuestions, generateFlashcards, NO_ARTICLE } from "@/lib/generate";

const REAL: Fact[] = DECKS.flatMap((d) => d.facts);

function deckCase(size: number, load: () => Fact[]): BenchCase {
  let facts: Fact[] = [];
  let seed = 1;
  return {
    name: "generate deck",
    size,
    setup: () => {
      facts = load();
    },
    fn: () => generateDeckQuestions(facts.slice(), seed++),
  };
}

export const cases: BenchCase[] = [
  deckCase(REAL.length, () => REAL),
  deckCase(1_000, () => syntheticFacts(1_000, 1)),
  deckCase(10_000, () => syntheticFacts(10_000, 1)),
  (() => {
    let facts: Fact[] = [];
    return {
      name: "generate flashcards",
      size: 10_000,
      setup: () => {
        facts = syntheticFacts(10_000, 2);
      },
      fn: () => generateFlashcards(facts, NO_ARTICLE),
    };
  })(),
];
