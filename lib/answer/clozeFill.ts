/**
 * Another true fill of a cloze. « Aidarkyzy cite la Fondation « _____ » » is true of the Club des
 * jeunes juristes, the fact's key, and also of the Institut des droits égaux et des chances égales:
 * another fact of the deck says so (« …cite la Fondation publique « Institut… » »). A fill is true
 * when the student's words stand whole in another true statement of the deck and the cloze's own
 * words around the blank are that statement's, give or take two words it has more (« publique »).
 * A word the cloze has that the statement lacks makes the fill false: « la Fondation publique
 * « Club des jeunes juristes » » is not what the article says.
 */
import { positionsOf } from "./details";

/** Statement words whose absence from the cloze changes its meaning: never skipped. */
const NEGATIONS = new Set(["ne", "n", "pa", "pas", "non", "ni", "san", "sans", "jamai", "jamais", "aucun", "aucune"]);
/** Words a true statement may have that the cloze lacks. */
const MAX_SKIPPED = 2;

/** How many words of `hay` are skipped to read `needle` in it in order, or undefined if it cannot be read. */
function skipped(hay: readonly string[], needle: readonly string[]): number | undefined {
  let i = 0;
  let skips = 0;
  for (const t of needle) {
    while (i < hay.length && hay[i] !== t) {
      if (NEGATIONS.has(hay[i])) return undefined;
      skips++;
      i++;
    }
    if (i === hay.length) return undefined;
    i++;
  }
  const rest = hay.slice(i);
  return rest.some((t) => NEGATIONS.has(t)) ? undefined : skips + rest.length;
}

/**
 * True when `fill` (loose tokens) in the cloze whose words before and after the blank are
 * `before` and `after` gives one of `statements` (loose tokens of the deck's other true statements).
 *
 * @example
 * isTrueFill(["institut", …], ["aidarkyzy", "cite", "fondation"], [], [institutStatementTokens]); // true
 */
export function isTrueFill(
  fill: readonly string[],
  before: readonly string[],
  after: readonly string[],
  statements: readonly (readonly string[])[],
): boolean {
  if (fill.length === 0) return false;
  return statements.some((s) =>
    positionsOf(s, fill).some((at) => {
      const left = skipped(s.slice(0, at).reverse(), before.slice().reverse());
      const right = skipped(s.slice(at + fill.length), after);
      return left !== undefined && right !== undefined && left + right <= MAX_SKIPPED;
    }),
  );
}
