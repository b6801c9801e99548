// Public entry of lib/testwise: the surface-cue guesser that keeps items from being answerable without knowledge.
export { guessOptions, guessQuestion, guessWithCue, cueNames, GUESSED_KINDS, type Guess, type GuessedKind } from "./solver";
export { MIDDLE_VALUE_CUE, NO_CONTEXT, OPTION_CUES, type SessionContext } from "./optionCues";
export { soundsAbsolute, sortValue, stemSet, shared, formOf } from "./surface";
export { soundsHedged } from "./statementCues";
export { looksEarlier, pairAffinity } from "./pairCues";
export { sessionContexts } from "./session";
