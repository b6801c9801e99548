/**
 * Reading result links out of whatever a teacher pastes: one link a line, several on a line, whole
 * chat messages ("Léa : https://…/resultats/#r1.… merci !").
 *
 * Words without a link marker are ignored; every piece that looks like a link (contains `#` or `://`, or
 * starts like `r1.`) is decoded, and gives either a result or a typed error with its position, so the
 * teacher sees which one to ask for again.
 */
import { MAX_LINK_INPUT_LENGTH } from "./envelope";
import type { ResultLinkError } from "./linkErrors";
import type { QuizResult } from "./quizResult";
import { decodeResultLink } from "./resultLink";

/** Longest pasted text read (≈ 8,000 links); longer text is refused whole. */
export const MAX_PASTE_LENGTH = 500_000;

export interface ResultLinkProblem {
  /** 1-based position of the piece among the link-like pieces of the text. */
  position: number;
  /** The piece as pasted, shortened to 60 characters for display. */
  text: string;
  error: ResultLinkError;
}

export interface ParsedResultLinks {
  /** Decoded results, in the order pasted (duplicates kept: `addResults` drops them). */
  results: QuizResult[];
  errors: ResultLinkProblem[];
}

const LINK_MARKER = /#|:\/\/|^[a-z]\d+\./i;
// Punctuation that chat text puts around links but links never start or end with.
const LEADING = /^[<([{«"'“‘]+/;
const TRAILING = /[>)\]}»"'”’.,;:!?]+$/;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Extracts and decodes every result link of a pasted text.
 *
 * @example
 * const { results, errors } = parseResultLinks("Léa : https://exemple.fr/resultats/#r1.AbC…\nr1.XyZ…");
 * errors.map((e) => `Lien ${e.position} : ${resultLinkErrorMessage(e.error)}`);
 */
export function parseResultLinks(pasted: string): ParsedResultLinks {
  const results: QuizResult[] = [];
  const errors: ResultLinkProblem[] = [];
  if (typeof pasted !== "string") return { results, errors: [{ position: 1, text: "", error: "malformed" }] };
  if (pasted.length > MAX_PASTE_LENGTH) {
    return { results, errors: [{ position: 1, text: shorten(pasted), error: "too-long" }] };
  }
  let position = 0;
  for (const word of pasted.split(/\s+/)) {
    const piece = word.length > MAX_LINK_INPUT_LENGTH ? word : word.replace(LEADING, "").replace(TRAILING, "");
    if (piece === "" || !LINK_MARKER.test(piece)) continue;
    position++;
    const decoded = decodeResultLink(piece);
    if (decoded.ok) results.push(decoded.result);
    else errors.push({ position, text: shorten(piece), error: decoded.error });
  }
  return { results, errors };
}
