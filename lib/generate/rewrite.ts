// Cloze questions: a fact's statement with its answer blanked out.

/** The blank shown in cloze questions. */
export const BLANK = "_____";

/**
 * Replaces the first occurrence of `answer` in `statement` with the blank.
 *
 * @example
 * blankAnswer("Membre depuis 1992.", "1992"); // "Membre depuis _____."
 */
export function blankAnswer(statement: string, answer: string): string {
  const at = statement.indexOf(answer);
  if (at < 0) return statement;
  return statement.slice(0, at) + BLANK + statement.slice(at + answer.length);
}
