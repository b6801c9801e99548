/**
 * A small French-quality linter for generated text: missing elisions and contractions,
 * spacing mistakes, unformatted numbers, English dates. The question generator is tested with it
 * on every string it produces, so grammar slips in rewritten sentences fail the build, not the class.
 */
import { startsWithVowelSound } from "./elision";

/** One problem found in a string. */
export interface FrenchIssue {
  rule: "contraction" | "elision" | "double-space" | "space-before-punctuation" | "thousands" | "percent" | "english-date";
  excerpt: string;
}

const ENGLISH_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const ENGLISH_DATE = new RegExp(
  `${ENGLISH_MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${ENGLISH_MONTH}\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
);
/** "le un" (the number one) and "la une" (front page) keep their article whole. */
const KEEP_WHOLE = new Set(["le un", "la une", "le une"]);

/**
 * Lists the French typography and grammar problems of one string.
 *
 * @example
 * findFrenchIssues("membre de le ONU").map((i) => i.rule); // ["contraction", "elision"]
 */
export function findFrenchIssues(text: string): FrenchIssue[] {
  const issues: FrenchIssue[] = [];
  const add = (rule: FrenchIssue["rule"], excerpt: string) => issues.push({ rule, excerpt });

  for (const m of text.matchAll(/(?<![\p{L}’'])(?:de|à) les? (?=\S)/giu)) add("contraction", m[0]);
  for (const m of text.matchAll(/(?<![\p{L}’'])(le|la|de|que)[ \u00a0]+([\p{L}]+)/giu)) {
    if (KEEP_WHOLE.has(`${m[1]} ${m[2]}`.toLowerCase())) continue;
    if (startsWithVowelSound(m[2])) add("elision", m[0]);
  }
  for (const m of text.matchAll(/[ \u00a0\u202f]{2,}/g)) add("double-space", m[0]);
  for (const m of text.matchAll(/\S[ \u00a0\u202f]+[,.](?!\.)/g)) add("space-before-punctuation", m[0]);
  for (const m of text.matchAll(/(?<![\p{L}\d.,/\u202f\u00a0-])\d{4,}(?![\d/])/gu)) {
    const n = Number(m[0]);
    const isYear = m[0].length === 4 && n >= 1000 && n <= 2100;
    if (n >= 1000 && !isYear) add("thousands", m[0]);
  }
  for (const m of text.matchAll(/.?.%/g)) if (m[0].at(-2) !== "\u00a0") add("percent", m[0]);
  const date = ENGLISH_DATE.exec(text);
  if (date) add("english-date", date[0]);
  return issues;
}
