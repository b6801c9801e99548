// Public entry of lib/answer: normalisation and answer checking.
export { normalizeAnswer, numbersIn, OPTIONAL_UNITS } from "./normalize";
export {
  checkAnswer,
  createAnswerChecker,
  CLOSE_NOTE,
  OTHER_ANSWER_NOTE,
  type CheckResult,
  type CheckOptions,
  type Verdict,
} from "./check";
export { KNOWN_PROPER_NOUNS } from "./properNouns";
