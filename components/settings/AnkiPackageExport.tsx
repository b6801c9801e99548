"use client";
// The Anki package (.apkg) with the student's progress. sql.js (SQLite in WebAssembly), fflate and
// the package writer load only when the student asks for the file; the 700 KB WebAssembly file is not
// precached by the service worker but cached the first time, so offline before that we say so.
import { useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { downloadBytes } from "../download";
import { studyStore } from "../study/studyStore";
import { SECONDARY } from "./buttons";

/** Where scripts/copy-sqljs-wasm.mjs puts sql.js's WebAssembly build. */
const SQL_WASM_URL = "/anki/sql-wasm.wasm";

const OFFLINE_FIRST_TIME =
  "Pour créer le paquet Anki, l’application doit télécharger une fois un composant (environ 700 Ko). Tu es hors ligne : reconnecte-toi puis réessaie. Ensuite, cela marchera aussi hors ligne.";
const COMPONENT_FAILED = "Le paquet Anki n’a pas pu être créé. Recharge la page puis réessaie ; ta progression n’a pas changé.";

type Status = { kind: "idle" } | { kind: "working" } | { kind: "done"; cards: number; reviews: number } | { kind: "error"; message: string };

export default function AnkiPackageExport({ catalog }: { catalog: Catalog }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function exportPackage() {
    setStatus({ kind: "working" });
    // Fetched here, not by sql.js: sql.js keeps a failed start for the whole page, so a first try
    // offline would block every later one.
    let wasmBinary: ArrayBuffer;
    try {
      const response = await fetch(SQL_WASM_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      wasmBinary = await response.arrayBuffer();
    } catch {
      setStatus({ kind: "error", message: navigator.onLine ? COMPONENT_FAILED : OFFLINE_FIRST_TIME });
      return;
    }
    try {
      const [{ default: initSqlJs }, { buildAnkiPackage }, { ankiNotes }] = await Promise.all([import("sql.js"), import("@/lib/study/ankiPackage"), import("@/lib/study/ankiNotes")]);
      const SQL = await initSqlJs({ wasmBinary });
      const { cards, logs, settings } = studyStore().getState();
      const bytes = await buildAnkiPackage(SQL, { notes: ankiNotes(catalog), cards, logs, settings, now: Date.now() });
      downloadBytes("revisions-anki.apkg", bytes as Uint8Array<ArrayBuffer>, "application/octet-stream");
      setStatus({ kind: "done", cards: catalog.flashcards.length, reviews: logs.length });
    } catch {
      setStatus({ kind: "error", message: COMPONENT_FAILED });
    }
  }

  return (
    <div className="space-y-2">
      <h3 className="font-medium">Continuer dans Anki</h3>
      <p className="text-sm text-muted">
        Un paquet Anki (.apkg) avec les cartes, ta progression (échéances, intervalles, mémoire FSRS) et ton historique de
        révisions. Dans Anki&nbsp;: Fichier › Importer, puis coche « Importer la planification » et « Importer les préréglages
        » pour garder tes réglages et tes paramètres FSRS. Active FSRS dans les options du paquet.
      </p>
      <button type="button" className={SECONDARY} onClick={exportPackage} disabled={status.kind === "working"}>
        {status.kind === "working" ? "Préparation du paquet…" : "Paquet Anki avec ma progression (.apkg)"}
      </button>
      <p role="status" className="min-h-6 text-sm font-medium text-good" data-testid="apkg-status">
        {status.kind === "done" ? `Paquet prêt : ${status.cards} cartes, ${status.reviews} révisions.` : ""}
      </p>
      {status.kind === "error" && (
        <p role="alert" className="text-sm font-medium text-bad" data-testid="apkg-error">
          {status.message}
        </p>
      )}
    </div>
  );
}
