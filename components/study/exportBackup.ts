// Downloads a full backup of the study store (Réglages, the error screen, the storage notice).
import { createBackupJson } from "@/lib/study/backup";
import { downloadText } from "../download";
import { hydrateStudyStore } from "./studyStore";

/** package.json's version, inlined by next.config.mjs (`env`). */
const APP_VERSION = process.env.APP_VERSION ?? "dev";

/** "2025-03-06" in local time, for file names. */
function dayStamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Saves everything the student has as `revisions-sauvegarde-<date>.json`. */
export function exportBackupFile(): void {
  const now = Date.now();
  const { settings, cards, orphaned, logs, quizHistory, classResults, prefs } = hydrateStudyStore().getState();
  const json = createBackupJson({ settings, cards, orphaned, logs, quizHistory, classResults, prefs }, { appVersion: APP_VERSION, now });
  downloadText(`revisions-sauvegarde-${dayStamp(now)}.json`, json);
}
