import { describe, expect, it, vi } from "vitest";
import { DECKS } from "@/lib/content/decks";
import type { Fact } from "@/lib/content/schema";
import { syntheticFacts } from "@/lib/content/synthetic";
import { findFrenchIssues } from "@/lib/french";
import { generateDeckQuestions, generateFlashcards, NO_ARTICLE, type Question } from "./index";

vi.setConfig({ testTimeout: 120_000 });

const SEEDS = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);
const REAL = DECKS.flatMap((d) => d.facts);
const FACT_SETS: [string, Fact[]][] = [
  ...(REAL.length > 0 ? [["real deck", REAL] as [string, Fact[]]] : []),
  ["synthetic 120", syntheticFacts(120, 2)],
];

/** Every string a student reads in a question. */
function stringsOf(q: Question): string[] {
  const out = [q.prompt, ...(q.statement ? [q.statement] : [])];
  if ("options" in q) out.push(...q.options);
  if (Array.isArray(q.answer)) out.push(...q.answer);
  else out.push(q.answer);
  if (q.kind === "match") out.push(...q.pairs.flatMap((p) => [p.left, p.right]));
  if (q.kind === "order") out.push(...q.dates);
  return out;
}

describe.each(FACT_SETS)("French quality of %s", (_, facts) => {
  it("writes every flashcard face in correct French", () => {
    const problems: string[] = [];
    // Without the article, every name no other fact mentions gets its reverse card: the most faces to read.
    for (const c of generateFlashcards(facts, NO_ARTICLE)) {
      for (const s of [c.front, c.back, c.statement, c.quote]) {
        for (const issue of findFrenchIssues(s)) problems.push(`${c.id}: ${issue.rule} «${issue.excerpt}» in ${s}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes every generated string in correct French for 200 seeds", () => {
    const problems = new Set<string>();
    for (const seed of SEEDS) {
      for (const q of generateDeckQuestions(facts, seed)) {
        for (const s of stringsOf(q)) {
          for (const issue of findFrenchIssues(s)) problems.add(`${q.id}: ${issue.rule} «${issue.excerpt}» in ${s}`);
        }
      }
    }
    expect([...problems].slice(0, 30)).toEqual([]);
  });
});
