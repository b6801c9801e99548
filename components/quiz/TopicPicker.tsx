"use client";
// Checkboxes for a deck's topics, each with how many facts it has; "Tout" toggles them all.
import type { StudyDeck } from "@/lib/content/catalog";

interface Props {
  deck: StudyDeck;
  value: readonly string[];
  onChange: (topicIds: string[]) => void;
  legend: string;
}

export default function TopicPicker({ deck, value, onChange, legend }: Props) {
  const topics = deck.meta.topics;
  const counts = new Map<string, number>();
  for (const fact of deck.facts) if (!fact.flagged) counts.set(fact.topic, (counts.get(fact.topic) ?? 0) + 1);
  const all = topics.every((t) => value.includes(t.id));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <label className="flex min-h-11 items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 font-medium">
        <input
          type="checkbox"
          className="h-5 w-5 accent-brand"
          checked={all}
          onChange={(event) => onChange(event.target.checked ? topics.map((t) => t.id) : [])}
        />
        Tous les thèmes
      </label>
      {topics.map((topic) => (
        <label key={topic.id} className="flex min-h-11 items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 text-sm">
          <input
            type="checkbox"
            className="h-5 w-5 accent-brand"
            checked={value.includes(topic.id)}
            onChange={(event) =>
              onChange(topics.filter((t) => (t.id === topic.id ? event.target.checked : value.includes(t.id))).map((t) => t.id))
            }
          />
          <span className="flex-1">{topic.label}</span>
          <span className="text-muted">{counts.get(topic.id) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}
