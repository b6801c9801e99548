/**
 * Benchmarks of lib/share: a quiz link encoded and decoded (one 20-question quiz, then 1,000 of them for
 * the ratio), and the teacher's side (pasting N result links, adding them to the table, summarising and
 * exporting the CSV).
 */
import type { BenchCase } from "../types";
import {
  addResults,
  classResultsCsv,
  decodeQuizLink,
  encodeQuizLink,
  encodeResultLink,
  parseResultLinks,
  quizId,
  summarizeClass,
  type QuizResult,
  type QuizSpec,
  type ShareDeck,
} from "@/lib/share";
import { buildDeck, buildResult, buildSpec } from "@/lib/share/testFixtures";

const deck: ShareDeck = buildDeck(50);
const decks: ShareDeck[] = [buildDeck(12, "autre-article"), deck];

function specs(n: number): QuizSpec[] {
  return Array.from({ length: n }, (_, i) => buildSpec(deck, { seed: (i * 2654435761) >>> 0, count: 20 }));
}

function roundTrips(batch: QuizSpec[]): number {
  let ok = 0;
  for (const spec of batch) if (decodeQuizLink(encodeQuizLink(spec, deck), decks).ok) ok++;
  return ok;
}

function pastedResults(n: number): string {
  const id = quizId(buildSpec(deck));
  const results: QuizResult[] = Array.from({ length: n }, (_, i) =>
    buildResult(20, { quizId: id, name: `Élève ${i}`, totalTimeSec: 300 + i, answers: Array.from({ length: 20 }, (_, q) => (q * 7 + i) % 5 !== 0) }),
  );
  return results.map((r) => `https://exemple.fr/resultats/#${encodeResultLink(r)}`).join("\n");
}

function classPipeline(pasted: string): string {
  const { results } = parseResultLinks(pasted);
  const { table } = addResults([], results);
  return classResultsCsv(summarizeClass(table, results[0].quizId));
}

const one = specs(1);
const thousand = specs(1000);
let pasted100 = "";
let pasted1000 = "";

export const cases: BenchCase[] = [
  { name: "share link encode+decode", size: 20, fn: () => roundTrips(one) },
  { name: "share link round-trips", size: 1, fn: () => roundTrips(one) },
  { name: "share link round-trips", size: 1000, fn: () => roundTrips(thousand) },
  { name: "class results paste+summary+csv", size: 100, setup: () => void (pasted100 = pastedResults(100)), fn: () => classPipeline(pasted100) },
  { name: "class results paste+summary+csv", size: 1000, setup: () => void (pasted1000 = pastedResults(1000)), fn: () => classPipeline(pasted1000) },
];
