/** Quiz sessions and their class view, pure: per-fact verdicts, scoring, countdown, most-missed facts, answer keys and their sources. */
export { factVerdicts, questionFactIds, type FactVerdict } from "./verdicts";
export { quizQuestions } from "./questions";
export { scoreQuiz, type AnswerRecord, type QuizScore } from "./session";
export { remainingSeconds, formatDuration, formatClock } from "./clock";
export { mostMissedFacts, type MissedFact } from "./classFacts";
export { answerKeyLines, answerKeyText } from "./answerKey";
export { wrongAnswerOf, givenText, givenKey, NO_ANSWER, UNREADABLE_ANSWER } from "./given";
export { questionRows, type QuestionRow } from "./classQuestions";
export { questionHeaders, questionsCsv } from "./classCsv";
export { questionSources, type QuestionSource } from "./sources";
