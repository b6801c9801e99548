/**
 * Surface cues for picking among multiple-choice options without knowing the answer, as test-wise
 * students do: the option the others vary around, the longest or most specific one, the one that
 * echoes the question, the one that agrees with it, the one written like the others, a middle
 * value, none of the « seulement / sauf » ones, one already read in another question. Each cue
 * scores the options (higher = more likely the key); a cue that scores all options alike says nothing.
 */
import { formOf, shared, sortValue, soundsAbsolute, stemSet } from "./surface";

/** What the guesser may read besides the item itself: the other questions of the same session. */
export interface SessionContext {
  /** Texts shown elsewhere in the session (other prompts, corrections already read). */
  texts: readonly string[];
}

export const NO_CONTEXT: SessionContext = { texts: [] };

/** A cue: one score per option. */
export type OptionCue = (options: readonly string[], prompt: string, context: SessionContext) => number[];

/** The option sharing the most words with the other options (distractors made by changing one part of the key). */
const centroid: OptionCue = (options) => {
  const sets = options.map((o) => stemSet(o));
  return sets.map((s, i) => sets.reduce((sum, t, j) => (i === j ? sum : sum + shared(s, t)), 0));
};

/** The clearly longest option (30 % longer than any other). */
const longest: OptionCue = (options) => {
  const lengths = options.map((o) => o.length);
  const sorted = lengths.slice().sort((a, b) => b - a);
  return lengths.map((l) => (l === sorted[0] && l >= 1.3 * sorted[1] ? 1 : 0));
};

/** The most specific option: clearly more names (capitalised words) and numbers than any other. */
const specific: OptionCue = (options) => {
  const detail = options.map((o) => (o.match(/(?:^|[\s(«’'-])[A-ZÀ-Ý][\p{L}]+|\d+/gu) ?? []).length);
  const sorted = detail.slice().sort((a, b) => b - a);
  return detail.map((d) => (d === sorted[0] && d >= sorted[1] + 2 ? 1 : 0));
};

/** The option sharing the most words with the question. */
const promptEcho: OptionCue = (options, prompt) => {
  const p = stemSet(prompt);
  return options.map((o) => shared(stemSet(o), p));
};

/** The options written in the form most options share (a wrong option borrowed from elsewhere stands out). */
const majorityForm: OptionCue = (options) => {
  const forms = options.map(formOf);
  return forms.map((f) => forms.filter((g) => g === f).length);
};

/** For numbers and dates: the middle values (neighbours are often drawn around the key). */
const middleValue: OptionCue = (options) => {
  const values = options.map(sortValue);
  if (values.some((v) => v === undefined)) return options.map(() => 0);
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  const mid = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
  const distance = values.map((v) => Math.abs(v! - mid));
  const nearest = Math.min(...distance);
  // The two middle values of four tie: both are kept.
  const rank = values.map((v) => sorted.indexOf(v!));
  return distance.map((d, i) => (d === nearest || (rank[i] > 0 && rank[i] < sorted.length - 1) ? 1 : 0));
};

/** Gender and number a « quel / quelle / quels / quelles » question asks for. */
function askedAgreement(prompt: string): string | undefined {
  const m = /\b(quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles)\b/i.exec(prompt);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return w.endsWith("les") || w === "quelles" ? "fp" : w.endsWith("s") ? "mp" : w.includes("elle") || w === "laquelle" ? "fs" : "ms";
}

/** Gender and number an option shows by its article, when it has one. */
function shownAgreement(option: string): string | undefined {
  const m = /^(la|le|les|une|un|des)\s/i.exec(option);
  if (!m) return undefined;
  const a = m[1].toLowerCase();
  return a === "la" || a === "une" ? "fs" : a === "le" || a === "un" ? "ms" : "p";
}

/** No option whose article disagrees with the question's « quel / quelle ». */
const agreement: OptionCue = (options, prompt) => {
  const asked = askedAgreement(prompt);
  return options.map((o) => {
    const shown = shownAgreement(o);
    if (!asked || !shown) return 0;
    return shown === asked || (shown === "p" && asked.endsWith("p")) ? 0 : -1;
  });
};

/** No option that says « seulement », « sauf », « toujours »… */
const notAbsolute: OptionCue = (options) => options.map((o) => (soundsAbsolute(o) ? -1 : 0));

/** The option already read elsewhere in the session (another question's prompt or correction names it). */
const readElsewhere: OptionCue = (options, _prompt, context) => {
  if (context.texts.length === 0) return options.map(() => 0);
  const texts = context.texts.map((t) => stemSet(t));
  return options.map((o) => {
    const s = stemSet(o);
    if (s.size === 0) return 0;
    return texts.some((t) => shared(s, t) === s.size) ? 1 : 0;
  });
};

/** Name of the middle-value cue: a generator balances it over items (the key's rank), not within one. */
export const MIDDLE_VALUE_CUE = "valeur du milieu";

/** Every option cue by name, in the order a guesser applies them. */
export const OPTION_CUES: ReadonlyArray<readonly [string, OptionCue]> = [
  ["lu ailleurs", readElsewhere],
  ["seulement/sauf", notAbsolute],
  ["accord", agreement],
  ["forme", majorityForm],
  ["écho de la question", promptEcho],
  ["centre", centroid],
  ["plus long", longest],
  ["plus précis", specific],
  [MIDDLE_VALUE_CUE, middleValue],
];
