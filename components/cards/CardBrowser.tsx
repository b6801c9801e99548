"use client";
// /cartes/: every flashcard, searchable, filtered by theme and memory state, with each card's state,
// next review and recall chance; the student can flag a card or suspend it (a suspended card never
// comes back in review until it is reactivated). Long lists are shown 30 at a time.
import { useId, useMemo, useState } from "react";
import { filterCards, type BrowseStateFilter } from "@/lib/study/browse";
import { CARD_STATE_LABEL, type CardState } from "@/lib/study/types";
import StorageNotice from "../study/StorageNotice";
import { useBootStudyStore, useCardCatalog, useStudy } from "../study/studyStore";
import { useSuspended } from "../study/useTodayQueue";
import CardRow from "./CardRow";

const PAGE = 30;
const STATES: { value: string; label: string }[] = [
  { value: "all", label: "Tous les états" },
  ...([0, 1, 2, 3] as CardState[]).map((s) => ({ value: String(s), label: CARD_STATE_LABEL[s] })),
  { value: "suspended", label: "Suspendues" },
  { value: "flagged", label: "Signalées" },
];

function parseState(value: string): BrowseStateFilter {
  return value === "all" || value === "suspended" || value === "flagged" ? value : (Number(value) as CardState);
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void }) {
  return (
    <label className="space-y-1 text-sm font-medium">
      <span className="block">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-2">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function CardBrowser() {
  useBootStudyStore();
  const catalog = useCardCatalog();
  const cards = useStudy((s) => s.cards);
  const settings = useStudy((s) => s.settings);
  const flaggedList = useStudy((s) => s.prefs.flagged);
  const suspended = useSuspended();
  const flagged = useMemo(() => new Set(flaggedList), [flaggedList]);
  const [now] = useState(() => Date.now());
  const [query, setQuery] = useState("");
  const [topic, setTopic] = useState("all");
  const [state, setState] = useState("all");
  const [shown, setShown] = useState(PAGE);
  const id = useId();

  const topics = useMemo(() => catalog?.decks.flatMap((d) => d.meta.topics) ?? [], [catalog]);
  const list = useMemo(
    () => (catalog ? catalog.flashcards.map((c) => ({ ...c, topic: catalog.topicOfFact.get(c.factId) ?? "" })) : []),
    [catalog],
  );
  const matching = useMemo(() => filterCards(list, cards, { query, topic, state: parseState(state) }, { suspended, flagged }), [list, cards, query, topic, state, suspended, flagged]);

  if (!catalog) return <p role="status">Chargement de tes cartes…</p>;
  const labelOf = new Map(topics.map((t) => [t.id, t.label]));
  const resetPaging = () => setShown(PAGE);
  return (
    <div className="space-y-4">
      <StorageNotice />
      <form role="search" className="space-y-2 rounded-2xl border border-line bg-surface p-4" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`} className="block font-semibold">
          Chercher une carte
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            resetPaging();
          }}
          className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3"
        />
        <div className="grid grid-cols-1 gap-2 min-[400px]:grid-cols-2">
          <FilterSelect
            label="Thème"
            value={topic}
            options={[{ value: "all", label: "Tous les thèmes" }, ...topics.map((t) => ({ value: t.id, label: t.label }))]}
            onChange={(value) => {
              setTopic(value);
              resetPaging();
            }}
          />
          <FilterSelect
            label="État"
            value={state}
            options={STATES}
            onChange={(value) => {
              setState(value);
              resetPaging();
            }}
          />
        </div>
      </form>
      <p role="status" className="text-sm text-muted" data-testid="card-count">
        {matching.length} carte{matching.length > 1 ? "s" : ""} sur {list.length}
      </p>
      <ul className="space-y-3">
        {matching.slice(0, shown).map((c) => (
          <CardRow
            key={c.id}
            flashcard={c}
            topicLabel={labelOf.get(c.topic) ?? c.topic}
            card={cards.get(c.id)}
            suspended={suspended.has(c.id)}
            flagged={flagged.has(c.id)}
            now={now}
            settings={settings}
          />
        ))}
      </ul>
      {matching.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)} className="min-h-11 w-full rounded-xl border-2 border-line bg-surface font-semibold">
          Afficher {Math.min(PAGE, matching.length - shown)} cartes de plus
        </button>
      )}
    </div>
  );
}
