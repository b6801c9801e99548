/**
 * Preferences slice: suspended and flagged cards, best Match times, test dates, first-visit dismissal. Saved on
 * each change under its own key (see `studyPrefs.ts`), so it never rewrites the main state.
 */
import { storageIssueMessage, isQuotaError } from "../storage";
import { decodePrefs, DEFAULT_PREFS, mergePrefs, prefsFromValue, prefsKey, toggleId, type StudyPrefs } from "../studyPrefs";
import type { SliceCreator } from "./types";

export interface PrefsSlice {
  prefs: StudyPrefs;
  /** Reads the saved preferences (at hydration and when another tab changed them). */
  loadPrefs(): void;
  toggleSuspended(cardId: string): void;
  toggleFlagged(cardId: string): void;
  /** Keeps `ms` if it beats the theme's best; returns whether it did. */
  recordMatchTime(theme: string, ms: number): boolean;
  dismissWelcome(): void;
  /** Sets a deck's test date ("YYYY-MM-DD"), or removes it with null. */
  setTestDate(deckId: string, day: string | null): void;
  /** Lays a backup's preferences over these as a union (`mergePrefs`) and saves them. */
  mergeImportedPrefs(value: unknown): void;
}

export const createPrefsSlice: SliceCreator<PrefsSlice> = (ctx) => (set, get) => {
  const save = (prefs: StudyPrefs) => {
    set({ prefs });
    try {
      ctx.storage?.setItem(prefsKey(ctx.key), JSON.stringify(prefs));
    } catch (error) {
      const kind = isQuotaError(error) ? "quota" : "unavailable";
      ctx.report({ kind, message: storageIssueMessage(kind) });
    }
  };
  return {
    prefs: { ...DEFAULT_PREFS },
    loadPrefs: () => {
      let raw: string | null = null;
      try {
        raw = ctx.storage?.getItem(prefsKey(ctx.key)) ?? null;
      } catch {
        // Unreadable storage is reported by the main state's load; preferences stay at their defaults.
      }
      set({ prefs: decodePrefs(raw) });
    },
    toggleSuspended: (cardId) => save({ ...get().prefs, suspended: toggleId(get().prefs.suspended, cardId) }),
    toggleFlagged: (cardId) => save({ ...get().prefs, flagged: toggleId(get().prefs.flagged, cardId) }),
    recordMatchTime: (theme, ms) => {
      const best = get().prefs.matchBest[theme];
      if (best !== undefined && best <= ms) return false;
      save({ ...get().prefs, matchBest: { ...get().prefs.matchBest, [theme]: ms } });
      return true;
    },
    dismissWelcome: () => save({ ...get().prefs, welcomeDismissed: true }),
    setTestDate: (deckId, day) => {
      const testDates = { ...get().prefs.testDates };
      if (day === null) delete testDates[deckId];
      else testDates[deckId] = day;
      save({ ...get().prefs, testDates: prefsFromValue({ testDates }).testDates });
    },
    mergeImportedPrefs: (value) => save(mergePrefs(get().prefs, prefsFromValue(value))),
  };
};
