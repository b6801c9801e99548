/**
 * Study settings (desired retention, daily limits, learning steps, the student's own FSRS
 * parameters) with their defaults and a valibot
 * schema, so settings read from storage or a backup are validated and laid over the defaults.
 */
import * as v from "valibot"; // not zod: this runs in the browser, and valibot ships only the checks used

const STEP = /^\d+(?:\.\d+)?[mhd]$/;
/** A learning step such as "1m", "10m", "1h" or "1d". */
export type Step = `${number}${"m" | "h" | "d"}`;

export interface StudySettings {
  /** Probability of recall the scheduler aims for, 0.70–0.99. */
  desiredRetention: number;
  /** New cards introduced per study day. */
  newPerDay: number;
  /** Reviews per study day at most (new cards count towards it). */
  maxReviewsPerDay: number;
  learningSteps: Step[];
  relearningSteps: Step[];
  /** The student's own 21 FSRS-6 parameters (from the optimizer), or null for the defaults. */
  fsrsParameters: number[] | null;
}

/** FSRS-6 has 21 parameters (w0 … w20). */
export const FSRS_PARAMETER_COUNT = 21;

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;

export const DEFAULT_SETTINGS: Readonly<StudySettings> = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 15,
  maxReviewsPerDay: 200,
  learningSteps: ["1m", "10m"] as Step[],
  relearningSteps: ["10m"] as Step[],
  fsrsParameters: null,
});

const stepSchema = v.pipe(
  v.string(),
  v.regex(STEP),
  v.transform((s: string) => s as Step),
);
const stepsSchema = v.pipe(v.array(stepSchema), v.maxLength(10));
const integerIn = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));

/** Validates settings; each missing or invalid field falls back to its default. */
export const settingsSchema = v.object({
  desiredRetention: v.fallback(v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)), DEFAULT_SETTINGS.desiredRetention),
  newPerDay: v.fallback(integerIn(9999), DEFAULT_SETTINGS.newPerDay),
  maxReviewsPerDay: v.fallback(integerIn(99999), DEFAULT_SETTINGS.maxReviewsPerDay),
  learningSteps: v.fallback(stepsSchema, () => [...DEFAULT_SETTINGS.learningSteps]),
  relearningSteps: v.fallback(stepsSchema, () => [...DEFAULT_SETTINGS.relearningSteps]),
  fsrsParameters: v.fallback(v.nullable(v.pipe(v.array(v.pipe(v.number(), v.finite())), v.length(FSRS_PARAMETER_COUNT))), null),
});

/**
 * Lays a partial or unknown settings value over the defaults, keeping only valid fields.
 *
 * @example
 * restoreSettings({ desiredRetention: 0.85, newPerDay: "x" }); // { desiredRetention: 0.85, newPerDay: 15, ... }
 */
export function restoreSettings(value: unknown): StudySettings {
  const base = typeof value === "object" && value !== null ? value : {};
  return v.parse(settingsSchema, { ...DEFAULT_SETTINGS, ...base });
}
