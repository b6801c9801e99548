// Public entry of lib/testwise: the surface-cue guesser that keeps items from being answerable without knowledge.
export { guessQuestion, guessWithCue, cueNames, GUESSED_KINDS, type Guess, type GuessedKind } from "./solver";
export { NO_CONTEXT, type SessionContext } from "./optionCues";
export { sessionContexts } from "./session";
