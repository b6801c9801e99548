/**
 * The pure codec of review-log chunks and writer id lists (see logStore.ts for the layout).
 *
 * Reading validates each review on its own: one bad review (rating 7, a negative duration, an index
 * with no card id, a fractional rating×10+state) is returned in `bad` and the others are kept. Only
 * an unreadable envelope (not JSON, no `t`, no `l` array) loses the chunk, and a review whose time
 * delta is not a number loses the reviews after it too, since their times are then unknown. A
 * truncated chunk (an interrupted write) keeps its complete leading reviews and is flagged `salvaged`.
 */
import type { CardState, Rating, ReviewLogEntry } from "@/lib/study/types";

/** The ids list of a writer as read: `null` at positions that could not be read. */
export interface DecodedIds {
  ids: (string | null)[];
  /** False when the list was damaged (then the writer is never written to again). */
  intact: boolean;
}

export interface DecodedChunk {
  logs: ReviewLogEntry[];
  /** The raw quadruples that could not be read, kept to be set aside. */
  bad: unknown[][];
  /** The envelope was cut short: only its leading reviews could be read. */
  salvaged: boolean;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The readable start of a cut chunk: `t` and the complete numbers of `l` (the last one may be cut). */
function salvageEnvelope(raw: string): { t: number; l: number[] } | null {
  const m = /^\{"t":(-?\d+(?:\.\d+)?),"l":\[/.exec(raw);
  if (!m) return null;
  const tokens = raw.slice(m[0].length).split(",");
  tokens.pop();
  const l: number[] = [];
  for (const token of tokens) {
    if (!NUMBER.test(token.trim())) break;
    l.push(Number(token));
  }
  return { t: Number(m[1]), l };
}

/**
 * Reads a writer's card-id list; a damaged one keeps every readable position (a truncated list keeps
 * its complete leading ids).
 *
 * @example
 * decodeIds('["a:forward","b:for'); // { ids: ["a:forward"], intact: false }
 */
export function decodeIds(raw: string): DecodedIds {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value)) {
      const ids = value.map((v) => (typeof v === "string" && v.length > 0 ? v : null));
      return { ids, intact: ids.every((id) => id !== null) };
    }
  } catch {
    // Salvaged below.
  }
  const ids: string[] = [];
  const body = raw.trimStart().startsWith("[") ? raw.trimStart().slice(1) : "";
  const item = /^\s*("(?:[^"\\]|\\.)*")\s*,?/;
  let rest = body;
  for (let m = item.exec(rest); m; m = item.exec(rest)) {
    try {
      ids.push(JSON.parse(m[1]) as string);
    } catch {
      break;
    }
    rest = rest.slice(m[0].length);
  }
  return { ids, intact: false };
}

function readReview(ci: unknown, rs: unknown, ms: unknown, ids: readonly (string | null)[]): Omit<ReviewLogEntry, "reviewTime"> | null {
  if (!Number.isInteger(ci) || !Number.isInteger(rs) || typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) return null;
  const cardId = ids[ci as number];
  const rating = Math.floor((rs as number) / 10);
  const state = (rs as number) % 10;
  if (!cardId || rating < 1 || rating > 4 || state < 0 || state > 3) return null;
  return { cardId, rating: rating as Rating, state: state as CardState, durationMs: ms };
}

/**
 * Reads a chunk `{"t":t0,"l":[i,dt,rs,ms, …]}`; null when the envelope itself is unreadable.
 *
 * @example
 * decodeChunk('{"t":0,"l":[0,5,32,4000,0,5,72,-1]}', { ids: ["a:forward"], intact: true });
 * // { logs: [{ cardId: "a:forward", reviewTime: 5, rating: 3, state: 2, durationMs: 4000 }], bad: [[0,5,72,-1]], salvaged: false }
 */
export function decodeChunk(raw: string, ids: DecodedIds | undefined): DecodedChunk | null {
  let value: unknown;
  let salvaged = false;
  try {
    value = JSON.parse(raw);
  } catch {
    value = salvageEnvelope(raw);
    salvaged = true;
  }
  const v = value as { t?: unknown; l?: unknown };
  if (typeof v !== "object" || v === null || typeof v.t !== "number" || !Number.isFinite(v.t) || !Array.isArray(v.l)) return null;
  const flat = v.l as unknown[];
  const names = ids?.ids ?? [];
  const logs: ReviewLogEntry[] = [];
  const bad: unknown[][] = [];
  let time = v.t;
  for (let i = 0; i < flat.length; i += 4) {
    const quad = flat.slice(i, i + 4);
    const dt = quad[1];
    if (typeof dt !== "number" || !Number.isFinite(dt)) {
      // Times are deltas: after an unreadable one, the following reviews have no known time.
      for (let j = i; j < flat.length; j += 4) bad.push(flat.slice(j, j + 4));
      break;
    }
    time += dt;
    const review = quad.length === 4 ? readReview(quad[0], quad[2], quad[3], names) : null;
    if (review) logs.push({ ...review, reviewTime: time });
    else bad.push(quad);
  }
  return { logs, bad, salvaged };
}

/**
 * Writes a chunk; `index` gives each card id's position in the writer's ids list.
 *
 * @example
 * encodeChunk([{ cardId: "a:forward", reviewTime: 5, rating: 3, state: 2, durationMs: 4000 }], new Map([["a:forward", 0]]));
 * // '{"t":5,"l":[0,0,32,4000]}'
 */
export function encodeChunk(logs: readonly ReviewLogEntry[], index: ReadonlyMap<string, number>): string {
  const t0 = logs.length ? logs[0].reviewTime : 0;
  const flat: number[] = [];
  let prev = t0;
  for (const log of logs) {
    flat.push(index.get(log.cardId)!, log.reviewTime - prev, log.rating * 10 + log.state, log.durationMs);
    prev = log.reviewTime;
  }
  return `{"t":${t0},"l":[${flat.join(",")}]}`;
}
