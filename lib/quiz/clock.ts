/**
 * A quiz's time, pure: the seconds left before its limit, and durations and countdowns as people read
 * them. Apart from `session.ts` so that screens showing a duration do not load the question generator.
 */
/**
 * Whole seconds left before the time limit, never negative; `null` without a limit.
 *
 * @example
 * remainingSeconds(600, 0, 61_500); // 539
 */
export function remainingSeconds(limitSec: number, startedAtMs: number, nowMs: number): number | null {
  if (limitSec <= 0) return null;
  return Math.max(0, Math.ceil(limitSec - (nowMs - startedAtMs) / 1000));
}

/**
 * A duration for people: "45 s", "3 min 05 s", "1 h 02 min".
 *
 * @example
 * formatDuration(185); // "3 min 05 s"
 */
export function formatDuration(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  if (sec < 60) return `${sec} s`;
  const hours = Math.floor(sec / 3600);
  const minutes = Math.floor((sec % 3600) / 60);
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  return `${minutes} min ${String(sec % 60).padStart(2, "0")} s`;
}

/**
 * A countdown as a clock: "9:05", "0:07".
 *
 * @example
 * formatClock(545); // "9:05"
 */
export function formatClock(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`;
}
