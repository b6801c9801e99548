/** Selectors for the screens. */
import type { StudyStoreState } from "./slices/types";

/** Number of cards (not orphaned). */
export const selectCardCount = (s: StudyStoreState): number => s.cards.size;
