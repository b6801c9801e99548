/**
 * Deck CLI: prints a deck with its generated questions and flashcards.
 *
 *   npm run deck -- --json [--seed N] [--deck ID]   whole deck as JSON (the contract other tools read)
 *   npm run deck -- [--review] [--seed N] [--deck ID] the review sheet a teacher reads: every question
 *                                                    of the seed grouped by fact, keys marked
 *
 * Exits with code 1 and the validation messages when the content is invalid.
 */
import { RAW_DECKS } from "@/content";
import { validateDeck, type Deck, type Fact } from "@/lib/content/schema";
import { findFrenchIssues, typesetFrench } from "@/lib/french";
import { QUESTION_KINDS, generateDeckQuestions, generateFlashcards, type Question } from "@/lib/generate";

interface Options {
  json: boolean;
  seed: number;
  deckId?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg.startsWith("--seed=")) options.seed = Number(arg.slice(7));
    else if (arg === "--review") options.json = false;
    else if (arg === "--deck") options.deckId = argv[++i];
    else if (arg.startsWith("--deck=")) options.deckId = arg.slice(7);
    else fail([`unknown argument ${arg}`, "usage: npm run deck -- [--json | --review] [--seed N] [--deck ID]"]);
  }
  if (!Number.isInteger(options.seed)) fail(["--seed must be an integer"]);
  return options;
}

function fail(messages: string[]): never {
  process.stderr.write(`${messages.join("\n")}\n`);
  process.exit(1);
}

function loadDeck(deckId: string | undefined): Deck {
  const errors: string[] = [];
  const decks: Deck[] = [];
  for (const raw of RAW_DECKS) {
    const result = validateDeck(raw);
    if (result.ok) decks.push(result.deck);
    else errors.push(...result.errors);
  }
  if (errors.length > 0) fail(["Invalid content:", ...errors]);
  const deck = deckId === undefined ? decks[0] : decks.find((d) => d.meta.id === deckId);
  if (!deck) fail([`no deck "${deckId}"; decks: ${decks.map((d) => d.meta.id).join(", ")}`]);
  return deck;
}

function factJson(f: Fact) {
  return {
    id: f.id,
    topic: f.topic,
    label: f.label,
    type: f.type,
    class: f.class,
    prompt: f.prompt,
    answer: f.answer,
    accept: f.accept,
    alsoRight: f.alsoRight,
    ...(f.value !== undefined ? { value: f.value } : {}),
    statement: f.statement,
    source: { paragraph: f.source.paragraph, quote: f.source.quote },
    ...(f.explanation ? { explanation: f.explanation, explanationSource: f.explanationSource ?? "article" } : {}),
    ...(f.flagged ? { flagged: f.flagged } : {}),
  };
}

function printJson(deck: Deck, seed: number): void {
  const out = {
    deck: { id: deck.meta.id, title: deck.meta.title, language: deck.meta.language },
    seed,
    facts: deck.facts.map(factJson),
    questions: generateDeckQuestions(deck.facts, seed),
    flashcards: generateFlashcards(deck.facts, deck.article),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/** How one generated question reads on the sheet: its kind, prompt, options with the key marked. */
function questionLines(q: Question): string[] {
  const out = [`    [${q.kind}] ${q.prompt}`];
  if (q.kind === "mcq") out.push(...q.options.map((o) => `        ${o === q.answer ? "✓" : "·"} ${o}`));
  if (q.kind === "true-false") out.push(`        → ${q.answer}${q.answer === "Faux" ? ` (vrai : ${q.statement})` : ""}`);
  if (q.kind === "typed" || q.kind === "cloze") out.push(`        → ${q.answer}`);
  if (q.kind === "match") out.push(...q.pairs.map((p) => `        ${p.left} ↔ ${p.right}`));
  if (q.kind === "order") out.push(...q.answer.map((event, i) => `        ${i + 1}. ${event} (${q.dates[i]})`));
  return out;
}

/** The sheet a teacher reads: every question of the seed grouped by fact, then the group questions. */
function printReview(deck: Deck, seed: number): void {
  const lines: string[] = [`# ${deck.meta.title} (${deck.meta.id}) — ${deck.facts.length} faits, graine ${seed}`, ""];
  const questions = generateDeckQuestions(deck.facts, seed);
  const cards = generateFlashcards(deck.facts, deck.article);
  const paragraphs = new Map(deck.article.paragraphs.map((p) => [p.n, p.text]));
  for (const topic of deck.meta.topics) {
    const facts = deck.facts.filter((f) => f.topic === topic.id);
    lines.push(`## ${topic.label} (${facts.length})`, "");
    for (const f of facts) {
      lines.push(`### [${f.id}] ${typesetFrench(f.label)} — classe ${f.class}`);
      lines.push(`    Réponse : ${typesetFrench(f.answer)}${f.accept.length ? `   (accepté : ${f.accept.join(" ; ")})` : ""}`);
      if (f.alsoRight?.length) lines.push(`    Aussi juste : ${f.alsoRight.join(" ; ")}`);
      lines.push(`    Source § ${f.source.paragraph} : ${paragraphs.get(f.source.paragraph) ?? ""}`);
      if (f.flagged) lines.push(`    ⚠ SIGNALÉ : ${f.flagged}`);
      for (const q of questions) if (q.factId === f.id && q.kind !== "match" && q.kind !== "order") lines.push(...questionLines(q));
      for (const c of cards) if (c.factId === f.id) lines.push(`    [fiche ${c.kind === "forward" ? "recto" : "inversée"}] ${c.front} → ${c.back}`);
      if (f.explanation) {
        const from = f.explanationSource === "outside" ? "hors article" : "d’après l’article";
        lines.push(`    Explication (${from}) : ${typesetFrench(f.explanation)}`);
      }
      const notes: string[] = [];
      for (const text of [f.prompt, f.answer, f.statement, f.label, f.explanation ?? "", ...(f.falseStatements ?? [])]) {
        for (const issue of findFrenchIssues(typesetFrench(text))) notes.push(`français : ${issue.rule} « ${issue.excerpt} »`);
      }
      if (notes.length) lines.push(`    Remarques : ${notes.join(" ; ")}`);
      lines.push("");
    }
  }
  lines.push("## Appariements et frises", "");
  for (const q of questions) if (q.kind === "match" || q.kind === "order") lines.push(...questionLines(q), "");
  lines.push(`## Totaux (graine ${seed})`, "");
  for (const kind of QUESTION_KINDS) lines.push(`- ${kind} : ${questions.filter((q) => q.kind === kind).length}`);
  lines.push(`- fiches : ${cards.length} (dont ${cards.filter((c) => c.kind === "reverse").length} inversées)`);
  lines.push(`- faits signalés (sans question) : ${deck.facts.filter((f) => f.flagged).length}`);
  const explained = deck.facts.filter((f) => f.explanation);
  lines.push(`- explications : ${explained.length} (dont ${explained.filter((f) => f.explanationSource === "outside").length} hors article)`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

const options = parseArgs(process.argv.slice(2));
const deck = loadDeck(options.deckId);
if (options.json) printJson(deck, options.seed);
else printReview(deck, options.seed);
