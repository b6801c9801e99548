"use client";
// Exports to other tools: the review history as the FSRS optimizer's CSV, and the deck's cards as
// tab-separated text that Anki and Quizlet import. Cards use the faces the app shows (typeset French).
import type { Flashcard } from "@/lib/generate/types";
import { cardsToTsv, logsToFsrsCsv } from "@/lib/study/exports";
import { downloadText } from "../download";
import { plural } from "../stats/format";
import { studyStore, useStudy } from "../study/studyStore";
import { SECONDARY } from "./buttons";

export default function ExportPanel({ flashcards }: { flashcards: readonly Flashcard[] }) {
  const logCount = useStudy((s) => s.logs.length);

  function exportCsv() {
    downloadText("revisions-historique-fsrs.csv", logsToFsrsCsv(studyStore().getState().logs), "text/csv");
  }

  function exportCards(tool: "anki" | "quizlet") {
    // Anki reads <br> as a line break; Quizlet takes the text as is.
    const tsv = cardsToTsv(flashcards, tool === "quizlet" ? { newline: " / " } : {});
    downloadText(`revisions-cartes-${tool}.txt`, tsv, "text/plain");
  }

  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h3 className="font-medium">Historique des révisions</h3>
        <p className="text-sm text-muted">
          Un fichier CSV de tes {plural(logCount, "révision")}, au format de l’optimiseur FSRS, pour calculer des paramètres
          adaptés à ta mémoire.
        </p>
        <button type="button" className={SECONDARY} onClick={exportCsv}>
          Exporter l’historique (CSV)
        </button>
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Cartes</h3>
        <p className="text-sm text-muted">
          Les {flashcards.length} cartes du cours, une par ligne, question et réponse séparées par une tabulation. Dans Anki :
          Fichier › Importer. Dans Quizlet&nbsp;: Importer, puis colle le contenu du fichier (entre terme et définition&nbsp;:
          tabulation ; entre les cartes&nbsp;: nouvelle ligne).
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={SECONDARY} onClick={() => exportCards("anki")}>
            Cartes pour Anki
          </button>
          <button type="button" className={SECONDARY} onClick={() => exportCards("quizlet")}>
            Cartes pour Quizlet
          </button>
        </div>
      </div>
    </div>
  );
}
