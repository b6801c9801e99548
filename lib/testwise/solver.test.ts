// The test-wise guesser on every real deck: over 60 seeds, every mcq, true/false, match and order
// item, alone and inside quizzes, must stay within 5 points of a blind guess. The figures are printed.
import { describe, expect, it, vi } from "vitest";
import { DECKS } from "@/lib/content/decks";
import { generateDeckQuestions, generateQuiz, QUESTION_KINDS, type Question } from "@/lib/generate";
import { cueNames, GUESSED_KINDS, guessQuestion, guessWithCue, sessionContexts, type GuessedKind, type SessionContext } from "./index";

vi.setConfig({ testTimeout: 180_000 });

const SEEDS = Array.from({ length: 60 }, (_, i) => i * 7919 + 11);
/** How far above a blind guess the guesser may go on a kind. */
const MARGIN = 0.05;

interface Tally { items: number; right: number; chance: number }
const tally = (): Tally => ({ items: 0, right: 0, chance: 0 });

function score(items: readonly { q: Question; context?: SessionContext }[]) {
  const byKind = new Map<GuessedKind, Tally>(GUESSED_KINDS.map((k) => [k, tally()]));
  const byCue = new Map<string, Tally>();
  for (const { q, context } of items) {
    const g = guessQuestion(q, context);
    if (!g) continue;
    const kind = q.kind as GuessedKind;
    const t = byKind.get(kind)!;
    t.items++;
    t.right += g.accuracy;
    t.chance += g.chance;
    for (const cue of cueNames(kind)) {
      const alone = guessWithCue(q, cue, context);
      if (!alone) continue;
      const key = `${kind} · ${cue}`;
      const c = byCue.get(key) ?? tally();
      c.items++;
      c.right += alone.accuracy;
      c.chance += alone.chance;
      byCue.set(key, c);
    }
  }
  return { byKind, byCue };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
function report(title: string, s: ReturnType<typeof score>): string {
  const lines = [title, "  kind         items   guesser   chance"];
  for (const [kind, t] of s.byKind) lines.push(`  ${kind.padEnd(12)} ${String(t.items).padStart(5)}   ${pct(t.right / t.items).padStart(7)}   ${pct(t.chance / t.items).padStart(7)}`);
  lines.push("  cue (alone, where it speaks)              items   right    chance");
  for (const [cue, t] of [...s.byCue].sort()) lines.push(`  ${cue.padEnd(40)} ${String(t.items).padStart(5)}   ${pct(t.right / t.items).padStart(7)}   ${pct(t.chance / t.items).padStart(7)}`);
  return lines.join("\n");
}

function overChance(s: ReturnType<typeof score>): string[] {
  return [...s.byKind]
    .filter(([, t]) => t.items > 0 && (t.right - t.chance) / t.items > MARGIN)
    .map(([kind, t]) => `${kind}: ${pct(t.right / t.items)} against a blind ${pct(t.chance / t.items)}`);
}

describe.each(DECKS.map((d) => [d.meta.id, d] as const))("a test-wise student on %s", (_, deck) => {
  it("guesses deck items no better than chance + 5 points", () => {
    const items = SEEDS.flatMap((seed) => generateDeckQuestions(deck.facts, seed).map((q) => ({ q })));
    const s = score(items);
    console.log(report(`${deck.meta.id}: every item of ${SEEDS.length} seeds, read alone`, s));
    expect(overChance(s)).toEqual([]);
  });

  it("guesses quiz items no better than chance + 5 points, reading the rest of the quiz", () => {
    const items = SEEDS.flatMap((seed) => {
      const quiz = generateQuiz({ facts: deck.facts, kinds: QUESTION_KINDS, count: 20, seed });
      const contexts = sessionContexts(quiz);
      return quiz.map((q, i) => ({ q, context: contexts[i] }));
    });
    const s = score(items);
    console.log(report(`${deck.meta.id}: ${SEEDS.length} quizzes of 20, with the rest of the quiz in view`, s));
    expect(overChance(s)).toEqual([]);
  });
});
