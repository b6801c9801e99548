"use client";
// The settings screen: storage notice, FSRS settings, backup and restore, exports to other tools,
// persistent storage and reset. Each block is its own component. The whole screen is prerendered
// (with the default settings); the form remounts with the saved ones once the store has read them,
// and the blocks that need the content wait for it.
import { useState } from "react";
import StorageNotice from "../study/StorageNotice";
import { useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";
import BackupPanel from "./BackupPanel";
import ExportPanel from "./ExportPanel";
import FsrsParametersPanel from "./FsrsParametersPanel";
import ResetPanel from "./ResetPanel";
import Section from "../Section";
import SettingsForm from "./SettingsForm";
import StoragePersistence from "./StoragePersistence";

export default function SettingsScreen() {
  useBootStudyStore();
  const catalog = useCatalog();
  const settings = useStudy((s) => s.settings);
  const hasProgress = useStudy((s) => s.logs.length > 0);
  const [saved, setSaved] = useState("");

  const loading = (
    <p role="status" className="text-muted">
      Chargement…
    </p>
  );

  return (
    <div className="space-y-4">
      <StorageNotice />
      <Section id="fsrs" title="Répétition espacée">
        {/* Remounted when the saved settings change (save, restore, another tab), so it shows them. */}
        <SettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={setSaved} />
        <p role="status" className="min-h-6 font-medium text-good" data-testid="settings-status">
          {saved}
        </p>
      </Section>
      <Section id="fsrs-parameters" title="Paramètres FSRS">
        <FsrsParametersPanel parameters={settings.fsrsParameters} />
      </Section>
      <Section id="backup" title="Sauvegarde">
        {catalog ? <BackupPanel flashcards={catalog.flashcards} /> : loading}
      </Section>
      <Section id="exports" title="Exporter vers d’autres outils">
        {catalog ? <ExportPanel catalog={catalog} /> : loading}
      </Section>
      <Section id="storage" title="Stockage sur cet appareil">
        <StoragePersistence hasProgress={hasProgress} />
      </Section>
      <Section id="reset" title="Repartir de zéro">
        {catalog ? <ResetPanel flashcards={catalog.flashcards} /> : loading}
      </Section>
    </div>
  );
}
