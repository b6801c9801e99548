/**
 * Study settings (desired retention, daily limits, learning steps, the student's own FSRS
 * parameters) with their defaults and a zod
 * schema, so settings read from storage or a backup are validated and laid over the defaults.
 */
import * as z from "zod/mini"; // not classic "zod": this runs in the browser, and zod/mini tree-shakes

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

const stepSchema = z.pipe(
  z.string().check(z.regex(STEP)),
  z.transform((s: string) => s as Step),
);
const stepsSchema = z.array(stepSchema).check(z.maxLength(10));

/** Validates settings; each missing or invalid field falls back to its default. */
export const settingsSchema = z.object({
  desiredRetention: z.catch(z.number().check(z.gte(MIN_RETENTION), z.lte(MAX_RETENTION)), DEFAULT_SETTINGS.desiredRetention),
  newPerDay: z.catch(z.int().check(z.gte(0), z.lte(9999)), DEFAULT_SETTINGS.newPerDay),
  maxReviewsPerDay: z.catch(z.int().check(z.gte(0), z.lte(99999)), DEFAULT_SETTINGS.maxReviewsPerDay),
  learningSteps: z.catch(stepsSchema, [...DEFAULT_SETTINGS.learningSteps]),
  relearningSteps: z.catch(stepsSchema, [...DEFAULT_SETTINGS.relearningSteps]),
  fsrsParameters: z.catch(z.nullable(z.array(z.number()).check(z.length(FSRS_PARAMETER_COUNT))), null),
});

/**
 * Lays a partial or unknown settings value over the defaults, keeping only valid fields.
 *
 * @example
 * restoreSettings({ desiredRetention: 0.85, newPerDay: "x" }); // { desiredRetention: 0.85, newPerDay: 15, ... }
 */
export function restoreSettings(value: unknown): StudySettings {
  const base = typeof value === "object" && value !== null ? value : {};
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...base });
}
