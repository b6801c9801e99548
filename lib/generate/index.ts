// Public entry of lib/generate: questions, quizzes and flashcards built from facts.
export {
  QUESTION_KINDS,
  SINGLE_FACT_KINDS,
  type QuestionKind,
  type SingleFactKind,
  type Question,
  type McqQuestion,
  type TrueFalseQuestion,
  type TypedQuestion,
  type ClozeQuestion,
  type MatchQuestion,
  type MatchPair,
  type OrderQuestion,
  type Flashcard,
} from "./types";
export { generateDeckQuestions, generateQuestion, deckTrueFalse } from "./deck";
export { generateQuiz, QUIZ_MIN, QUIZ_MAX, type QuizRequest } from "./quiz";
export { generateFlashcards } from "./flashcards";
export { factsWithOwnCue, NO_ARTICLE, REVERSIBLE_TYPES } from "./reverseCues";
export { pickDistractors } from "./distractors";
export { buildFactIndex, type FactIndex } from "./factIndex";
export { BLANK } from "./rewrite";
export { MATCH_PROMPT, MATCH_WHEN_PROMPT, ORDER_PROMPT } from "./questions";
export { datedEvents, type DatedEvent, type MatchGroup } from "./groups";
