// Explanations a student reads after answering: each one is either drawn from the article (then what
// it names, counts and quotes is found there) or marked as outside knowledge, shown « Hors article ».
import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { DECKS } from "@/lib/content/decks";
import { findFrenchIssues, typesetFrench } from "@/lib/french";

const fold = (s: string) => ` ${normalizeAnswer(s).replace(/'/g, " ")} `;

/** Words written with a capital inside a sentence (not first, not opening a quotation or a bracket). */
function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[^\s.!?«(:][\s\u00a0\u202f]+|[’'])\p{Lu}[\p{L}\p{N}-]*/gu)) out.push(m[0]);
  return out;
}

/** What an explanation drawn from the article must find there: its numbers, proper nouns and quotations. */
function claimsOf(text: string): string[] {
  const numbers = normalizeAnswer(text).split(" ").filter((t) => /\d/.test(t));
  const quotations = [...text.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1]);
  return [...numbers, ...properNouns(text), ...quotations];
}

describe.each(DECKS.map((d) => [d.meta.id, d] as const))("explanations of %s", (_, deck) => {
  const article = fold(deck.article.paragraphs.map((p) => p.text).join(" \n "));
  const explained = deck.facts.filter((f) => f.explanation);

  it("find in the article every number, proper noun and quotation of an explanation not marked outside", () => {
    const problems: string[] = [];
    for (const fact of explained.filter((f) => f.explanationSource !== "outside")) {
      for (const claim of claimsOf(fact.explanation!)) {
        if (!article.includes(fold(claim))) problems.push(`${fact.id}: « ${claim} » is not in the article (mark it "outside" if it is true)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("catch an outside claim left unmarked", () => {
    expect(claimsOf("Le Kazakhstan a rejoint l’ONU en 1992, après son indépendance de décembre 1991.")).toContain("1991");
    expect(claimsOf("La COP29 s’est tenue à Bakou.").filter((c) => !article.includes(fold(c)))).toEqual(["Bakou"]);
    expect(claimsOf("L’article dit « la même résolution »").filter((c) => !article.includes(fold(c)))).toEqual(["la même résolution"]);
  });

  it("write every explanation in correct French once typeset", () => {
    const problems = explained.flatMap((f) => findFrenchIssues(typesetFrench(f.explanation!)).map((i) => `${f.id}: ${i.rule} « ${i.excerpt} »`));
    expect(problems).toEqual([]);
  });
});
