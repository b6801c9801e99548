/**
 * Content schema: what a deck folder under `content/` must contain, validated with zod.
 *
 * Facts are the single source of truth for every question and flashcard, so a wrong fact must
 * fail loudly. `validateDeck` returns messages that name the fact id and the field
 * (e.g. `fact "onu-adhesion-date", field source.quote: ...`), used by the build, the deck CLI and the tests.
 */
import { z } from "zod";
import { ANSWER_TYPES, MIN_DISTRACTORS, NUMERIC_ANSWER_TYPES, type AnswerType } from "./answerTypes";
import { sentenceAt, sentencesAround } from "./sentences";

export { ANSWER_TYPES, MIN_DISTRACTORS, NUMERIC_ANSWER_TYPES, type AnswerType };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const nonEmpty = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z.strictObject({
  /** 1-based paragraph number in the deck's article. */
  paragraph: z.number().int().min(1),
  /** An exact excerpt of that paragraph (checked against the article). */
  quote: nonEmpty,
  /**
   * 0-based sentence of the paragraph where the quote starts. Not written by hand: `validateDeck`
   * sets it, so facts from one sentence (which may answer each other) are known as such.
   */
  sentence: z.number().int().min(0).optional(),
  /**
   * The article's whole sentence(s) around the quote, for corrections and answer keys (the browser
   * never loads the article outside its route). Not written by hand: `validateDeck` sets it.
   */
  sentenceText: z.string().optional(),
});

export const grammarSchema = z.strictObject({
  gender: z.enum(["m", "f"]),
  number: z.enum(["s", "p"]),
});

/** A dated event a fact carries, for chronology questions: « Adhésion du Kazakhstan à l’ONU », 1992-03-02. */
export const timelineEntrySchema = z.strictObject({
  /** A self-standing event phrase, without its date. */
  event: nonEmpty,
  /** "YYYY" or "YYYY-MM-DD". */
  date: z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, "must be YYYY or YYYY-MM-DD"),
});


export const factSchema = z
  .strictObject({
    id: z.string().regex(SLUG, "must be a lowercase slug such as onu-adhesion-date"),
    topic: z.string().regex(SLUG, "must be a topic id declared in deck.json"),
    /** Short French noun phrase naming what the fact is about (match pairs, order items, reverse cards). */
    label: nonEmpty,
    prompt: nonEmpty.refine((s) => s.endsWith("?"), "must be a question ending with ?"),
    answer: nonEmpty,
    type: z.enum(ANSWER_TYPES),
    /** Semantic class of the answer (UN agency, sea, year…), one of the deck's declared `classes`. */
    class: z.string().regex(SLUG, "must be a class id declared in deck.json"),
    /** Typed value where one applies: ISO date for `date`, a number for year/number/percentage. */
    value: z.union([z.number(), z.string().regex(ISO_DATE, "must be an ISO date YYYY-MM-DD")]).optional(),
    unit: z.string().optional(),
    /** Grammar of the answer when it is a noun phrase, so rewritten sentences keep their articles right. */
    grammar: grammarSchema.optional(),
    accept: z.array(nonEmpty),
    /** Values the article gives for this fact that are also right (never offered as distractors). */
    alsoRight: z.array(nonEmpty).optional(),
    /** One French sentence that contains `answer` verbatim. */
    statement: nonEmpty,
    source: sourceSchema,
    /** Hand-written wrong answers of the same class and form, none of which the article makes right. */
    distractors: z.array(nonEmpty).optional(),
    /** Hand-written false statements: one thing changed, clearly false according to the article. */
    falseStatements: z.array(nonEmpty).optional(),
    /** Dated events of this fact, for chronology and event–date matching. */
    timeline: z.array(timelineEntrySchema).optional(),
    /** Shown after an answer: why the answer is right, or what the article leaves out. */
    explanation: z.string().optional(),
    /**
     * Where the explanation's claims come from: the article (the default, "article") or knowledge it
     * does not give ("outside", checked true), which the app shows with « Hors article ».
     */
    explanationSource: z.enum(["article", "outside"]).optional(),
    /** Why this fact is doubtful; flagged facts get a flashcard with the warning but no question. */
    flagged: z.string().optional(),
  })
  .superRefine((fact, ctx) => {
    if (!fact.statement.includes(fact.answer)) {
      ctx.addIssue({ code: "custom", path: ["statement"], message: `must contain the answer "${fact.answer}" verbatim` });
    }
    const numeric = fact.type === "year" || fact.type === "number" || fact.type === "percentage";
    if (numeric && typeof fact.value !== "number") {
      ctx.addIssue({ code: "custom", path: ["value"], message: `a ${fact.type} fact needs a numeric value` });
    }
    if (fact.explanationSource && !fact.explanation) {
      ctx.addIssue({ code: "custom", path: ["explanationSource"], message: "needs an explanation" });
    }
    if (fact.type === "date" && typeof fact.value !== "string") {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a date fact needs an ISO date value" });
    }
    if (fact.flagged) return;
    if (!NUMERIC_ANSWER_TYPES.has(fact.type) && (fact.distractors?.length ?? 0) < MIN_DISTRACTORS) {
      ctx.addIssue({ code: "custom", path: ["distractors"], message: `needs at least ${MIN_DISTRACTORS} hand-written distractors` });
    }
    if ((fact.falseStatements?.length ?? 0) < 1) {
      ctx.addIssue({ code: "custom", path: ["falseStatements"], message: "needs at least one false statement" });
    }
  });

export const topicSchema = z.object({ id: z.string().regex(SLUG), label: nonEmpty });

/** A semantic class of answers: wrong options and matching pairs stay within one class. */
export const answerClassSchema = z.strictObject({
  id: z.string().regex(SLUG),
  label: nonEmpty,
});

export const deckMetaSchema = z.object({
  id: z.string().regex(SLUG),
  title: nonEmpty,
  language: z.literal("fr"),
  topics: z.array(topicSchema).min(1),
  /** The vocabulary of answer classes facts may use. */
  classes: z.array(answerClassSchema).min(1),
  /** Terms a student may use for one another when typing (« ONU », « Nations unies »). */
  synonyms: z.array(z.array(nonEmpty).min(2)).optional(),
  sources: z.array(nonEmpty),
});

export const articleSchema = z.object({
  paragraphs: z.array(z.object({ n: z.number().int().min(1), text: nonEmpty })).min(1),
});

export type Fact = z.output<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;
export type Topic = z.output<typeof topicSchema>;
export type DeckMeta = z.output<typeof deckMetaSchema>;
export type Article = z.output<typeof articleSchema>;
export type Grammar = z.output<typeof grammarSchema>;
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type AnswerClass = z.output<typeof answerClassSchema>;

/** A validated deck: its metadata, its article and its facts. */
export interface Deck {
  meta: DeckMeta;
  article: Article;
  facts: Fact[];
}

/** What a content folder exports: three JSON documents, unknown until validated. */
export interface RawDeck {
  meta: unknown;
  article: unknown;
  facts: unknown;
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

function describeIssue(prefix: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(".") || "(root)";
  return `${prefix}, field ${field}: ${issue.message}`;
}

/**
 * Validates a raw deck: each part's shape, then cross-checks (unique ids, declared topics,
 * paragraphs that exist, quotes found verbatim in their paragraph).
 *
 * @example
 * const result = validateDeck(rawDeck);
 * if (!result.ok) throw new Error(result.errors.join("\n"));
 */
export function validateDeck(raw: RawDeck): DeckResult {
  const errors: string[] = [];
  const meta = deckMetaSchema.safeParse(raw.meta);
  if (!meta.success) meta.error.issues.forEach((i) => errors.push(describeIssue("deck.json", i)));
  const article = articleSchema.safeParse(raw.article);
  if (!article.success) article.error.issues.forEach((i) => errors.push(describeIssue("article.json", i)));
  if (!Array.isArray(raw.facts)) return { ok: false, errors: [...errors, "facts.json: must be an array of facts"] };

  const facts: Fact[] = [];
  const seen = new Set<string>();
  raw.facts.forEach((rawFact, index) => {
    const id = typeof (rawFact as { id?: unknown })?.id === "string" ? (rawFact as { id: string }).id : `#${index}`;
    const parsed = factSchema.safeParse(rawFact);
    if (!parsed.success) {
      parsed.error.issues.forEach((i) => errors.push(describeIssue(`fact "${id}"`, i)));
      return;
    }
    if (seen.has(parsed.data.id)) errors.push(`fact "${id}", field id: duplicate id`);
    seen.add(parsed.data.id);
    facts.push(parsed.data);
  });

  if (meta.success && article.success) {
    const topics = new Set(meta.data.topics.map((t) => t.id));
    const classes = new Set(meta.data.classes.map((c) => c.id));
    const paragraphs = new Map(article.data.paragraphs.map((p) => [p.n, p.text]));
    for (const fact of facts) {
      if (!topics.has(fact.topic)) errors.push(`fact "${fact.id}", field topic: unknown topic "${fact.topic}"`);
      if (!classes.has(fact.class)) errors.push(`fact "${fact.id}", field class: unknown class "${fact.class}"`);
      const text = paragraphs.get(fact.source.paragraph);
      if (text === undefined) {
        errors.push(`fact "${fact.id}", field source.paragraph: no paragraph ${fact.source.paragraph}`);
      } else if (!text.includes(fact.source.quote)) {
        errors.push(`fact "${fact.id}", field source.quote: not found verbatim in paragraph ${fact.source.paragraph}`);
      } else {
        const at = text.indexOf(fact.source.quote);
        fact.source.sentence = sentenceAt(text, at);
        fact.source.sentenceText = sentencesAround(text, at, at + fact.source.quote.length);
      }
    }
  }
  if (errors.length > 0 || !meta.success || !article.success) return { ok: false, errors };
  return { ok: true, deck: { meta: meta.data, article: article.data, facts } };
}
