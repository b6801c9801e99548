/**
 * Benchmarks of answer checking over 1,000 and 10,000 typed answers: a realistic mix of exact
 * answers, accent and spacing variants, typos and wrong values, checked with one deck checker.
 */
import type { BenchCase } from "@/bench/types";
import { createAnswerChecker } from "@/lib/answer";
import type { Fact } from "@/lib/content/schema";
import { syntheticFacts } from "@/lib/content/synthetic";
import { createRng } from "@/lib/random";

/** Builds `n` (input, fact) pairs the way students answer: right, sloppy, misspelt or wrong. */
function answers(facts: Fact[], n: number): [string, Fact][] {
  const rng = createRng(99);
  const out: [string, Fact][] = [];
  for (let i = 0; i < n; i++) {
    const fact = facts[rng.int(facts.length)];
    const other = facts[rng.int(facts.length)];
    const variants = [
      fact.answer,
      fact.answer.toUpperCase(),
      fact.answer.normalize("NFD").replace(/\p{M}/gu, ""),
      fact.answer.length > 3 ? fact.answer.slice(0, -2) + fact.answer.slice(-1) : fact.answer + "x",
      other.answer,
      `  ${fact.answer.replace(/\s/g, "")} `,
    ];
    out.push([variants[rng.int(variants.length)], fact]);
  }
  return out;
}

function checkCase(size: number): BenchCase {
  let pairs: [string, Fact][] = [];
  let check: ReturnType<typeof createAnswerChecker> = () => ({ verdict: "wrong", expected: "" });
  return {
    name: "check answers",
    size,
    setup: () => {
      const facts = syntheticFacts(2_000, 5);
      check = createAnswerChecker(facts);
      pairs = answers(facts, size);
    },
    fn: () => {
      let right = 0;
      for (const [input, fact] of pairs) if (check(input, fact).verdict !== "wrong") right++;
      return right;
    },
  };
}

export const cases: BenchCase[] = [checkCase(1_000), checkCase(10_000)];
