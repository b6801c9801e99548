// Settings: FSRS settings, backup and restore, exports to other tools, reset (prerendered; filled in from the study store).
import type { Metadata } from "next";
import SettingsScreen from "@/components/settings/SettingsScreen";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Réglages" };

export default function SettingsPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Réglages</h1>
      <p className="text-muted">
        Règle la répétition espacée, sauvegarde ta progression dans un fichier, exporte tes cartes vers Anki ou Quizlet, ou
        repars de zéro.
      </p>
      <SettingsScreen />
    </div>
  );
}
