/**
 * Backup files: everything the student has (settings, cards, orphaned cards, logs, quiz history, class
 * results, study preferences) in one JSON document, and a strict reader that explains in plain French
 * why a file cannot be restored. Quiz history, class results and preferences are optional (older
 * backups lack them) and are validated by the store when merged.
 */
import * as v from "valibot"; // not zod: this runs in the browser, and valibot ships only the checks used
import { decodeCardMap, decodeLog, encodeCardMap, encodeLog, encodedCardMapSchema, encodedLogSchema } from "./codec";
import { restoreSettings, type StudySettings } from "./settings";
import { toMs, type CardMap, type Now, type ReviewLogEntry } from "./types";

export const BACKUP_APP = "kazakhstan-onu-revision";
export const BACKUP_FORMAT = 1;

export interface Backup {
  app: typeof BACKUP_APP;
  format: number;
  appVersion: string;
  /** ISO date of the export. */
  exportedAt: string;
  settings: StudySettings;
  cards: CardMap;
  orphaned: CardMap;
  logs: ReviewLogEntry[];
  /** Quiz history entries as stored (validated item by item on import). */
  quizHistory: unknown[];
  /** Class results as stored (validated item by item on import). */
  classResults: unknown[];
  /** Study preferences (suspended, flagged, Match times, test dates) as stored; null in older backups. */
  prefs: unknown;
}

export type BackupParseResult =
  | { ok: true; backup: Backup; preview: { cards: number; logs: number } }
  | { ok: false; message: string };

export const BACKUP_MESSAGES = {
  empty: "Le fichier est vide.",
  notJson: "Fichier JSON illisible.",
  notBackup: "Ce fichier n’est pas une sauvegarde de l’application.",
  newer: "Sauvegarde d’une version plus récente de l’application. Mets l’application à jour puis réessaie.",
  damaged: "Cette sauvegarde est abîmée ou incomplète : elle ne peut pas être restaurée.",
} as const;

const backupFileSchema = v.object({
  app: v.literal(BACKUP_APP),
  format: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  appVersion: v.string(),
  exportedAt: v.string(),
  settings: v.unknown(),
  cards: encodedCardMapSchema,
  orphaned: v.optional(encodedCardMapSchema, {}),
  logs: v.array(encodedLogSchema),
  quizHistory: v.optional(v.array(v.unknown()), () => []),
  classResults: v.optional(v.array(v.unknown()), () => []),
  prefs: v.optional(v.unknown(), null),
});

/**
 * Serialises a backup (compact card and log tuples, as in storage).
 *
 * @example
 * const text = createBackupJson({ settings, cards, orphaned, logs }, { appVersion: "0.1.0", now });
 */
export function createBackupJson(
  data: { settings: StudySettings; cards: CardMap; orphaned: CardMap; logs: readonly ReviewLogEntry[]; quizHistory?: readonly unknown[]; classResults?: readonly unknown[]; prefs?: unknown },
  { appVersion, now }: { appVersion: string; now: Now },
): string {
  return JSON.stringify({
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    appVersion,
    exportedAt: new Date(toMs(now)).toISOString(),
    settings: data.settings,
    cards: encodeCardMap(data.cards),
    orphaned: encodeCardMap(data.orphaned),
    logs: data.logs.map(encodeLog),
    quizHistory: data.quizHistory ?? [],
    classResults: data.classResults ?? [],
    prefs: data.prefs ?? null,
  });
}

/**
 * Reads a backup file, refusing anything that is not a complete backup of this app.
 *
 * @example
 * const result = parseBackup(text);
 * if (!result.ok) alert(result.message); // "Fichier JSON illisible."
 */
export function parseBackup(text: string): BackupParseResult {
  if (text.trim() === "") return { ok: false, message: BACKUP_MESSAGES.empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: BACKUP_MESSAGES.notJson };
  }
  if (typeof raw !== "object" || raw === null || (raw as { app?: unknown }).app !== BACKUP_APP) {
    return { ok: false, message: BACKUP_MESSAGES.notBackup };
  }
  const format = (raw as { format?: unknown }).format;
  if (typeof format === "number" && format > BACKUP_FORMAT) return { ok: false, message: BACKUP_MESSAGES.newer };
  const parsed = v.safeParse(backupFileSchema, raw);
  if (!parsed.success) return { ok: false, message: BACKUP_MESSAGES.damaged };
  const file = parsed.output;
  const backup: Backup = {
    app: BACKUP_APP,
    format: file.format,
    appVersion: file.appVersion,
    exportedAt: file.exportedAt,
    settings: restoreSettings(file.settings),
    cards: decodeCardMap(file.cards),
    orphaned: decodeCardMap(file.orphaned),
    logs: file.logs.map(decodeLog).sort((a, b) => a.reviewTime - b.reviewTime),
    quizHistory: file.quizHistory,
    classResults: file.classResults,
    prefs: file.prefs ?? null,
  };
  return { ok: true, backup, preview: { cards: backup.cards.size, logs: backup.logs.length } };
}
