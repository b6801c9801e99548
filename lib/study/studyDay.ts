/**
 * The study day: like Anki, a day of study starts at 04:00 local time, so a late-evening session
 * after midnight still counts for the evening's day. Local time is the runtime's time zone.
 */
import { toMs, type Now } from "./types";

/** Hour (local time) at which a new study day begins. */
export const DAY_ROLLOVER_HOUR = 4;

/**
 * Start (epoch ms) of the study day containing `now`.
 *
 * @example
 * // TZ=Europe/Paris: 2025-03-10 02:30 belongs to the study day of 9 March
 * studyDayStart(new Date(2025, 2, 10, 2, 30)); // new Date(2025, 2, 9, 4).getTime()
 */
export function studyDayStart(now: Now): number {
  const d = new Date(toMs(now));
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), DAY_ROLLOVER_HOUR);
  if (start.getTime() > d.getTime()) return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, DAY_ROLLOVER_HOUR).getTime();
  return start.getTime();
}

/**
 * Start of the study day `offset` days after the one containing `now` (DST-safe: built from the calendar date).
 *
 * @example
 * nextStudyDayStart(new Date(2025, 2, 9, 23)); // new Date(2025, 2, 10, 4).getTime()
 */
export function studyDayStartOffset(now: Now, offset: number): number {
  const s = new Date(studyDayStart(now));
  return new Date(s.getFullYear(), s.getMonth(), s.getDate() + offset, DAY_ROLLOVER_HOUR).getTime();
}

/** Start of the next study day. */
export function nextStudyDayStart(now: Now): number {
  return studyDayStartOffset(now, 1);
}

/**
 * Calendar date ("YYYY-MM-DD") of the study day containing `now`.
 *
 * @example
 * studyDayKey(new Date(2025, 2, 10, 2, 30)); // "2025-03-09"
 */
export function studyDayKey(now: Now): string {
  const s = new Date(studyDayStart(now));
  const mm = String(s.getMonth() + 1).padStart(2, "0");
  const dd = String(s.getDate()).padStart(2, "0");
  return `${s.getFullYear()}-${mm}-${dd}`;
}

/**
 * Whole study days from the day of `from` to the day of `to` (0 if the same day).
 *
 * @example
 * studyDaysBetween(new Date(2025, 2, 9, 23), new Date(2025, 2, 10, 3)); // 0
 */
export function studyDaysBetween(from: Now, to: Now): number {
  const a = new Date(studyDayStart(from));
  const b = new Date(studyDayStart(to));
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}
