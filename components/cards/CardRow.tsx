"use client";
// One card in the browser: both sides, its theme, memory state, next review and recall chance, and
// the student's « Signaler » and « Suspendre » toggles.
import type { Flashcard } from "@/lib/generate/types";
import { retrievability } from "@/lib/study/retrievability";
import type { StudySettings } from "@/lib/study/settings";
import type { StudyCard } from "@/lib/study/types";
import { CARD_KIND_LABEL } from "../study/cardKind";
import { formatWhen } from "../study/formatWhen";
import { studyStore } from "../study/studyStore";

const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const STATE_NAME = { 0: "Jamais vue", 1: "En apprentissage", 2: "En révision", 3: "À réapprendre" } as const;

interface Props {
  flashcard: Flashcard;
  topicLabel: string;
  card: StudyCard | undefined;
  suspended: boolean;
  flagged: boolean;
  now: number;
  settings: StudySettings;
}

function Toggle({ on, onLabel, offLabel, onStyle, onToggle }: { on: boolean; onLabel: string; offLabel: string; onStyle: string; onToggle: () => void }) {
  return (
    <button type="button" aria-pressed={on} onClick={onToggle} className={`min-h-11 rounded-lg border-2 px-3 text-sm font-medium ${on ? onStyle : "border-line"}`}>
      {on ? onLabel : offLabel}
    </button>
  );
}

export default function CardRow({ flashcard, topicLabel, card, suspended, flagged, now, settings }: Props) {
  const state = card?.state ?? 0;
  const studied = card !== undefined && state !== 0;
  return (
    <li className="space-y-2 rounded-2xl border border-line bg-surface p-3" data-testid="card-row" data-card-id={flashcard.id}>
      <p className="text-xs font-medium text-muted">
        {topicLabel} · {CARD_KIND_LABEL[flashcard.kind]}
      </p>
      <p className="font-semibold">{flashcard.front}</p>
      <p className="text-brand">{flashcard.back}</p>
      <dl className="grid grid-cols-3 gap-2 text-xs">
        <div>
          <dt className="text-muted">État</dt>
          <dd className="font-medium" data-testid="card-state">
            {suspended ? "Suspendue" : STATE_NAME[state]}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Prochaine révision</dt>
          <dd className="font-medium">{suspended ? "jamais" : studied ? formatWhen(card.due, now) : "pas encore"}</dd>
        </div>
        <div>
          <dt className="text-muted">Chances de t’en souvenir</dt>
          <dd className="font-medium">{studied ? PERCENT.format(retrievability(card, now, settings)) : "—"}</dd>
        </div>
      </dl>
      <div className="grid grid-cols-2 gap-2">
        <Toggle on={flagged} onLabel="Signalée" offLabel="Signaler" onStyle="border-accent text-accent" onToggle={() => studyStore().getState().toggleFlagged(flashcard.id)} />
        <Toggle on={suspended} onLabel="Suspendue" offLabel="Suspendre" onStyle="border-bad text-bad" onToggle={() => studyStore().getState().toggleSuspended(flashcard.id)} />
      </div>
    </li>
  );
}
