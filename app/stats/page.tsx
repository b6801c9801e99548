// Stats: forecast, review calendar, retention, mastery per topic and cards by state (prerendered; filled in from the study store).
import type { Metadata } from "next";
import StatsScreen from "@/components/stats/StatsScreen";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Statistiques" };

export default function StatsPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload />
      <h1 className="text-2xl font-bold">Statistiques</h1>
      <p className="text-muted">
        Tes révisions à venir, ton calendrier d’étude, ce que tu retiens vraiment et ta maîtrise de chaque thème. Tout est
        calculé sur cet appareil.
      </p>
      <StatsScreen />
    </div>
  );
}
