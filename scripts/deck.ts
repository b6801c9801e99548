/**
 * Deck CLI: prints a deck with its generated questions and flashcards.
 *
 *   npm run deck -- --json [--seed N] [--deck ID]   whole deck as JSON (the contract other tools read)
 *   npm run deck -- [--seed N] [--deck ID]          readable review sheet for a teacher
 *
 * Exits with code 1 and the validation messages when the content is invalid.
 */
import { RAW_DECKS } from "@/content";
import { validateDeck, type Deck, type Fact } from "@/lib/content/schema";
import { findFrenchIssues, typesetFrench } from "@/lib/french";
import { QUESTION_KINDS, generateDeckQuestions, generateFlashcards } from "@/lib/generate";

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
    else if (arg === "--deck") options.deckId = argv[++i];
    else if (arg.startsWith("--deck=")) options.deckId = arg.slice(7);
    else fail([`unknown argument ${arg}`, "usage: npm run deck -- [--json] [--seed N] [--deck ID]"]);
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
    prompt: f.prompt,
    answer: f.answer,
    accept: f.accept,
    alsoRight: f.alsoRight,
    ...(f.value !== undefined ? { value: f.value } : {}),
    statement: f.statement,
    source: { paragraph: f.source.paragraph, quote: f.source.quote },
    ...(f.explanation ? { explanation: f.explanation } : {}),
    ...(f.flagged ? { flagged: f.flagged } : {}),
  };
}

function printJson(deck: Deck, seed: number): void {
  const out = {
    deck: { id: deck.meta.id, title: deck.meta.title, language: deck.meta.language },
    seed,
    facts: deck.facts.map(factJson),
    questions: generateDeckQuestions(deck.facts, seed),
    flashcards: generateFlashcards(deck.facts),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

function printReview(deck: Deck, seed: number): void {
  const lines: string[] = [`# ${deck.meta.title} (${deck.meta.id}) — ${deck.facts.length} faits`, ""];
  const questions = generateDeckQuestions(deck.facts, seed);
  const inKind = (kind: string) =>
    new Set(questions.filter((q) => q.kind === kind).flatMap((q) => ("factIds" in q ? q.factIds : [q.factId])));
  const matched = inKind("match");
  const ordered = inKind("order");
  const withMcq = inKind("mcq");
  for (const topic of deck.meta.topics) {
    const facts = deck.facts.filter((f) => f.topic === topic.id);
    lines.push(`## ${topic.label} (${facts.length})`, "");
    for (const f of facts) {
      lines.push(`- [${f.id}] (${f.type}) ${f.prompt}`);
      lines.push(`    Réponse : ${f.answer}${f.accept.length ? `   (accepté : ${f.accept.join(" ; ")})` : ""}`);
      if (f.alsoRight?.length) lines.push(`    Aussi juste : ${f.alsoRight.join(" ; ")}`);
      lines.push(`    Phrase : ${f.statement}`);
      lines.push(`    Source § ${f.source.paragraph} : « ${f.source.quote} »`);
      if (f.flagged) lines.push(`    ⚠ SIGNALÉ : ${f.flagged}`);
      const notes: string[] = [];
      if (!f.flagged && !withMcq.has(f.id)) notes.push("pas de QCM (trop peu de distracteurs)");
      if (!f.flagged && !matched.has(f.id)) notes.push("dans aucun appariement");
      if (!f.flagged && (f.type === "date" || f.type === "year") && !ordered.has(f.id)) notes.push("dans aucune frise");
      for (const s of [f.prompt, f.answer, f.statement, f.label]) {
        for (const issue of findFrenchIssues(typesetFrench(s))) notes.push(`français : ${issue.rule} « ${issue.excerpt} »`);
      }
      if (notes.length) lines.push(`    Remarques : ${notes.join(" ; ")}`);
    }
    lines.push("");
  }
  lines.push(`## Questions (graine ${seed})`, "");
  for (const kind of QUESTION_KINDS) lines.push(`- ${kind} : ${questions.filter((q) => q.kind === kind).length}`);
  const cards = generateFlashcards(deck.facts);
  lines.push(`- fiches : ${cards.length} (dont ${cards.filter((c) => c.kind === "reverse").length} inversées)`);
  lines.push(`- faits signalés (sans question) : ${deck.facts.filter((f) => f.flagged).length}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

const options = parseArgs(process.argv.slice(2));
const deck = loadDeck(options.deckId);
if (options.json) printJson(deck, options.seed);
else printReview(deck, options.seed);
