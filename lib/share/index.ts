/**
 * Share links and class results: the public API of `lib/share`.
 *
 * Quiz links carry a quiz in the URL fragment (`/quiz/play/#q1.…`), result links carry a student's
 * answers back (`/resultats/#r1.…`); both are versioned, compact, checksummed, and decode to a value or a
 * typed error, never an exception. Class results are pure functions over a list the store persists.
 */
export {
  QUESTION_KINDS,
  MIN_QUIZ_QUESTIONS,
  MAX_QUIZ_QUESTIONS,
  MAX_TIME_LIMIT_SEC,
  MAX_TITLE_LENGTH,
  CORRECTION_MODES,
  correctionMode,
  normalizeQuizSpec,
  quizSpecProblems,
  quizId,
} from "./quizSpec";
export type { CorrectionMode, QuestionKind, QuizSpec, ShareDeck } from "./quizSpec";

export { QUIZ_LINK_VERSION, MAX_QUIZ_PAYLOAD_LENGTH, contentFingerprint, encodeQuizLink, decodeQuizLink } from "./quizLink";
export type { DecodedQuizLink } from "./quizLink";

export { QUIZ_LINK_ERRORS, RESULT_LINK_ERRORS, linkErrorMessage, resultLinkErrorMessage } from "./linkErrors";
export type { QuizLinkError, ResultLinkError } from "./linkErrors";

export { MAX_LINK_INPUT_LENGTH } from "./envelope";

export {
  MAX_NAME_LENGTH,
  MAX_RESULT_TIME_SEC,
  MAX_RESULT_QUESTIONS,
  MAX_GIVEN_TEXT_LENGTH,
  MAX_REPORT_REASON_LENGTH,
  givenTextForResult,
  reasonForResult,
  quizResultProblems,
  quizResultSchema,
  quizIdSchema,
} from "./quizResult";
export type { QuestionReport, QuizResult, WrongAnswer } from "./quizResult";

export { RESULT_LINK_VERSION, MAX_RESULT_PAYLOAD_LENGTH, encodeResultLink, decodeResultLink } from "./resultLink";
export type { DecodedResultLink } from "./resultLink";

export { MAX_PASTE_LENGTH, parseResultLinks } from "./parseResultLinks";
export type { ParsedResultLinks, ResultLinkProblem } from "./parseResultLinks";

export { addResults, removeResult, resultKey, studentNameKey, quizzesInTable, summarizeClass } from "./classResults";
export type { AddResultsOutcome, ClassResultsTable, ClassSummary, QuestionStat, StudentScore } from "./classResults";

export { CSV_BOM, classResultsCsv, csvField } from "./csv";
export type { ClassCsvOptions, CsvOptions } from "./csv";

export { normalizeLinkText, codePointLength } from "./text";

export { mergeTeacherQuizzes, quizSpecSchema, teacherQuizSchema } from "./teacherQuiz";
export type { TeacherQuiz } from "./teacherQuiz";

export { CLASS_FILE_KIND, CLASS_FILE_MESSAGES, createClassFile, readClassFile } from "./classFile";
export type { ClassFile, ReadClassFile } from "./classFile";
