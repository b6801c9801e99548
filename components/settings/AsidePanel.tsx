"use client";
// The copies of unreadable data the app kept aside (never overwritten, once per distinct content):
// listed with their date and size, each can be exported (to show a teacher) or deleted to free space.
import { useReducer } from "react";
import { downloadText } from "../download";
import { studyStore, useStudy } from "../study/studyStore";
import { DANGER, SECONDARY } from "./buttons";
import { formatSpace } from "./formatSpace";

const WHEN = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

export default function AsidePanel() {
  // The list lives in storage: re-read it on each render, which a new copy (asideData) or a deletion causes.
  useStudy((s) => s.asideData);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const copies = studyStore().asideCopies();
  if (copies.length === 0) return null;

  function exportCopy(asideKey: string, at: number) {
    const raw = studyStore().readAside(asideKey);
    if (raw !== null) downloadText(`donnees-mises-de-cote-${at}.json`, raw);
  }

  function remove(asideKey: string) {
    studyStore().removeAside(asideKey);
    refresh();
  }

  return (
    <div className="space-y-2" data-testid="aside-copies">
      <h3 className="font-medium">Données mises de côté</h3>
      <p className="text-sm text-muted">
        Des données illisibles trouvées sur cet appareil, gardées telles quelles. Exporte-les pour les montrer à ton enseignant, ou
        supprime-les pour libérer de la place&nbsp;: tes révisions lisibles n’en dépendent pas.
      </p>
      <ul className="space-y-2">
        {copies.map((copy) => (
          <li key={copy.asideKey} className="space-y-2 rounded-xl bg-bg p-3">
            <p className="text-sm">
              {WHEN.format(copy.at)} · {formatSpace(copy.chars)}
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={SECONDARY} onClick={() => exportCopy(copy.asideKey, copy.at)} aria-label={`Exporter la copie du ${WHEN.format(copy.at)}`}>
                Exporter
              </button>
              <button type="button" className={DANGER} onClick={() => remove(copy.asideKey)} aria-label={`Supprimer la copie du ${WHEN.format(copy.at)}`}>
                Supprimer
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
