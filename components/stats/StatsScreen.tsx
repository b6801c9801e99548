"use client";
// The stats screen: today's figures (reviews, streak, true retention), then the 30-day forecast, the
// review calendar, mastery per topic and cards by state, each chart with its table. Figures come from
// lib/study/stats over the study store; this file only picks the data and lays it out.
import Link from "next/link";
import Section from "../Section";
import { useMemo, useState } from "react";
import { selectCardCount } from "@/lib/store";
import { cardsByState, cardsStudiedToday, dueForecast, masteryByTopic, reviewHeatmap, studyStreak, trueRetention } from "@/lib/study/stats";
import { dueCountOf } from "@/lib/study/queue";
import StorageNotice from "../study/StorageNotice";
import { useBootStudyStore, useCardCatalog, useStudy, useSuspended } from "../study/studyStore";
import { useTodayQueue } from "../study/useTodayQueue";
import ForecastChart from "./ForecastChart";
import { percent, plural } from "./format";
import MasteryBars from "./MasteryBars";
import ReviewHeatmap from "./ReviewHeatmap";
import StateBreakdown from "./StateBreakdown";

/** Days over which true retention is measured. */
const RETENTION_DAYS = 30;

function Figure({ label, value, detail, testId }: { label: string; value: string | number; detail?: string; testId: string }) {
  return (
    <div className="rounded-xl bg-bg p-3">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail && <dd className="text-xs text-muted">{detail}</dd>}
    </div>
  );
}

export default function StatsScreen() {
  useBootStudyStore();
  const catalog = useCardCatalog();
  const [now] = useState(() => Date.now());
  const cards = useStudy((s) => s.cards);
  const cardCount = useStudy(selectCardCount);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);

  const suspended = useSuspended();
  const dueToday = dueCountOf(useTodayQueue(now));
  const forecast = useMemo(() => dueForecast(cards, now, 30, { suspended, today: dueToday }), [cards, now, suspended, dueToday]);
  const heatmap = useMemo(() => reviewHeatmap(logs, now, 17), [logs, now]);
  const retention = useMemo(() => trueRetention(logs, now, RETENTION_DAYS), [logs, now]);
  const states = useMemo(() => cardsByState(cards), [cards]);
  const streak = useMemo(() => studyStreak(logs, now), [logs, now]);
  const today = useMemo(() => cardsStudiedToday(logs, now), [logs, now]);
  const mastery = useMemo(() => {
    if (!catalog) return [];
    const labels = new Map(catalog.decks.flatMap((d) => d.meta.topics.map((t) => [t.id, t.label] as const)));
    return masteryByTopic(cards, [...catalog.topicOfFact].map(([id, topic]) => ({ id, topic })), now, settings).map((m) => ({ id: m.topic, label: labels.get(m.topic) ?? m.topic, cards: m.cards, mastery: m.mastery }));
  }, [catalog, cards, now, settings]);

  if (!catalog) return <p role="status">Chargement de tes statistiques…</p>;

  return (
    <div className="space-y-4">
      <StorageNotice />
      <section aria-label="En bref" className="rounded-2xl border border-line bg-surface p-4">
        <dl className="grid grid-cols-2 gap-2">
          <Figure label="Cartes vues aujourd’hui" value={today} detail="révision, entraînement ou quiz" testId="stats-today" />
          <Figure label="Série" value={plural(streak, "jour")} detail="d’étude de suite" testId="stats-streak" />
          <Figure
            label={`Bonnes réponses (${RETENTION_DAYS} j)`}
            value={retention.rate !== null ? percent(retention.rate) : retention.answers > 0 ? percent(retention.right / retention.answers) : "—"}
            detail={
              retention.rate !== null
                ? `cartes déjà apprises : ${retention.passed} sur ${retention.reviews} · objectif ${percent(settings.desiredRetention)}`
                : retention.answers > 0
                  ? `toutes tes réponses : ${retention.right} sur ${retention.answers} (aucune carte encore revue après apprentissage)`
                  : "pas encore de réponse"
            }
            testId="stats-retention"
          />
          <Figure label="Cartes" value={cardCount} detail={`${states[0]} jamais vues · ${plural(suspended.size, "suspendue")}`} testId="stats-cards" />
        </dl>
      </section>
      <Section id="forecast" title="Prévision sur 30 jours">
        <ForecastChart days={forecast} />
      </Section>
      <Section id="heatmap" title="Calendrier des révisions">
        <ReviewHeatmap days={heatmap} />
      </Section>
      <Section id="mastery" title="Maîtrise par thème">
        <MasteryBars rows={mastery} />
      </Section>
      <Section id="states" title="Cartes par état">
        <StateBreakdown counts={states} />
      </Section>
      <p>
        <Link prefetch={false} href="/reglages/" className="inline-flex min-h-11 items-center font-medium text-brand underline underline-offset-4">
          Réglages, sauvegarde et exports
        </Link>
      </p>
    </div>
  );
}
