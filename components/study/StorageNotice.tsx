"use client";
// Tells the student plainly when saved data could not be read or written, and lets them export
// the unreadable data kept aside (nothing is overwritten).
import { downloadText } from "../download";
import { studyStore, useStudy } from "./studyStore";

export default function StorageNotice() {
  const issue = useStudy((s) => s.storageIssue);
  const aside = useStudy((s) => s.asideData);
  if (!issue) return null;
  return (
    <div role="alert" data-testid="storage-issue" className="space-y-2 rounded-2xl bg-warn-bg p-4 text-warn-ink">
      <p className="font-semibold">Problème d’enregistrement</p>
      <p className="text-sm">{issue.message}</p>
      <div className="flex flex-wrap gap-2">
        {aside.length > 0 && (
          <button
            type="button"
            className="min-h-11 rounded-lg bg-surface px-4 font-medium text-ink"
            onClick={() => downloadText("donnees-mises-de-cote.json", JSON.stringify(aside, null, 2))}
          >
            Exporter les données mises de côté
          </button>
        )}
        {issue.kind === "future" && (
          <button type="button" className="min-h-11 rounded-lg bg-surface px-4 font-medium text-ink" onClick={() => window.location.reload()}>
            Recharger la page
          </button>
        )}
        <button type="button" className="min-h-11 rounded-lg border border-current px-4 font-medium" onClick={() => studyStore().getState().dismissStorageIssue()}>
          J’ai compris
        </button>
      </div>
    </div>
  );
}
