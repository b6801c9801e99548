/**
 * Cards slice: scheduled cards, orphaned cards and review logs, with the actions that change them
 * (sync with content, rate, undo, import a backup, reset). Logs are written through the LogStore
 * before the card, so a review is on disk before its effect.
 */
import { mergeCardMaps } from "@/lib/study/merge";
import { reconcileWithLog } from "@/lib/study/replay";
import { syncCards } from "@/lib/study/syncCards";
import { toMs } from "@/lib/study/types";
import { addResults } from "@/lib/share/classResults";
import { partializeState, readBackupQuizzes } from "../persisted";
import { mergeQuizHistory } from "./quizSlice";
import type { CardsSlice, SliceCreator } from "./types";

/** Ratings that can be undone, most recent first. */
export const UNDO_LIMIT = 50;

export const createCardsSlice: SliceCreator<CardsSlice> = (ctx) => (set, get) => ({
  cards: new Map(),
  orphaned: new Map(),
  logs: [],
  resetAt: 0,
  undoDepth: 0,

  syncCards: (flashcards, now) => {
    const { cards, orphaned } = get();
    const next = syncCards({ cards, orphaned }, flashcards, now);
    if (next.changed) set({ cards: next.cards, orphaned: next.orphaned });
  },

  rate: (cardId, rating, now, durationMs) => {
    const state = get();
    const before = state.cards.get(cardId);
    if (!before) return null;
    const at = toMs(now);
    const result = ctx.rateCard(before, rating, at, durationMs, state.settings);
    ctx.logStore.append(result.log, at);
    ctx.undoStack.push({ cardId, before, after: result.card, log: result.log, priorityBefore: state.priority });
    if (ctx.undoStack.length > UNDO_LIMIT) ctx.undoStack.shift();
    const cards = new Map(state.cards).set(cardId, result.card);
    ctx.noteCardChange(state.cards, cards, [cardId]);
    set({
      cards,
      logs: ctx.logStore.all(),
      priority: state.priority.includes(cardId) ? state.priority.filter((id) => id !== cardId) : state.priority,
      undoDepth: ctx.undoStack.length,
    });
    return result;
  },

  undo: () => {
    const entry = ctx.undoStack.pop();
    if (!entry) return false;
    const state = get();
    // Another tab may have rated this card since: then undoing here would erase that review.
    const current = state.cards.get(entry.cardId);
    if (current !== entry.after && current?.lastReview !== entry.after.lastReview) {
      set({ undoDepth: ctx.undoStack.length });
      return false;
    }
    ctx.logStore.remove(entry.log);
    const cards = new Map(state.cards).set(entry.cardId, entry.before);
    ctx.noteCardChange(state.cards, cards, [entry.cardId]);
    set({
      cards,
      logs: ctx.logStore.all(),
      priority: entry.priorityBefore,
      undoDepth: ctx.undoStack.length,
    });
    return true;
  },

  importBackup: (backup, now) => {
    const state = get();
    const at = toMs(now);
    const cards = mergeCardMaps(state.cards, backup.cards);
    const orphaned = mergeCardMaps(state.orphaned, backup.orphaned);
    const plan = ctx.logStore.prepareImport(backup.logs, at);
    // Quizzes merge like reviews: a union, so importing the same backup twice adds nothing.
    const quizzes = readBackupQuizzes(backup.quizHistory, backup.classResults);
    const quizHistory = mergeQuizHistory(state.quizHistory, quizzes.quizHistory);
    const classResults = addResults(state.classResults, quizzes.classResults).table;
    const next = { ...partializeState(state), cards: cards.cards, orphaned: orphaned.cards, settings: backup.settings, quizHistory, classResults };
    const written = ctx.commitAll(plan.writes, next);
    if (!written.ok) {
      plan.abort();
      return written;
    }
    plan.commit();
    let updated = 0;
    for (const [id, card] of backup.cards) if (cards.cards.get(id) === card) updated++;
    // The log is the truth: cards behind the merged log (a backup's reviews of a card) are rebuilt.
    const logs = ctx.logStore.all();
    const repaired = reconcileWithLog({ cards: cards.cards, orphaned: orphaned.cards, logs, settings: backup.settings, now: at, rateCard: ctx.rateCard });
    set({ cards: repaired.cards, orphaned: repaired.orphaned, settings: backup.settings, logs, quizHistory, classResults });
    // Study preferences (suspended, flagged, Match times, test dates): a union too.
    if (backup.prefs !== null) get().mergeImportedPrefs(backup.prefs);
    for (const id of repaired.rebuilt) if (!backup.cards.has(id)) updated++;
    return { ok: true, cards: updated, logs: plan.added };
  },

  reset: (now) => {
    const at = toMs(now);
    ctx.logStore.clearAll(at);
    ctx.undoStack.length = 0;
    set({ cards: new Map(), orphaned: new Map(), logs: ctx.logStore.all(), priority: [], resetAt: at, undoDepth: 0 });
  },
});
