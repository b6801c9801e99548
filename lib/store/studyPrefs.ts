/**
 * The student's study preferences kept beside the main state, under their own key
 * (`${STORE_KEY}-prefs`): suspended and flagged card ids, best Match times per theme, and whether
 * the first-visit explanation was dismissed. Small, plain JSON, validated field by field on read so
 * a damaged value costs only that field.
 */

export interface StudyPrefs {
  /** Card ids the student suspended: they never come back in review until unsuspended. */
  suspended: string[];
  /** Card ids the student flagged (to check later, e.g. with a teacher). */
  flagged: string[];
  /** Best Match time (ms) per theme id, "all" for every theme. */
  matchBest: Record<string, number>;
  /** The first-visit explanation was closed. */
  welcomeDismissed: boolean;
}

export const DEFAULT_PREFS: Readonly<StudyPrefs> = Object.freeze({ suspended: [], flagged: [], matchBest: {}, welcomeDismissed: false });

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
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return { suspended: idList(v.suspended), flagged: idList(v.flagged), matchBest: bestTimes(v.matchBest), welcomeDismissed: v.welcomeDismissed === true };
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
