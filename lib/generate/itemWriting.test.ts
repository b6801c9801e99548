// Item-writing invariants (shared/QUESTIONS.md) over every real deck and many seeds: what a teacher
// would refuse at first sight is refused here before anyone reads the sheet.
import { describe, expect, it, vi } from "vitest";
import { alternativesOf } from "@/lib/content/alternatives";
import { DECKS } from "@/lib/content/decks";
import { NUMERIC_ANSWER_TYPES, type Deck, type Fact } from "@/lib/content/schema";
import { looseTokens, normalizeAnswer } from "@/lib/answer";
import { typesetFrench } from "@/lib/french";
import { displayOf } from "./factIndex";
import { datedEvents } from "./groups";
import { generateDeckQuestions, generateFlashcards } from "./index";
import { answerShape } from "./distractors";
import { formOf } from "@/lib/testwise";

vi.setConfig({ testTimeout: 120_000 });

const SEEDS = Array.from({ length: 60 }, (_, i) => i * 104729 + 3);
const fold = (s: string) => ` ${normalizeAnswer(s)} `;
/** Whole-word containment of folded texts. */
const contains = (haystack: string, needle: string) => fold(haystack).includes(fold(needle));
/** Whether `tokens` appear in a row in `haystack`. */
const inSequence = (haystack: readonly string[], tokens: readonly string[]) =>
  tokens.length > 0 && haystack.some((_, i) => tokens.every((t, k) => haystack[i + k] === t));
const ARTICLE = /^(?:le|la|les|l[’']|un|une|des|du|au|aux)(?:\s|$|(?<=[’']))/i;

function paragraphOf(deck: Deck, fact: Fact): string {
  return deck.article.paragraphs.find((p) => p.n === fact.source.paragraph)!.text;
}

describe.each(DECKS.map((d) => [d.meta.id, d] as const))("items of %s", (_, deck) => {
  const facts = deck.facts;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const article = deck.article.paragraphs.map((p) => p.text).join("\n");
  const questions = SEEDS.map((seed) => generateDeckQuestions(facts, seed));
  const allOf = <K extends string>(kind: K) => questions.flat().filter((q) => q.kind === kind);

  it("offers only wrong options of the answer's class and form, none stated in the fact's paragraph", () => {
    const problems = new Set<string>();
    for (const q of allOf("mcq")) {
      if (q.kind !== "mcq") continue;
      const fact = byId.get(q.factId)!;
      const authored = new Set((fact.distractors ?? []).map((d) => typesetFrench(d)));
      const sameClass = new Set(facts.filter((f) => f.class === fact.class).map((f) => displayOf(f).answer));
      for (const option of q.options.filter((o) => o !== q.answer)) {
        // A neighbouring value written like the key (« 2 février 1992 » beside « 2 mars 1992 »).
        const numeric = NUMERIC_ANSWER_TYPES.has(fact.type) && (answerShape(option) === answerShape(q.answer) || formOf(option) === formOf(q.answer));
        if (!authored.has(option) && !sameClass.has(option) && !numeric) problems.add(`${q.id}: « ${option} » is of another class`);
        if (contains(paragraphOf(deck, fact), option)) problems.add(`${q.id}: « ${option} » is in § ${fact.source.paragraph}`);
        if (ARTICLE.test(option) !== ARTICLE.test(q.answer)) problems.add(`${q.id}: « ${option} » and the answer differ in article`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it("gives no cue in the options: no odd length, no key word of the prompt in the answer alone", () => {
    const problems = new Set<string>();
    for (const q of allOf("mcq")) {
      if (q.kind !== "mcq") continue;
      const others = q.options.filter((o) => o !== q.answer);
      const longestOther = Math.max(...others.map((o) => o.length));
      if (q.answer.length > 2.2 * longestOther && q.answer.length > 12) problems.add(`${q.id}: the answer is much longer than the options`);
      const promptWords = new Set(looseTokens(q.prompt).filter((w) => w.length >= 4 && !/\d/.test(w)));
      for (const word of looseTokens(q.answer)) {
        if (promptWords.has(word) && !others.some((o) => looseTokens(o).includes(word))) {
          problems.add(`${q.id}: « ${word} » is in the prompt and in the answer only`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });

  it("never keys as Faux a statement the article makes, and each fact has false statements of its own", () => {
    const problems: string[] = [];
    for (const fact of facts) {
      for (const s of fact.falseStatements ?? []) {
        if (contains(article, s.replace(/\.$/, ""))) problems.push(`${fact.id}: « ${s} » is in the article`);
        if (normalizeAnswer(s) === normalizeAnswer(fact.statement)) problems.push(`${fact.id}: a false statement equals the true one`);
      }
    }
    for (const q of allOf("true-false")) {
      if (q.kind === "true-false" && q.answer === "Faux" && contains(article, q.prompt.replace(/\.$/, ""))) problems.push(`${q.id}: Faux but in the article`);
    }
    expect(problems).toEqual([]);
  });

  it("says each statement once: no two facts share a statement, no false statement is another fact's", () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const fact of facts) {
      const key = normalizeAnswer(fact.statement);
      if (seen.has(key)) problems.push(`${fact.id} and ${seen.get(key)} share « ${fact.statement} »`);
      seen.set(key, fact.id);
    }
    for (const fact of facts) {
      for (const s of fact.falseStatements ?? []) {
        const owner = seen.get(normalizeAnswer(s));
        if (owner) problems.push(`${fact.id}: false statement « ${s} » is the statement of ${owner}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never alters a quotation: words a statement quotes inside « » are the article's (names and titles may vary)", () => {
    const problems: string[] = [];
    for (const fact of facts) {
      for (const s of [fact.statement, ...(fact.falseStatements ?? [])]) {
        for (const [, quoted] of s.matchAll(/«\s*([^»]+?)\s*»/g)) {
          // Ten words or more: a quoted sentence, not a name or a title.
          if (quoted.split(/\s+/).length >= 10 && !contains(article, quoted)) problems.push(`${fact.id}: « ${quoted} » is not in the article`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps hand-written distractors out of the article's claims for that prompt and away from right answers", () => {
    const problems: string[] = [];
    for (const fact of facts) {
      const right = new Set([fact.answer, ...alternativesOf(fact)].map((r) => normalizeAnswer(r)));
      for (const d of fact.distractors ?? []) {
        if (right.has(normalizeAnswer(d))) problems.push(`${fact.id}: distractor « ${d} » is a right answer`);
        if (contains(paragraphOf(deck, fact), d)) problems.push(`${fact.id}: distractor « ${d} » is in § ${fact.source.paragraph}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never shows the answer, or an accepted alternative, in its own prompt", () => {
    const problems: string[] = [];
    for (const fact of facts) {
      const prompt = looseTokens(fact.prompt);
      const cloze = looseTokens(fact.statement.replace(fact.answer, " "));
      for (const right of [fact.answer, ...alternativesOf(fact)]) {
        const tokens = looseTokens(right);
        if (inSequence(prompt, tokens)) problems.push(`${fact.id}: the prompt shows « ${right} »`);
        if (inSequence(cloze, tokens) && !/\d/.test(right)) problems.push(`${fact.id}: the cloze sentence shows « ${right} »`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("orders only dated events, each shown with its date, from facts that are not flagged", () => {
    for (const q of allOf("order")) {
      if (q.kind !== "order") continue;
      expect(q.dates).toHaveLength(q.answer.length);
      for (const [i, event] of q.answer.entries()) {
        const fact = byId.get(q.factIds[i])!;
        expect(fact.flagged).toBeUndefined();
        expect(datedEvents([fact]).some((e) => e.event === event && e.date === q.dates[i])).toBe(true);
      }
    }
    expect(allOf("order").length).toBeGreaterThan(0);
  });

  it("never pairs, in one event–date match, two events whose dates overlap (« 1992 » and « 2 mars 1992 »)", () => {
    const rangeOf = new Map(datedEvents(facts).map((e) => [`${e.event}|${e.date}`, e.range] as const));
    let dateMatches = 0;
    for (const q of allOf("match")) {
      if (q.kind !== "match") continue;
      const ranges = q.pairs.map((p) => rangeOf.get(`${p.left}|${p.right}`));
      if (ranges.some((r) => r === undefined)) continue; // a labels ↔ answers match
      dateMatches++;
      for (const [i, a] of ranges.entries()) for (const b of ranges.slice(i + 1)) expect(a![1] < b![0] || b![1] < a![0]).toBe(true);
    }
    expect(dateMatches).toBeGreaterThan(0);
  });

  it("writes flashcard fronts that stand without the article, and never doubles a quotation mark", () => {
    const problems: string[] = [];
    const pointing = /(?:^|[\s«])(?:ces|cette|cet|celui|celle|ceux|ci-dessus|le texte|l’article|l'article|ce dernier|cette dernière)(?=[\s,.?!»]|$)/i;
    for (const card of generateFlashcards(facts, deck.article)) {
      if (pointing.test(card.front)) problems.push(`${card.id}: « ${card.front} » needs the article`);
      // The card shows its quote inside « »: the quote itself starts and ends bare.
      if (/^«|»$/.test(card.quote)) problems.push(`${card.id}: the quote brings its own guillemets`);
      for (const text of [card.front, card.back, card.statement, card.quote, card.warning ?? ""]) {
        if (/«\s*«|»\s*»/.test(text)) problems.push(`${card.id}: doubled guillemets in « ${text} »`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("typesets explanations and warnings like prompts", () => {
    for (const q of questions[0]) if (q.explanation) expect(q.explanation).toBe(typesetFrench(q.explanation));
    for (const card of generateFlashcards(facts, deck.article)) if (card.warning) expect(card.warning).toBe(typesetFrench(card.warning));
  });
});
