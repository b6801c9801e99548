// Reading the settings form as a French student types it: "90 %" (or 0,90), steps such as
// "1 min 10 min" (or "1m", "1 h", "1 j"), each field with a message in French saying what is expected.
// Saved values are shown in French units too: "90 %", "1 min 10 min", "1 j".
import { MAX_RETENTION, MIN_RETENTION, type Step, type StudySettings } from "@/lib/study/settings";

export interface SettingsDraft {
  desiredRetention: string;
  newPerDay: string;
  maxReviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
}

export type SettingsErrors = Partial<Record<keyof SettingsDraft, string>>;

/** What the form edits: everything but the FSRS parameters, which have their own panel. */
export type FormSettings = Omit<StudySettings, "fsrsParameters">;

export const MAX_NEW_PER_DAY = 9999;
export const MAX_REVIEWS_PER_DAY = 99999;
export const MAX_STEPS = 10;

const PERCENT = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** 0.9 → "90 %" (0.925 → "92,5 %") */
export function formatRetention(value: number): string {
  return `${PERCENT.format(value * 100)}\u00a0%`;
}

const UNIT_FR: Record<string, string> = { m: "min", h: "h", d: "j" };

/** ["1m", "10m", "1d"] → "1 min 10 min 1 j" */
export function formatSteps(steps: readonly Step[]): string {
  return steps.map((s) => `${s.slice(0, -1).replace(".", ",")} ${UNIT_FR[s.slice(-1)]}`).join(" ");
}

/** The form's text for saved settings. */
export function draftOf(settings: FormSettings): SettingsDraft {
  return {
    desiredRetention: formatRetention(settings.desiredRetention),
    newPerDay: String(settings.newPerDay),
    maxReviewsPerDay: String(settings.maxReviewsPerDay),
    learningSteps: formatSteps(settings.learningSteps),
    relearningSteps: formatSteps(settings.relearningSteps),
  };
}

/** "90 %", "90", "0,9" or "0.90" → 0.9; null when not a number. */
function parseRetention(text: string): number | null {
  const t = text.trim().replace(/\s/g, "").replace(",", ".");
  const match = t.match(/^(\d+(?:\.\d+)?)(%?)$/);
  if (!match) return null;
  const n = Number(match[1]);
  return match[2] || n > 1 ? n / 100 : n;
}

function parseCount(text: string, max: number): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n <= max ? n : null;
}

const STEP_TEXT = /^(\d+(?:[.,]\d+)?)\s*(min|m|h|d|j)(?![a-z])[\s,;]*/;

/** "1 min 10 min", "1m, 10m" or "1 j" → ["1m", "10m"] / ["1d"]; null when a step is not a duration. */
function parseSteps(text: string): Step[] | null {
  let rest = text.trim().toLowerCase().replace(/\u00a0/g, " ");
  const steps: Step[] = [];
  while (rest) {
    const match = rest.match(STEP_TEXT);
    if (!match || steps.length >= MAX_STEPS) return null;
    const amount = Number(match[1].replace(",", "."));
    if (!(amount > 0)) return null;
    const unit = match[2] === "min" ? "m" : match[2] === "j" ? "d" : match[2];
    steps.push(`${amount}${unit}` as Step);
    rest = rest.slice(match[0].length);
  }
  return steps;
}

const STEPS_MESSAGE = `Écris au plus ${MAX_STEPS} durées séparées par des espaces, comme « 1 min 10 min » (min\u00a0: minutes, h\u00a0: heures, j\u00a0: jours).`;

/**
 * Validates the form; returns the settings to save, or a French message per wrong field.
 *
 * @example
 * readDraft({ ...draft, desiredRetention: "0,5" }); // { ok: false, errors: { desiredRetention: "Choisis…" } }
 */
export function readDraft(draft: SettingsDraft): { ok: true; settings: FormSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const retention = parseRetention(draft.desiredRetention);
  if (retention === null || retention < MIN_RETENTION || retention > MAX_RETENTION) {
    errors.desiredRetention = `Choisis un taux entre ${formatRetention(MIN_RETENTION)} et ${formatRetention(MAX_RETENTION)}, par exemple 90\u00a0%.`;
  }
  const newPerDay = parseCount(draft.newPerDay, MAX_NEW_PER_DAY);
  if (newPerDay === null) errors.newPerDay = `Indique un nombre entier de 0 à ${MAX_NEW_PER_DAY}.`;
  const maxReviewsPerDay = parseCount(draft.maxReviewsPerDay, MAX_REVIEWS_PER_DAY);
  if (maxReviewsPerDay === null) errors.maxReviewsPerDay = `Indique un nombre entier de 0 à ${MAX_REVIEWS_PER_DAY}.`;
  const learningSteps = parseSteps(draft.learningSteps);
  if (learningSteps === null) errors.learningSteps = STEPS_MESSAGE;
  const relearningSteps = parseSteps(draft.relearningSteps);
  if (relearningSteps === null) errors.relearningSteps = STEPS_MESSAGE;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      desiredRetention: retention!,
      newPerDay: newPerDay!,
      maxReviewsPerDay: maxReviewsPerDay!,
      learningSteps: learningSteps!,
      relearningSteps: relearningSteps!,
    },
  };
}
