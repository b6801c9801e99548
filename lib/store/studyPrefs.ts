/**
 * The student's study preferences kept beside the main state, under their own key
 * (`${STORE_KEY}-prefs`): suspended and flagged card ids, best Match times per theme, the test date
 * of each deck (« Mon contrôle »), and whether the first-visit explanation was dismissed. Small, plain
 * JSON, validated field by field on read so a damaged value costs only that field. Backups carry them
 * too, merged as a union (`mergePrefs`).
 */

export interface StudyPrefs {
  /** Card ids the student suspended: they never come back in review until unsuspended. */
  suspended: string[];
  /** Card ids the student flagged (to check later, e.g. with a teacher). */
  flagged: string[];
  /** Best Match time (ms) per theme id, "all" for every theme. */
  matchBest: Record<string, number>;
  /** Test date (« Mon contrôle ») per deck id, as a study day "YYYY-MM-DD". */
  testDates: Record<string, string>;
  /** The first-visit explanation was closed. */
  welcomeDismissed: boolean;
}

export const DEFAULT_PREFS: Readonly<StudyPrefs> = Object.freeze({ suspended: [], flagged: [], matchBest: {}, testDates: {}, welcomeDismissed: false });

/** Storage key of the preferences for a main-state key. */
export function prefsKey(mainKey: string): string {
  return `${mainKey}-prefs`;
}

const idList = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === "string"))] : []);

function bestTimes(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v) && v > 0) out[k] = v;
  return out;
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

function testDates(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "string" && DAY_KEY.test(v) && !Number.isNaN(Date.parse(v))) out[k] = v;
  return out;
}

/**
 * Validates a preferences value (stored, or from a backup) field by field.
 *
 * @example
 * prefsFromValue({ flagged: ["a:forward"], testDates: { deck: "2025-01-12" } }).testDates; // { deck: "2025-01-12" }
 */
export function prefsFromValue(value: unknown): StudyPrefs {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    suspended: idList(v.suspended),
    flagged: idList(v.flagged),
    matchBest: bestTimes(v.matchBest),
    testDates: testDates(v.testDates),
    welcomeDismissed: v.welcomeDismissed === true,
  };
}

/**
 * Union of two devices' preferences (a backup restored here): suspended and flagged ids of both, the
 * better Match time per theme, the restored test date where both have one, and the first-visit card
 * stays closed if it was closed on either.
 *
 * @example
 * mergePrefs({ ...DEFAULT_PREFS, flagged: ["a"] }, { ...DEFAULT_PREFS, flagged: ["b"] }).flagged; // ["a", "b"]
 */
export function mergePrefs(local: StudyPrefs, incoming: StudyPrefs): StudyPrefs {
  const matchBest = { ...local.matchBest };
  for (const [theme, ms] of Object.entries(incoming.matchBest)) if (matchBest[theme] === undefined || ms < matchBest[theme]) matchBest[theme] = ms;
  return {
    suspended: [...new Set([...local.suspended, ...incoming.suspended])],
    flagged: [...new Set([...local.flagged, ...incoming.flagged])],
    matchBest,
    testDates: { ...local.testDates, ...incoming.testDates },
    welcomeDismissed: local.welcomeDismissed || incoming.welcomeDismissed,
  };
}

/**
 * Reads stored preferences; anything unreadable falls back to the default, field by field.
 *
 * @example
 * decodePrefs('{"suspended":["a:forward"]}').suspended; // ["a:forward"]
 */
export function decodePrefs(raw: string | null): StudyPrefs {
  if (!raw) return { ...DEFAULT_PREFS };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_PREFS };
  }
  return prefsFromValue(value);
}

/**
 * A list with `id` added, or removed when present.
 *
 * @example
 * toggleId(["a"], "b"); // ["a", "b"]
 */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
