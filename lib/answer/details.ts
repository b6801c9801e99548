/**
 * The key plus a true detail, as a teacher accepts it: « la COP29, conférence de l’ONU sur le
 * climat », « le débat général de la 80ᵉ session », « 5 000 km de lignes ferroviaires ». The answer
 * holds an accepted form whole, and what it adds, one run of words before it and one after, is
 * written word for word in the fact's own sentence or in the article's excerpt it comes from. A
 * detail they do not give stays wrong (« la COP29 à Paris », « Conseil de sécurité en 2019 »). A
 * detail is words, not a bare number: « 2017 et 2018 » for the year a mandate began hedges.
 */
import { hasDigit } from "./typos";

/** Where `needle` starts inside `hay` as a contiguous run, every position. */
export function positionsOf(hay: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((t, k) => hay[i + k] === t)) out.push(i);
  return out;
}

/** An empty run, or words (not numbers alone) found together in one of the sources. */
const isDetailOf = (sources: readonly (readonly string[])[], run: readonly string[]) =>
  run.length === 0 || (!run.every(hasDigit) && sources.some((s) => positionsOf(s, run).length > 0));

/**
 * True when one of `inputs` is an accepted form of `answers` with a true detail from `sources`
 * (loose token lists of the fact's statement and source quote).
 *
 * @example
 * hasTrueDetail([["debat", "general", "80e", "session"]], [["debat", "general"]], [statementTokens]); // true
 */
export function hasTrueDetail(
  inputs: readonly (readonly string[])[],
  answers: readonly (readonly string[])[],
  sources: readonly (readonly string[])[],
): boolean {
  return inputs.some((input) =>
    answers.some((answer) =>
      answer.length > 0 &&
      positionsOf(input, answer).some((at) => {
        const before = input.slice(0, at);
        const after = input.slice(at + answer.length);
        if (before.length + after.length === 0) return false;
        return isDetailOf(sources, before) && isDetailOf(sources, after);
      }),
    ),
  );
}
