/** Public API of the store: create it, sync tabs, read it; see README.md in this folder. */
export { createStudyStore, partialize, type StudyStore, type StudyStoreOptions } from "./studyStore";
export { startTabSync, type StorageEventSource } from "./tabSync";
export { getBrowserStorage, storageIssueMessage, type StorageIssue, type StorageIssueKind, type StorageLike, type AsideData } from "./storage";
export { STORE_KEY, STORE_VERSION, migrate, loadPersisted, type PersistedState } from "./persisted";
export { CHUNK_SIZE, LEASE_MS } from "./logStore";
export { UNDO_LIMIT } from "./slices/cardsSlice";
export type { StudyStoreState, CardsSlice, SettingsSlice, PrioritySlice, StorageSlice, QuizSlice, QuizHistoryEntry, TeacherQuiz } from "./slices/types";
export { QUIZ_HISTORY_LIMIT, TEACHER_QUIZ_LIMIT } from "./slices/quizSlice";
export * from "./selectors";
export { MemoryStorage, StorageHub } from "./memoryStorage";
export type { PrefsSlice } from "./slices/prefsSlice";
export { DEFAULT_PREFS, type StudyPrefs } from "./studyPrefs";
