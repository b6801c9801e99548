"use client";
// What every screen shows when it fails while rendering: a plain French message, a reload, and a
// backup export (loaded on demand, so this screen stays light and works even if the store is what failed).
import { useState } from "react";
import { PRIMARY, SECONDARY } from "../settings/buttons";

export default function ErrorScreen({ onRetry }: { onRetry?: () => void }) {
  const [exportFailed, setExportFailed] = useState(false);

  async function exportBackup() {
    try {
      const { exportBackupFile } = await import("../study/exportBackup");
      exportBackupFile();
    } catch {
      setExportFailed(true);
    }
  }

  return (
    <div role="alert" data-testid="error-screen" className="space-y-4 rounded-2xl bg-surface p-4">
      <h1 className="text-2xl font-bold">Oups, cet écran n’a pas pu s’afficher</h1>
      <p>
        Tes révisions enregistrées ne sont pas effacées. Recharge la page&nbsp;; si le problème revient, exporte une sauvegarde
        et montre-la à ton enseignant.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY}
          onClick={() => {
            onRetry?.();
            window.location.reload();
          }}
        >
          Recharger la page
        </button>
        <button type="button" className={SECONDARY} onClick={exportBackup}>
          Exporter une sauvegarde
        </button>
      </div>
      {exportFailed && <p className="text-sm font-medium text-bad">La sauvegarde n’a pas pu être créée. Recharge la page puis réessaie depuis les Réglages.</p>}
    </div>
  );
}
