"use client";
// The settings screen, for a student: backup and restore first, then « Mon rythme » (cards a day),
// exports to other tools, persistent storage, reset, and last, closed, « Réglages avancés » (the
// success rate aimed at, learning steps, the FSRS parameters). Each block is its own component. The whole screen is prerendered
// (with the default settings); the form remounts with the saved ones once the store has read them,
// and the exports, which need the content, wait for it (below the fold on a phone: nothing above moves)
// and load their code with it.
import { useEffect, useState } from "react";
import { deferred } from "../deferred";
import StorageNotice from "../study/StorageNotice";
import { useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";
import BackupPanel from "./BackupPanel";
import FsrsParametersPanel from "./FsrsParametersPanel";
import ResetPanel from "./ResetPanel";
import Section from "../Section";
import SettingsForm from "./SettingsForm";
import StoragePersistence from "./StoragePersistence";

const loadExportPanel = () => import("./ExportPanel");
const ExportPanel = deferred(loadExportPanel);

export default function SettingsScreen() {
  useBootStudyStore();
  // Fetched alongside the content, not after it.
  useEffect(() => void loadExportPanel(), []);
  const catalog = useCatalog();
  const settings = useStudy((s) => s.settings);
  const hasProgress = useStudy((s) => s.logs.length > 0);
  const [saved, setSaved] = useState("");

  // Each form says what it saved under itself.
  const [savedBy, setSavedBy] = useState<"rhythm" | "advanced">("rhythm");
  const savedFrom = (part: "rhythm" | "advanced") => (message: string) => {
    setSaved(message);
    setSavedBy(part);
  };
  const status = (part: "rhythm" | "advanced") => (
    <p role="status" className="min-h-6 font-medium text-good" data-testid={part === "rhythm" ? "settings-status" : "settings-status-advanced"}>
      {savedBy === part ? saved : ""}
    </p>
  );
  const loading = (
    <p role="status" className="text-muted">
      Chargement…
    </p>
  );

  return (
    <div className="space-y-4">
      <StorageNotice />
      <Section id="backup" title="Sauvegarde">
        <BackupPanel flashcards={catalog?.flashcards ?? null} />
      </Section>
      <Section id="rhythm" title="Mon rythme">
        {/* Remounted when the saved settings change (save, restore, another tab), so it shows them. */}
        <SettingsForm key={JSON.stringify(settings)} settings={settings} part="rhythm" onSaved={savedFrom("rhythm")} />
        {status("rhythm")}
      </Section>
      <Section id="exports" title="Exporter vers d’autres outils">
        {catalog ? <ExportPanel catalog={catalog} /> : loading}
      </Section>
      <Section id="storage" title="Stockage sur cet appareil">
        <StoragePersistence hasProgress={hasProgress} />
      </Section>
      <Section id="reset" title="Repartir de zéro">
        <ResetPanel flashcards={catalog?.flashcards ?? null} />
      </Section>
      <details className="group space-y-3 rounded-2xl border border-line bg-surface p-4" data-testid="advanced-settings">
        <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">Réglages avancés</summary>
        <p className="text-sm text-muted">Pour qui connaît la répétition espacée (FSRS, Anki)&nbsp;: les valeurs par défaut conviennent à presque tout le monde.</p>
        <SettingsForm key={`advanced-${JSON.stringify(settings)}`} settings={settings} part="advanced" onSaved={savedFrom("advanced")} />
        {status("advanced")}
        <h3 className="pt-2 font-semibold">Paramètres FSRS</h3>
        <FsrsParametersPanel parameters={settings.fsrsParameters} />
      </details>
    </div>
  );
}
