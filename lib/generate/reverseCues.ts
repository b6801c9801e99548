/**
 * Which facts may have a reverse flashcard: those whose answer, read alone on a card's front, points
 * to that one fact of the deck. A student who reads « Conseil de sécurité » or « 1992 » has met it in
 * several facts and places of the article, so a reverse card asking « À quoi correspond… » has no
 * single right back; such facts keep their forward card only.
 *
 * An answer qualifies when it, and every accepted form of it (« Caspienne » for « mer Caspienne »),
 * appears (folded, as whole words) in no other fact's answer, prompt, statement or label, and nowhere
 * in the article outside the sentence the fact comes from. Bare numbers (years, counts, percentages)
 * never qualify: « 2013 » or « 80 % » recall nothing by themselves, even when no other fact has them.
 * Nor does an answer whose label (the card's back) repeats one of its content words: « Club des jeunes
 * juristes » → « Fondation de jeunes professionnels du droit » asks nothing.
 */
import type { AnswerType, Article, Fact } from "@/lib/content/schema";
import { looseTokens } from "@/lib/answer/looseKey";
import { normalizeAnswer } from "@/lib/answer/normalize";

/** Answer types whose answer can stand alone on a card's front: a full date, a name. */
export const REVERSIBLE_TYPES: ReadonlySet<AnswerType> = new Set(["date", "person", "organisation", "place"]);

/** The article of a deck that has none (synthetic decks): facts are then only checked against each other. */
export const NO_ARTICLE: Article = { paragraphs: [] };

/** A folded text padded with spaces, so that `includes(" x y ")` finds whole words only. */
function padded(text: string): string {
  return ` ${normalizeAnswer(text).replace(/'/g, " ").replace(/ +/g, " ")} `;
}

/**
 * The sentences of a paragraph, with where each starts and ends. A sentence ends at . ! ? or …,
 * possibly followed by a closing guillemet, before a space and a capital letter or an opening one.
 */
function sentencesOf(paragraph: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?…](?:[\s\u00a0\u202f]*»)?(?=\s+[«\p{Lu}])/gu)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: paragraph.length });
  return out;
}

/** The article, folded, with each fact's own sentences left out. */
function articleOutside(article: Article, fact: Fact): string[] {
  const out: string[] = [];
  for (const p of article.paragraphs) {
    const from = p.n === fact.source.paragraph ? p.text.indexOf(fact.source.quote) : -1;
    const to = from + fact.source.quote.length;
    for (const s of sentencesOf(p.text)) {
      const own = from >= 0 && s.start < to && s.end > from;
      if (!own) out.push(padded(p.text.slice(s.start, s.end)));
    }
  }
  return out;
}

/** The texts of a fact a student reads (and that may name another fact's answer). */
function textsOf(fact: Fact): string[] {
  return [fact.answer, fact.prompt, fact.statement, fact.label].map(padded);
}

/**
 * The ids of the facts whose answer points to them alone (see the module comment).
 *
 * @example
 * factsWithOwnCue(deck.facts, deck.article).has("onu-adhesion-date"); // true: « 2 mars 1992 »
 * factsWithOwnCue(deck.facts, deck.article).has("conseil-securite-organe"); // false: in many facts
 */
export function factsWithOwnCue(facts: readonly Fact[], article: Article): Set<string> {
  const texts = facts.map(textsOf);
  // Facts by the words of their texts, so each form is searched only where its rarest word is.
  const byWord = new Map<string, number[]>();
  texts.forEach((list, i) => {
    for (const word of new Set(list.join(" ").split(" "))) if (word) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(i);
  });
  const namedElsewhere = (form: string, self: number): boolean => {
    const words = form.trim().split(" ");
    const postings = words.map((w) => byWord.get(w) ?? []);
    const rarest = postings.reduce((a, b) => (b.length < a.length ? b : a));
    return rarest.some((i) => i !== self && texts[i].some((t) => t.includes(form)));
  };

  const out = new Set<string>();
  facts.forEach((fact, self) => {
    if (fact.flagged || !REVERSIBLE_TYPES.has(fact.type)) return;
    const backWords = new Set(looseTokens(fact.label));
    if (looseTokens(fact.answer).some((word) => backWords.has(word))) return;
    const forms = [...new Set([fact.answer, ...fact.accept].map(padded))].filter((f) => f.trim() !== "");
    if (forms.some((form) => namedElsewhere(form, self))) return;
    const rest = articleOutside(article, fact);
    if (forms.some((form) => rest.some((sentence) => sentence.includes(form)))) return;
    out.add(fact.id);
  });
  return out;
}
