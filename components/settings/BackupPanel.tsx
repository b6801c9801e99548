"use client";
// Backup and restore: export everything as one JSON file; import one after a preview ("N cartes,
// M révisions") and an explicit confirmation. A file that is not a valid backup changes nothing and
// the reason is given in French.
import { useId, useState, type ChangeEvent } from "react";
import { parseBackup, type Backup } from "@/lib/study/backup";
import type { Flashcard } from "@/lib/study/types";
import { plural } from "../stats/format";
import { exportBackupFile } from "../study/exportBackup";
import { schedulerReady, studyStore } from "../study/studyStore";
import AsidePanel from "./AsidePanel";
import { PRIMARY, SECONDARY } from "./buttons";
import { formatSpace } from "./formatSpace";

/** Far above any real backup (a log takes about 40 bytes); refuses a wrong file before reading it. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const EXPORT_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric" });

type ImportState =
  | { step: "idle" }
  | { step: "error"; message: string }
  | { step: "preview"; fileName: string; backup: Backup; cards: number; logs: number }
  | { step: "done"; message: string };

function exportedOn(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? "" : ` du ${EXPORT_DATE.format(at)}`;
}

/** `flashcards`: the content's cards, `null` until loaded (the store syncs them itself when they arrive). */
export default function BackupPanel({ flashcards }: { flashcards: readonly Flashcard[] | null }) {
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: "idle" });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after a cancel or an error) reads it again.
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: "error", message: "Ce fichier est bien trop gros pour être une sauvegarde de l’application." });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: "error", message: "Impossible de lire ce fichier. Réessaie ou choisis-en un autre." });
      return;
    }
    const result = parseBackup(text);
    if (!result.ok) {
      setState({ step: "error", message: result.message });
      return;
    }
    // Importing rebuilds cards from their reviews: the scheduler is there before the student confirms.
    try {
      await schedulerReady();
    } catch {
      setState({ step: "error", message: "Le calcul des révisions n’a pas pu être chargé (hors connexion ?). Reconnecte-toi puis réessaie : rien n’a été modifié." });
      return;
    }
    setState({ step: "preview", fileName: file.name, backup: result.backup, ...result.preview });
  }

  function confirmImport() {
    if (state.step !== "preview") return;
    const now = Date.now();
    const store = studyStore().getState();
    const added = store.importBackup(state.backup, now);
    if (!added.ok) {
      setState({
        step: "error",
        message: `Pas assez de place sur cet appareil pour cette sauvegarde : elle a besoin d’environ ${formatSpace(added.neededChars)}, il en manque ${formatSpace(added.missingChars)}. Libère de la place (copies mises de côté ci-dessous, autres sites du navigateur) puis réessaie.`,
      });
      return;
    }
    // Cards of facts no longer in the content move aside, as on every start.
    if (flashcards) store.syncCards(flashcards, now);
    setState({
      step: "done",
      message: `Sauvegarde restaurée\u00a0: ${plural(added.cards, "carte mise", "cartes mises")} à jour, ${plural(added.logs, "révision ajoutée", "révisions ajoutées")}.`,
    });
  }

  function cancel() {
    setState({ step: "idle" });
  }

  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="text-sm text-muted">
          Un fichier avec toutes tes cartes, tes révisions et tes réglages&nbsp;: garde-le pour changer d’appareil ou en cas de
          problème.
        </p>
        <button type="button" className={PRIMARY} onClick={exportBackupFile}>
          Exporter une sauvegarde
        </button>
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Restaurer une sauvegarde (fichier .json)</h3>
        {/* The native file input is visually hidden: its button text follows the browser's language,
            not the page's. The label is the visible button and keeps the input's accessible name. */}
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={choose}
          data-testid="backup-file"
          className="peer sr-only"
        />
        <label
          htmlFor={inputId}
          className={`${SECONDARY} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand`}
        >
          Choisir une sauvegarde…
        </label>
        {state.step === "error" && (
          <div role="alert" className="rounded-xl border-2 border-bad p-3 text-sm" data-testid="backup-error">
            <p className="font-semibold text-bad">{state.message}</p>
            <p>Rien n’a été modifié.</p>
          </div>
        )}
        {state.step === "preview" && (
          <div className="space-y-2 rounded-xl bg-bg p-3" data-testid="backup-preview">
            <p role="status">
              Sauvegarde{exportedOn(state.backup.exportedAt)}&nbsp;:{" "}
              <strong>
                {plural(state.cards, "carte")}, {plural(state.logs, "révision")}
              </strong>
              .
            </p>
            <p className="text-sm text-muted">
              Tes cartes et tes révisions sont fusionnées avec celles de la sauvegarde&nbsp;: pour chaque carte, la progression la
              plus récente est gardée et aucune révision n’est perdue. Les réglages de la sauvegarde remplacent les tiens.
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={PRIMARY} onClick={confirmImport}>
                Restaurer cette sauvegarde
              </button>
              <button type="button" className={SECONDARY} onClick={cancel}>
                Annuler
              </button>
            </div>
          </div>
        )}
        {state.step === "done" && (
          <p role="status" className="font-medium text-good" data-testid="backup-done">
            {state.message}
          </p>
        )}
      </div>
      <AsidePanel />
    </div>
  );
}
