import { describe, expect, it } from "vitest";
import { rateCard } from "@/lib/study/scheduler";
import { createBackupJson, parseBackup } from "@/lib/study/backup";
import { counterIds, T0 } from "@/lib/study/fixtures";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";
import { quizId, resultKey, type QuizResult, type QuizSpec } from "@/lib/share";
import { MemoryStorage, StorageHub } from "./memoryStorage";
import { STORE_KEY } from "./persisted";
import { QUIZ_HISTORY_LIMIT } from "./slices/quizSlice";
import type { QuizHistoryEntry } from "./slices/types";
import { createStudyStore } from "./studyStore";
import { startTabSync } from "./tabSync";
import { makeStore } from "./testing";

const SPEC: QuizSpec = {
  deckId: "kazakhstan-onu",
  factIds: ["b", "a"],
  kinds: ["typed", "mcq"],
  count: 10,
  seed: 42,
  timeLimitSec: 0,
  title: " <img src=x onerror=alert(1)> ",
};

const entry = (i: number): QuizHistoryEntry => ({ at: T0 + i, quizId: "0badf00d", title: "", score: i % 5, total: 5, timeSec: 30, link: "q1.AAAA" });
const result = (name: string, answers = [true, false]): QuizResult => ({ quizId: quizId(SPEC), name, answers, totalTimeSec: 60 });
const reload = (storage: MemoryStorage) => makeStore(storage, { now: T0 + 1000, ids: counterIds("r") }).getState();

describe("quiz slice", () => {
  it(`keeps the last ${QUIZ_HISTORY_LIMIT} quizzes, oldest first, across reloads`, () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    for (let i = 0; i < QUIZ_HISTORY_LIMIT + 3; i++) store.getState().recordQuiz(entry(i));
    const history = reload(storage).quizHistory;
    expect(history).toHaveLength(QUIZ_HISTORY_LIMIT);
    expect(history[0]).toEqual(entry(3));
    expect(history.at(-1)).toEqual(entry(QUIZ_HISTORY_LIMIT + 2));
  });

  it("keeps a teacher's quiz once, canonical, under its quiz id", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const id = store.getState().saveTeacherQuiz(SPEC, T0);
    store.getState().saveTeacherQuiz({ ...SPEC, kinds: ["mcq", "typed"] }, T0 + 5);
    expect(id).toBe(quizId(SPEC));
    const saved = reload(storage).teacherQuizzes;
    expect(saved).toEqual([{ quizId: id, createdAt: T0 + 5, spec: { ...SPEC, kinds: ["mcq", "typed"], title: "<img src=x onerror=alert(1)>" } }]);
  });

  it("keeps a test-mode quiz's mode and a result's wrong answers and reports across reloads", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const id = store.getState().saveTeacherQuiz({ ...SPEC, corrections: "end" }, T0);
    const detailed: QuizResult = { ...result("Léa"), quizId: id, wrong: [{ question: 1, text: "Almaty" }], reports: [{ question: 0, reason: "Pas clair" }] };
    store.getState().addClassResults([detailed]);
    const reloaded = reload(storage);
    expect(reloaded.teacherQuizzes[0].spec.corrections).toBe("end");
    expect(reloaded.teacherQuizzes[0].quizId).toBe(id);
    expect(reloaded.classResults).toEqual([detailed]);
  });

  it("imports a class file as a union: quizzes and results already here are not added again", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const id = quizId(SPEC);
    const quiz = { quizId: id, spec: { ...SPEC, title: SPEC.title.trim() }, createdAt: T0 };
    expect(store.getState().importClassFile([quiz], [result("Léa"), result("Noé")])).toEqual({ added: 2, duplicates: 0, quizzesAdded: 1 });
    expect(store.getState().importClassFile([quiz], [result("Léa"), result("Noé")])).toEqual({ added: 0, duplicates: 2, quizzesAdded: 0 });
    const reloaded = reload(storage);
    expect(reloaded.classResults).toEqual([result("Léa"), result("Noé")]);
    expect(reloaded.teacherQuizzes).toEqual([quiz]);
  });

  it("counts a result sent twice once, removes results, and persists the table", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    expect(store.getState().addClassResults([result("Léa"), result("Noé")])).toMatchObject({ added: 2, duplicates: 0 });
    expect(store.getState().addClassResults([result(" léa ".trim())])).toMatchObject({ added: 0, duplicates: 1 });
    store.getState().removeClassResult(resultKey(result("Noé")));
    expect(reload(storage).classResults).toEqual([result("Léa")]);
  });

  it("drops unreadable quiz items on load, keeps the rest, and sets the raw state aside", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().addClassResults([result("Léa")]);
    const saved = JSON.parse(storage.getItem(STORE_KEY)!);
    saved.state.classResults.push({ quizId: "nope", name: "", answers: [], totalTimeSec: -1 });
    saved.state.quizHistory = [entry(1), { at: "yesterday" }];
    saved.state.teacherQuizzes = [{ quizId: "0badf00d", spec: { ...SPEC, count: 99 }, createdAt: T0 }];
    const raw = JSON.stringify(saved);
    storage.setItem(STORE_KEY, raw);
    const state = reload(storage);
    expect(state.classResults).toEqual([result("Léa")]);
    expect(state.quizHistory).toEqual([entry(1)]);
    expect(state.teacherQuizzes).toEqual([]);
    expect(state.storageIssue?.kind).toBe("invalid");
    expect(state.asideData.map((a) => a.raw)).toContain(raw);
  });

  it("shows results added or removed in one tab in the other", () => {
    const hub = new StorageHub();
    const open = (name: string) => {
      const win = hub.tab();
      const store = createStudyStore({ storage: win.localStorage, newId: counterIds(name), rateCard });
      store.rehydrate(T0);
      startTabSync(win, store, () => T0);
      hub.deliver();
      return store;
    };
    const a = open("a");
    const b = open("b");
    a.getState().addClassResults([result("Léa"), result("Noé")]);
    a.getState().recordQuiz(entry(1));
    hub.deliver();
    expect(b.getState().classResults).toEqual([result("Léa"), result("Noé")]);
    expect(b.getState().quizHistory).toEqual([entry(1)]);
    b.getState().removeClassResult(resultKey(result("Léa")));
    hub.deliver();
    expect(a.getState().classResults).toEqual([result("Noé")]);
  });
});

describe("complete backups", () => {
  it("carry quiz history and class results, merged on import: importing twice adds nothing", () => {
    const entry = { at: T0, quizId: "3fa9c21e", title: "ONU", score: 3, total: 5, timeSec: 60, link: "q1.abc" };
    const result = { quizId: "3fa9c21e", name: "Léa", answers: [true, false, true], totalTimeSec: 95 };
    const text = createBackupJson(
      { settings: DEFAULT_SETTINGS, cards: new Map(), orphaned: new Map(), logs: [], quizHistory: [entry, { at: "hier" }], classResults: [result] },
      { appVersion: "0.1.0", now: T0 },
    );
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const store = makeStore();
    store.getState().recordQuiz({ ...entry, at: T0 - 1000, quizId: "00000001" });
    expect(store.getState().importBackup(parsed.backup, T0 + 1000).ok).toBe(true);
    expect(store.getState().quizHistory.map((e) => e.quizId)).toEqual(["00000001", "3fa9c21e"]);
    expect(store.getState().classResults).toHaveLength(1);
    store.getState().importBackup(parsed.backup, T0 + 2000);
    expect(store.getState().quizHistory).toHaveLength(2);
    expect(store.getState().classResults).toHaveLength(1);
  });
});
