process.env.TZ = "America/New_York";
/**
 * The .apkg read back by code this project did not write: Python's zipfile opens the archive and
 * SQLite itself (better-sqlite3) reads the collection, checked against Anki's schema 11 and the rules
 * of its importer (day numbers since `crt` at the 04:00 rollover, card types and queues, revlog).
 */
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { ankiNotes } from "./ankiNotes";
import { ANKI_IDS, buildAnkiPackage } from "./ankiPackage";
import { readAnkiPackage } from "./apkgTesting";
import { rateCard } from "./scheduler";
import { newCard } from "./newCard";
import { DEFAULT_SETTINGS } from "./settings";
import { studyDaysBetween, studyDayStart } from "./studyDay";
import type { Rating, ReviewLogEntry, StudyCard } from "./types";

/** New York local time in January 2025. */
const ny = (d: number, h: number, min = 0) => new Date(2025, 0, d, h, min).getTime();
const NOW = ny(20, 21);
const SETTINGS = { ...DEFAULT_SETTINGS, fsrsParameters: [0.3, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.2] };

/** Three studied cards: one in review, one in relearning, one still learning; the rest new. */
function progress() {
  const notes = ankiNotes(CATALOG);
  const cards = new Map<string, StudyCard>();
  const logs: ReviewLogEntry[] = [];
  const study = (id: string, plan: [number, Rating][]) => {
    let card = newCard(id, plan[0][0]);
    for (const [at, rating] of plan) {
      const next = rateCard(card, rating, at, 5000, SETTINGS);
      card = next.card;
      logs.push(next.log);
    }
    cards.set(id, card);
  };
  study(notes[0].cardId, [[ny(6, 20), 3], [ny(6, 20, 10), 3], [ny(9, 22), 3], [ny(18, 23, 30), 3]]);
  study(notes[1].cardId, [[ny(6, 20, 1), 3], [ny(6, 20, 11), 3], [ny(20, 20, 50), 1]]);
  study(notes[2].cardId, [[ny(20, 20, 55), 3]]);
  return { notes, cards, logs };
}

describe("buildAnkiPackage", async () => {
  const SQL = await initSqlJs();
  const input = { ...progress(), settings: SETTINGS, now: NOW };
  const { names, db, media } = readAnkiPackage(await buildAnkiPackage(SQL, input));
  type Row = Record<string, number | string>;
  const cardOf = (i: number) => db.prepare("SELECT * FROM cards WHERE nid = ?").get(ANKI_IDS.firstNote + i) as Row;

  it("is a legacy package: collection.anki21 in schema 11, media list, Anki's tables", () => {
    expect(names.sort()).toEqual(["collection.anki21", "media"]);
    expect(media).toBe("{}");
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Row[]).map((r) => r.name);
    expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
    const col = db.prepare("SELECT * FROM col").get() as Row;
    expect(col.ver).toBe(11);
    expect(col.crt).toBe(studyDayStart(ny(6, 20)) / 1000);
    expect(JSON.parse(col.conf as string)).toMatchObject({ schedVer: 2, rollover: 4, creationOffset: 300 });
    const preset = JSON.parse(col.dconf as string)[ANKI_IDS.preset];
    expect(preset.fsrsParams6).toEqual(SETTINGS.fsrsParameters);
    expect(preset.new.delays).toEqual([1, 10]);
  });

  it("has one note per card with the text export's guids, escaped fields and theme tags", () => {
    const notes = db.prepare("SELECT * FROM notes ORDER BY id").all() as Row[];
    expect(notes).toHaveLength(CATALOG.flashcards.length);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    expect(notes[0].guid).toBe(`kazakhstan-onu:${CATALOG.flashcards[0].id}`);
    expect((notes[0].flds as string).split("\x1f")).toHaveLength(2);
    expect(notes[0].tags).toMatch(/^ kazakhstan-onu::[a-z0-9-]+ $/);
    expect(notes.every((n) => !/[<>]/.test((n.flds as string).replace(/<br>/g, "")))).toBe(true);
    expect(db.prepare("SELECT count(*) AS n FROM cards").get()).toEqual({ n: notes.length });
  });

  it("keeps each card's schedule: review due on its study day, relearning and learning in seconds", () => {
    const { cards } = input;
    const review = cards.get(input.notes[0].cardId)!;
    const r = cardOf(0);
    expect([r.type, r.queue, r.reps, r.lapses]).toEqual([2, 2, 4, 0]);
    expect(r.due).toBe(studyDaysBetween(ny(6, 20), review.due));
    expect(r.ivl).toBe(review.scheduledDays);
    expect(JSON.parse(r.data as string)).toEqual({ s: review.stability, d: review.difficulty, dr: 0.9, decay: 0.2, lrt: ny(18, 23, 30) / 1000 });

    const relearning = cardOf(1);
    expect([relearning.type, relearning.queue, relearning.lapses, relearning.left]).toEqual([3, 1, 1, 1]);
    expect(relearning.due).toBe(Math.floor(cards.get(input.notes[1].cardId)!.due / 1000));

    const learning = cardOf(2);
    expect([learning.type, learning.queue, learning.reps, learning.left]).toEqual([1, 1, 1, 1]);

    const untouched = cardOf(3);
    expect([untouched.type, untouched.queue, untouched.due, untouched.data]).toEqual([0, 0, 4, "{}"]);
  });

  it("writes the review history as revlog: one row per review, with rating, type and intervals", () => {
    expect(db.prepare("SELECT count(*) AS n FROM revlog").get()).toEqual({ n: input.logs.length });
    const first = db.prepare("SELECT * FROM revlog WHERE cid = ? ORDER BY id").all(cardOf(0).id) as Row[];
    expect(first.map((l) => l.id)).toEqual(input.logs.filter((l) => l.cardId === input.notes[0].cardId).map((l) => l.reviewTime));
    expect(first.map((l) => l.ease)).toEqual([3, 3, 3, 3]);
    expect(first.map((l) => l.type)).toEqual([0, 0, 1, 1]);
    // 10 min step, then 6 Jan 20:10 → 9 Jan 22:00 = 3 study days, then 9 → 18 Jan = 9 days.
    expect(first.map((l) => l.ivl).slice(0, 3)).toEqual([-600, 3, 9]);
    expect(first.map((l) => l.lastIvl).slice(0, 3)).toEqual([0, -600, 3]);
    expect(first.every((l) => l.time === 5000)).toBe(true);
    const lapse = db.prepare("SELECT ease, type FROM revlog WHERE cid = ? ORDER BY id DESC").get(cardOf(1).id);
    expect(lapse).toEqual({ ease: 1, type: 1 });
  });
});
