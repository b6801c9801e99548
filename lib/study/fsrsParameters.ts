/**
 * Reading the student's own FSRS parameters as they come out of an optimizer: the 21 numbers pasted
 * from Anki ("0.212, 1.2931, …"), a JSON array, one per line, or French decimals ("0,212 ; 1,2931").
 * Each problem gets a French message saying what is expected. The ranges are ts-fsrs's: the caller
 * hands in the scheduler's `fsrsParametersProblem`, so that showing the parameters does not load it.
 */
import type { fsrsParametersProblem } from "./scheduler";
import { FSRS_PARAMETER_COUNT } from "./settings";

export type ParametersReading = { ok: true; parameters: number[] } | { ok: false; message: string };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

function numbersOf(tokens: string[]): number[] | string {
  const bad = tokens.find((t) => !NUMBER.test(t));
  return bad === undefined ? tokens.map(Number) : bad;
}

/**
 * Parses and validates pasted parameters.
 *
 * @example
 * readFsrsParameters("[0.212, 1.2931, …21 numbers]", fsrsParametersProblem); // { ok: true, parameters: [0.212, 1.2931, …] }
 * readFsrsParameters("0,2 ; 1,3", fsrsParametersProblem); // { ok: false, message: "Il faut 21 paramètres (FSRS-6), tu en as donné 2." }
 */
export function readFsrsParameters(text: string, problemOf: typeof fsrsParametersProblem): ParametersReading {
  const body = text.replace(/[[\]{}()]/g, " ").trim();
  if (body === "") return { ok: false, message: `Colle les ${FSRS_PARAMETER_COUNT} paramètres donnés par l’optimiseur, séparés par des virgules ou des espaces.` };
  // With a decimal point anywhere, commas separate numbers; without one, "0,212 ; 1,29" uses decimal commas.
  const decimalCommas = !body.includes(".") && /[;\s]/.test(body) && /\d,\d/.test(body);
  const tokens = (decimalCommas ? body.split(/[\s;]+/).map((t) => t.replace(",", ".")) : body.split(/[\s,;]+/)).filter(Boolean);
  const numbers = numbersOf(tokens);
  if (typeof numbers === "string") return { ok: false, message: `« ${numbers} » n’est pas un nombre. Écris les paramètres comme 0.212, 1.2931, 2.3065…` };
  const problem = problemOf(numbers);
  return problem ? { ok: false, message: problem } : { ok: true, parameters: numbers };
}

/**
 * Parameters as the optimizer and Anki print them, to copy back.
 *
 * @example
 * formatFsrsParameters([0.212, 1.2931]); // "0.212, 1.2931"
 */
export function formatFsrsParameters(parameters: readonly number[]): string {
  return parameters.map((w) => String(Math.round(w * 1e4) / 1e4)).join(", ");
}
