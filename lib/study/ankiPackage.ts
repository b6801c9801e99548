/**
 * An Anki package (.apkg) that keeps the student's progress, so Anki continues where the app stopped.
 *
 * The package is the legacy form every Anki since 2.1 reads: a zip holding `collection.anki21`, an
 * SQLite database in schema 11 (Anki's rslib/src/storage/schema11.sql), and `media` (`{}`). Anki's
 * importer (rslib/src/import_export/package/apkg/import/) opens it as a collection, matches notes by
 * guid (the same guids as the text export), and shifts day-based due dates by the difference between
 * this collection's "today" and the student's collection. So:
 *
 * - `col.crt` is the start of a study day (04:00 local) on or before the first review, with
 *   `creationOffset`, `rollover: 4` and `schedVer: 2` in `col.conf`: Anki then counts days exactly as
 *   the app does (`studyDay.ts`), and a review card's `due` is its study day number since `crt`.
 * - Cards carry type/queue (new 0/0, learning 1/1, review 2/2, relearning 3/1; 3 = day learning when
 *   the next step is on a later day), `ivl`, `reps`, `lapses`, `left` (steps remaining) and the FSRS
 *   memory state in `cards.data` (`s`, `d`, `dr`, `decay`, `lrt`, as rslib/src/storage/card/data.rs).
 * - Each review log becomes a `revlog` row (id = review time in ms, ease = rating, type 0 learn,
 *   1 review, 2 relearn, time = answer duration). `ivl` is the interval that followed the review (days,
 *   or negative seconds under a day), measured to the next review or, for the last one, to the due date.
 * - The deck's preset carries the app's learning steps, limits, desired retention and FSRS parameters
 *   (`fsrsParams6`), used when the student ticks « Importer les préréglages » in Anki.
 *
 * sql.js and fflate are passed in / imported here, and this module is loaded only when the student
 * asks for the file (dynamic import), so neither weighs on the app's first load.
 */
import type { Database, SqlJsStatic } from "sql.js";
import { strToU8, zipSync } from "fflate";
import type { AnkiNote } from "./ankiNotes";
import { toAnkiHtml } from "./ankiText";
import { DEFAULT_FSRS_PARAMETERS } from "./scheduler";
import type { Step, StudySettings } from "./settings";
import { nextStudyDayStart, studyDayStart, studyDaysBetween } from "./studyDay";
import { CARD_STATE, DAY_MS, type CardMap, type ReviewLogEntry, type StudyCard } from "./types";

/** Fixed ids, well in the past (Anki renumbers ids later than "now"). */
export const ANKI_IDS = { notetype: 1_735_689_600_000, deck: 1_735_689_600_001, preset: 1_735_689_600_002, firstNote: 1_735_689_700_000, firstCard: 1_735_689_800_000 } as const;
const DEFAULT_DECK_ID = 1;
const FIELD_SEPARATOR = "\x1f";
const REVIEW_EASE = 2500;

export interface AnkiPackageInput {
  notes: readonly AnkiNote[];
  cards: CardMap;
  logs: readonly ReviewLogEntry[];
  settings: StudySettings;
  /** Export instant (epoch ms). */
  now: number;
}

const SCHEMA = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

const secs = (ms: number) => Math.floor(ms / 1000);

/** "1m" → 1, "1h" → 60, "1d" → 1440: Anki's step delays are in minutes. */
function stepMinutes(step: Step): number {
  const amount = Number(step.slice(0, -1));
  const unit = step.slice(-1);
  return unit === "d" ? amount * 1440 : unit === "h" ? amount * 60 : amount;
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the sort field's text, as a number. */
async function fieldChecksum(text: string): Promise<number> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text)));
  return ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
}

function collectionJson(input: AnkiPackageInput, deckName: string, crt: number) {
  const { settings, now } = input;
  const mod = secs(now);
  const minutesWest = new Date(crt).getTimezoneOffset();
  const conf = { schedVer: 2, rollover: 4, creationOffset: minutesWest, localOffset: minutesWest, nextPos: input.notes.length + 1, curDeck: ANKI_IDS.deck, activeDecks: [ANKI_IDS.deck], sortType: "noteFld", sortBackwards: false, addToCur: true, estTimes: true, dueCounts: true, newSpread: 0, collapseTime: 1200, timeLim: 0, curModel: ANKI_IDS.notetype };
  const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] });
  const models = {
    [ANKI_IDS.notetype]: {
      id: ANKI_IDS.notetype,
      name: "Révisions (recto-verso)",
      type: 0,
      mod,
      usn: -1,
      sortf: 0,
      did: ANKI_IDS.deck,
      tmpls: [{ name: "Carte 1", ord: 0, qfmt: "{{Recto}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Verso}}", bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
      flds: [field("Recto", 0), field("Verso", 1)],
      css: ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }",
      latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
      latexPost: "\\end{document}",
      latexsvg: false,
      req: [[0, "any", [0]]],
      tags: [],
      vers: [],
    },
  };
  const deck = (id: number, name: string, conf: number) => ({ id, mod, name, usn: -1, lrnToday: [0, 0], revToday: [0, 0], newToday: [0, 0], timeToday: [0, 0], collapsed: false, browserCollapsed: false, desc: "", dyn: 0, conf, extendNew: 0, extendRev: 0 });
  const decks = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, "Default", 1), [ANKI_IDS.deck]: deck(ANKI_IDS.deck, deckName, ANKI_IDS.preset) };
  const preset = (id: number, name: string, own: boolean) => ({
    id,
    mod,
    name,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: own ? settings.learningSteps.map(stepMinutes) : [1, 10], initialFactor: REVIEW_EASE, ints: [1, 4, 0], order: 1, perDay: own ? settings.newPerDay : 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: own ? settings.maxReviewsPerDay : 200, hardFactor: 1.2 },
    lapse: { delays: own ? settings.relearningSteps.map(stepMinutes) : [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    ...(own ? { fsrsParams6: [...(settings.fsrsParameters ?? DEFAULT_FSRS_PARAMETERS)], desiredRetention: settings.desiredRetention } : {}),
  });
  const dconf = { 1: preset(1, "Default", false), [ANKI_IDS.preset]: preset(ANKI_IDS.preset, deckName, true) };
  return { conf, models, decks, dconf };
}

/** type, queue, due, ivl, factor, left of a card, as Anki's v2/v3 scheduler reads them. */
function schedule(card: StudyCard, position: number, settings: StudySettings, crt: number, now: number) {
  const dayOf = (ms: number) => studyDaysBetween(crt, ms);
  const ivl = Math.max(1, card.scheduledDays);
  switch (card.state) {
    case CARD_STATE.New:
      return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, left: 0 };
    case CARD_STATE.Review:
      return { type: 2, queue: 2, due: dayOf(card.due), ivl, factor: REVIEW_EASE, left: 0 };
    default: {
      const relearning = card.state === CARD_STATE.Relearning;
      const steps = relearning ? settings.relearningSteps : settings.learningSteps;
      const left = Math.max(1, steps.length - card.learningSteps);
      // A step that ends on a later study day is "day learning" (queue 3), counted in days.
      const laterDay = card.due >= nextStudyDayStart(now);
      return {
        type: relearning ? 3 : 1,
        queue: laterDay ? 3 : 1,
        due: laterDay ? dayOf(card.due) : secs(card.due),
        ivl: relearning ? ivl : 0,
        factor: relearning ? REVIEW_EASE : 0,
        left,
      };
    }
  }
}

/** Anki's revlog interval: whole days, or negative seconds under a day. */
function revlogInterval(from: number, to: number): number {
  return to - from < DAY_MS ? -Math.max(1, secs(to - from)) : studyDaysBetween(from, to);
}

/** Revlog type from the card state before the review: 0 learn, 1 review, 2 relearn. */
const REVLOG_TYPE = { [CARD_STATE.New]: 0, [CARD_STATE.Learning]: 0, [CARD_STATE.Review]: 1, [CARD_STATE.Relearning]: 2 } as const;

async function fillCollection(db: Database, input: AnkiPackageInput): Promise<void> {
  const { notes, cards, logs, settings, now } = input;
  let firstActivity = now;
  for (const l of logs) firstActivity = Math.min(firstActivity, l.reviewTime);
  for (const c of cards.values()) firstActivity = Math.min(firstActivity, c.lastReview ?? now);
  const crt = studyDayStart(firstActivity);
  const deckName = notes[0]?.deck ?? "Révisions";
  const json = collectionJson(input, deckName, crt);
  db.exec(SCHEMA);
  db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [secs(crt), now, now, JSON.stringify(json.conf), JSON.stringify(json.models), JSON.stringify(json.decks), JSON.stringify(json.dconf)]);

  const decay = (settings.fsrsParameters ?? DEFAULT_FSRS_PARAMETERS)[20];
  const cardIds = new Map<string, number>();
  const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
  const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
  for (const [i, note] of notes.entries()) {
    const noteId = ANKI_IDS.firstNote + i;
    const cardId = ANKI_IDS.firstCard + i;
    cardIds.set(note.cardId, cardId);
    const tags = note.tags.length ? ` ${note.tags.join(" ")} ` : "";
    insertNote.run([noteId, note.guid, ANKI_IDS.notetype, secs(now), tags, `${toAnkiHtml(note.front)}${FIELD_SEPARATOR}${toAnkiHtml(note.back)}`, note.front, await fieldChecksum(note.front)]);
    const card = cards.get(note.cardId);
    const s = card ? schedule(card, i + 1, settings, crt, now) : { type: 0, queue: 0, due: i + 1, ivl: 0, factor: 0, left: 0 };
    const memory = card && card.state !== CARD_STATE.New ? { s: card.stability, d: card.difficulty, dr: settings.desiredRetention, decay, ...(card.lastReview === null ? {} : { lrt: secs(card.lastReview) }) } : {};
    insertCard.run([cardId, noteId, ANKI_IDS.deck, secs(now), s.type, s.queue, s.due, s.ivl, s.factor, card?.reps ?? 0, card?.lapses ?? 0, s.left, JSON.stringify(memory)]);
  }
  insertNote.free();
  insertCard.free();

  const insertLog = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
  const usedIds = new Set<number>();
  const byCard = new Map<string, ReviewLogEntry[]>();
  for (const log of [...logs].sort((a, b) => a.reviewTime - b.reviewTime)) {
    if (cardIds.has(log.cardId)) byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), log]);
  }
  for (const [cardKey, reviews] of byCard) {
    const card = cards.get(cardKey);
    let lastIvl = 0;
    for (const [i, log] of reviews.entries()) {
      const next = reviews[i + 1]?.reviewTime ?? card?.due ?? log.reviewTime + DAY_MS;
      const ivl = revlogInterval(log.reviewTime, next);
      let id = log.reviewTime;
      while (usedIds.has(id)) id++; // two cards reviewed in the same millisecond
      usedIds.add(id);
      const type = REVLOG_TYPE[log.state];
      insertLog.run([id, cardIds.get(cardKey)!, log.rating, ivl, lastIvl, type === 0 ? 0 : REVIEW_EASE, Math.min(log.durationMs, 60_000 * 60), type]);
      lastIvl = ivl;
    }
  }
  insertLog.free();
}

/**
 * The .apkg file's bytes.
 *
 * @example
 * const SQL = await initSqlJs();
 * const bytes = await buildAnkiPackage(SQL, { notes: ankiNotes(CATALOG), cards, logs, settings, now });
 */
export async function buildAnkiPackage(SQL: SqlJsStatic, input: AnkiPackageInput): Promise<Uint8Array> {
  const db = new SQL.Database();
  try {
    await fillCollection(db, input);
    return zipSync({ "collection.anki21": db.export(), media: strToU8("{}") });
  } finally {
    db.close();
  }
}
