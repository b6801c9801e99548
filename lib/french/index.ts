// Public entry of lib/french: elision, articles, numbers, dates, typography and the quality linter.
export { APOSTROPHE, NO_ELISION_WORDS, startsWithVowelSound, elide, contract } from "./elision";
export { articleFor, type ArticleFamily } from "./articles";
export { NBSP, NNBSP, formatNumber, formatPercent, parseFrenchNumber } from "./numbers";
export {
  FRENCH_MONTHS,
  formatFrenchDate,
  parseFrenchDate,
  parseIsoDate,
  datePrecisionOf,
  type DateParts,
  type DatePrecision,
  type ParsedDate,
} from "./dates";
export { typesetFrench } from "./typeset";
export { findFrenchIssues, type FrenchIssue } from "./lint";
