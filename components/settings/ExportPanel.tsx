"use client";
// Exports to other tools: an Anki package with the student's progress, the review history as the FSRS optimizer's CSV, the deck's notes as an Anki
// text file (stable guids, theme tags), and the cards as tab-separated text for Quizlet. Cards use the
// faces the app shows (typeset French). The code that writes each file loads when its button is pressed.
import type { Catalog } from "@/lib/content/catalog";
import AnkiPackageExport from "./AnkiPackageExport";
import { DAY_ROLLOVER_HOUR } from "@/lib/study/studyDay";
import { downloadText } from "../download";
import { plural } from "../stats/format";
import { studyStore, useStudy } from "../study/studyStore";
import { SECONDARY } from "./buttons";

export default function ExportPanel({ catalog }: { catalog: Catalog }) {
  const logCount = useStudy((s) => s.logs.length);
  const cardCount = catalog.flashcards.length;

  // The optimizer must count days as the app does: in this time zone, from 04:00.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function exportCsv() {
    const { logsToFsrsCsv } = await import("@/lib/study/exports");
    downloadText("revisions-historique-fsrs.csv", logsToFsrsCsv(studyStore().getState().logs, timeZone), "text/csv");
  }

  async function exportAnkiText() {
    const [{ ankiNotes }, { notesToAnkiText }] = await Promise.all([import("@/lib/study/ankiNotes"), import("@/lib/study/ankiText")]);
    downloadText("revisions-cartes-anki.txt", notesToAnkiText(ankiNotes(catalog)), "text/plain");
  }

  async function exportQuizlet() {
    const { cardsToTsv } = await import("@/lib/study/exports");
    downloadText("revisions-cartes-quizlet.txt", cardsToTsv(catalog.flashcards), "text/plain");
  }

  return (
    <div className="space-y-4">
      <AnkiPackageExport catalog={catalog} />
      <div className="space-y-2">
        <h3 className="font-medium">Historique des révisions</h3>
        <p className="text-sm text-muted">
          Un fichier CSV de tes {plural(logCount, "révision")}, au format de l’optimiseur FSRS, pour calculer des paramètres
          adaptés à ta mémoire. Donne à l’optimiseur le fuseau horaire <span data-testid="csv-timezone">{timeZone}</span> et
          le début de journée à {DAY_ROLLOVER_HOUR}&nbsp;h (colonnes <code>timezone</code> et <code>next_day_starts_at</code>{" "}
          du fichier)&nbsp;: c’est ainsi que l’application compte les jours.
        </p>
        <button type="button" className={SECONDARY} onClick={() => void exportCsv()}>
          Exporter l’historique (CSV)
        </button>
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Cartes</h3>
        <p className="text-sm text-muted">
          Les {cardCount} cartes du cours. Dans Anki&nbsp;: Fichier › Importer, puis choisis le fichier&nbsp;; le paquet, les
          étiquettes par thème et les colonnes sont déjà réglés, et importer à nouveau met les cartes à jour sans doublons. Dans
          Quizlet&nbsp;: Importer, puis colle le contenu du fichier (entre terme et définition&nbsp;: tabulation&nbsp;; entre les
          cartes&nbsp;: nouvelle ligne).
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={SECONDARY} onClick={() => void exportAnkiText()}>
            Cartes pour Anki
          </button>
          <button type="button" className={SECONDARY} onClick={() => void exportQuizlet()}>
            Cartes pour Quizlet
          </button>
        </div>
      </div>
    </div>
  );
}
