// Public entry of lib/french: elision, articles, numbers, fractions, dates, typography and the quality linter.
export { APOSTROPHE, NO_ELISION_WORDS, startsWithVowelSound, elide, contract } from "./elision";
export { articleFor, type ArticleFamily } from "./articles";
export { NBSP, NNBSP, formatNumber, formatPercent, parseFrenchNumber } from "./numbers";
export {
  FRENCH_MONTHS,
  formatFrenchDate,
  parseFrenchDate,
  parseIsoDate,
  datePrecisionOf,
  yearMatches,
  type DateParts,
  type DatePrecision,
  type ParsedDate,
} from "./dates";
export { fractionsToPercent } from "./fractions";
export { typesetFrench } from "./typeset";
export { findFrenchIssues, type FrenchIssue } from "./lint";
