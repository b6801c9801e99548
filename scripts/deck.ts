/**
 * Deck CLI: prints a deck with its generated questions and flashcards.
 *
 *   npm run deck -- --json [--seed N] [--deck ID]   whole deck as JSON (the contract other tools read)
 *   npm run deck -- [--review] [--seed N] [--deck ID] the review sheet a teacher reads: every question
 *                                                    of the seed grouped by fact, keys marked, and beside
 *                                                    each key what a test-wise student who knows nothing picks
 *   npm run deck -- --guesser [--seeds N] [--deck ID] per fact and kind, how often that student is right
 *                                                    over N seeds (60 by default), worst first
 *
 * Exits with code 1 and the validation messages when the content is invalid.
 */
import { RAW_DECKS } from "@/content";
import { validateDeck, type Deck, type Fact } from "@/lib/content/schema";
import { findFrenchIssues, typesetFrench } from "@/lib/french";
import { QUESTION_KINDS, generateDeckQuestions, generateFlashcards, type Question } from "@/lib/generate";
import { guessQuestion } from "@/lib/testwise";

interface Options {
  mode: "json" | "review" | "guesser";
  seed: number;
  seeds: number;
  deckId?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { mode: "review", seed: 1, seeds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.mode = "json";
    else if (arg === "--guesser") options.mode = "guesser";
    else if (arg === "--seeds") options.seeds = Number(argv[++i]);
    else if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg.startsWith("--seed=")) options.seed = Number(arg.slice(7));
    else if (arg === "--review") options.mode = "review";
    else if (arg === "--deck") options.deckId = argv[++i];
    else if (arg.startsWith("--deck=")) options.deckId = arg.slice(7);
    else fail([`unknown argument ${arg}`, "usage: npm run deck -- [--json | --review | --guesser] [--seed N] [--seeds N] [--deck ID]"]);
  }
  if (!Number.isInteger(options.seed)) fail(["--seed must be an integer"]);
  if (!Number.isInteger(options.seeds) || options.seeds < 1) fail(["--seeds must be a positive integer"]);
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

/** What the test-wise student picks for an item, and its chance of being right. */
function guessLine(q: Question): string[] {
  const g = guessQuestion(q);
  if (!g) return [];
  if (g.cues.length === 0) return [`        ⚐ sans rien savoir : au hasard (${Math.round(100 * g.chance)} % de chances)`];
  const verdict = g.accuracy === 1 ? "trouve la clé" : g.accuracy === 0 ? "se trompe" : `${Math.round(100 * g.accuracy)} % de chances`;
  return [`        ⚠ sans rien savoir (${g.cues.join(", ")}) : ${g.pick} — ${verdict}`];
}

/** How one generated question reads on the sheet: its kind, prompt, options with the key marked. */
function questionLines(q: Question): string[] {
  const out = [`    [${q.kind}] ${q.prompt}`];
  if (q.kind === "mcq") out.push(...q.options.map((o) => `        ${o === q.answer ? "✓" : "·"} ${o}`));
  if (q.kind === "true-false") out.push(`        → ${q.answer}${q.answer === "Faux" ? ` (vrai : ${q.statement})` : ""}`);
  if (q.kind === "typed" || q.kind === "cloze") out.push(`        → ${q.answer}`);
  if (q.kind === "match") out.push(...q.pairs.map((p) => `        ${p.left} ↔ ${p.right}`));
  if (q.kind === "order") out.push(...q.answer.map((event, i) => `        ${i + 1}. ${event} (${q.dates[i]})`));
  return [...out, ...guessLine(q)];
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

/** Per fact and kind, the test-wise student's expected share right over many seeds, worst first. */
function printGuesser(deck: Deck, seeds: number): void {
  const rows = new Map<string, { right: number; chance: number; n: number; cues: Set<string> }>();
  for (let s = 0; s < seeds; s++) {
    for (const q of generateDeckQuestions(deck.facts, s * 7919 + 11)) {
      const g = guessQuestion(q);
      if (!g) continue;
      const key = `${q.kind} ${q.kind === "match" || q.kind === "order" ? q.prompt.slice(0, 30) : q.factId}`;
      const row = rows.get(key) ?? { right: 0, chance: 0, n: 0, cues: new Set<string>() };
      row.right += g.accuracy;
      row.chance += g.chance;
      row.n++;
      g.cues.forEach((c) => row.cues.add(c));
      rows.set(key, row);
    }
  }
  const lines = [...rows]
    .map(([key, r]) => ({ key, edge: (r.right - r.chance) / r.n, r }))
    .sort((a, b) => b.edge - a.edge)
    .map(({ key, edge, r }) => `${(edge >= 0 ? "+" : "") + (100 * edge).toFixed(0).padStart(3)} pts  ${key.padEnd(50)} ${[...r.cues].join(", ")}`);
  process.stdout.write(`# Sans rien savoir : gain sur le hasard par fait (${seeds} graines)\n${lines.join("\n")}\n`);
}

const options = parseArgs(process.argv.slice(2));
const deck = loadDeck(options.deckId);
if (options.mode === "json") printJson(deck, options.seed);
else if (options.mode === "guesser") printGuesser(deck, options.seeds);
else printReview(deck, options.seed);
