// Public entry of lib/answer: normalisation and answer checking.
export { normalizeAnswer, numbersIn, OPTIONAL_UNITS } from "./normalize";
export {
  checkAnswer,
  createAnswerChecker,
  CLOSE_NOTE,
  ECHO_NOTE,
  OTHER_ANSWER_NOTE,
  imprecisionNote,
  type CheckResult,
  type CheckOptions,
  type Verdict,
} from "./check";
export { trueStatementsOf } from "./statements";
export { KNOWN_PROPER_NOUNS } from "./properNouns";
export { buildSynonymTable, looseKey, looseTokens, NO_SYNONYMS, type SynonymTable } from "./looseKey";
