/**
 * The store's full state type and what slices share. Each slice file exports its state type and a
 * creator `(ctx) => StateCreator<StudyStoreState, [persist], [], Slice>`; `studyStore.ts` combines them.
 *
 * To add a slice (e.g. quiz history, class results): see lib/store/README.md.
 */
import type { StateCreator } from "zustand/vanilla";
import type { CardMap, Flashcard, Now, Rating, ReviewLogEntry, StudyCard } from "@/lib/study/types";
import type { Backup } from "@/lib/study/backup";
import type { RateCard } from "@/lib/study/scheduler";
import type { StudySettings } from "@/lib/study/settings";
import type { LogStore } from "../logStore";
import type { PersistedState } from "../persisted";
import type { AsideData, StorageIssue, StorageLike } from "../storage";
import type { PrefsSlice } from "./prefsSlice";
import type { AddResultsOutcome, ClassResultsTable } from "@/lib/share/classResults";
import type { QuizResult } from "@/lib/share/quizResult";
import type { QuizSpec } from "@/lib/share/quizSpec";
import type { TeacherQuiz } from "@/lib/share/teacherQuiz";

export interface CardsSlice {
  cards: CardMap;
  /** Cards whose fact left the content; kept with their progress, restored if it comes back. */
  orphaned: CardMap;
  /** All review logs, oldest first (persisted apart, in log chunks). */
  logs: readonly ReviewLogEntry[];
  resetAt: number;
  /** How many ratings can be undone (the undo stack itself lives in memory, outside the state). */
  undoDepth: number;
  syncCards(flashcards: readonly Flashcard[], now: Now): void;
  rate(cardId: string, rating: Rating, now: Now, durationMs: number): { card: StudyCard; log: ReviewLogEntry } | null;
  undo(): boolean;
  /** Merges a backup in, all or nothing: when it does not fit in storage, nothing changes. */
  importBackup(backup: Backup, now: Now): ImportOutcome;
  reset(now: Now): void;
}

/** What an import did, or how much space it lacked (characters, as localStorage counts them). */
export type ImportOutcome = { ok: true; cards: number; logs: number } | { ok: false; neededChars: number; missingChars: number };

export interface SettingsSlice {
  settings: StudySettings;
  updateSettings(partial: Partial<StudySettings>): void;
}

export interface PrioritySlice {
  /** Card ids to study first (missed quiz facts, "Réviser ces fiches"). */
  priority: string[];
  prioritize(cardIds: readonly string[]): void;
  clearPriority(): void;
}

export interface StorageSlice {
  /** The last storage problem, for the UI to tell the student; null when all is well. */
  storageIssue: StorageIssue | null;
  /** Unreadable data found at load, kept in memory so it can be exported. */
  asideData: AsideData[];
  dismissStorageIssue(): void;
}

/** One quiz the student finished (the last `QUIZ_HISTORY_LIMIT` are kept). */
export interface QuizHistoryEntry {
  /** Epoch ms when the quiz ended. */
  at: number;
  /** `quizId(spec)`: 8 hex digits. */
  quizId: string;
  /** The quiz title as the link carried it ("" for a quiz the student set up); plain text. */
  title: string;
  score: number;
  total: number;
  timeSec: number;
  /** The quiz-link payload (`q1.…`), to play the same quiz again. */
  link: string;
}

export type { TeacherQuiz };

export interface QuizSlice {
  /** The student's recent quizzes, oldest first. */
  quizHistory: QuizHistoryEntry[];
  /** Quizzes created on this device by a teacher, oldest first. */
  teacherQuizzes: TeacherQuiz[];
  /** Results students sent back, for every quiz, in the order added. */
  classResults: ClassResultsTable;
  recordQuiz(entry: QuizHistoryEntry): void;
  /** Keeps the spec (once per quiz id, latest date) and returns its quiz id. */
  saveTeacherQuiz(spec: QuizSpec, now: number): string;
  /** Adds results, ignoring those already in the table. */
  addClassResults(results: readonly QuizResult[]): AddResultsOutcome;
  removeClassResult(key: string): void;
  /** Merges a class file's quizzes and results in (a union: what is already here is not added again). */
  importClassFile(quizzes: readonly TeacherQuiz[], results: readonly QuizResult[]): { added: number; duplicates: number; quizzesAdded: number };
}

export type StudyStoreState = CardsSlice & SettingsSlice & PrioritySlice & StorageSlice & QuizSlice & PrefsSlice;

export interface UndoEntry {
  cardId: string;
  before: StudyCard;
  after: StudyCard;
  log: ReviewLogEntry;
  priorityBefore: string[];
}

/** Shared, non-state dependencies of the slices. */
export interface SliceContext {
  logStore: LogStore;
  undoStack: UndoEntry[];
  report(issue: StorageIssue, aside?: AsideData): void;
  /**
   * Writes the log writes and `state` together, all or nothing (memory-only stores just accept).
   * On failure the storage is as before and the result says how many characters are missing.
   */
  commitAll(writes: readonly [string, string][], state: PersistedState): { ok: true } | { ok: false; neededChars: number; missingChars: number };
  /** Hint for the persister: `to` is `from` with `ids` changed (lets it re-encode only those cards). */
  noteCardChange(from: CardMap, to: CardMap, ids: readonly string[]): void;
  /** The store's storage and main key, for slices saved under their own key (preferences). */
  storage: StorageLike | null;
  key: string;
  /** The scheduler's `rateCard`, once handed to the store (throws before: see `StudyStoreOptions.rateCard`). */
  rateCard: RateCard;
}

export type SliceCreator<T> = (ctx: SliceContext) => StateCreator<StudyStoreState, [["zustand/persist", unknown]], [], T>;
