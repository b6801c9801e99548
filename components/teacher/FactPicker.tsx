"use client";
// The teacher's choice of facts: whole topics with one checkbox each, or single facts inside a topic.
// A topic's checkbox is "mixed" when only some of its facts are chosen.
import { useEffect, useRef } from "react";
import type { StudyDeck } from "@/lib/content/catalog";
import type { Fact, Topic } from "@/lib/content/schema";

interface Props {
  deck: StudyDeck;
  value: ReadonlySet<string>;
  onChange: (factIds: Set<string>) => void;
}

function TopicGroup({ topic, facts, value, onChange }: { topic: Topic; facts: Fact[]; value: ReadonlySet<string>; onChange: Props["onChange"] }) {
  const box = useRef<HTMLInputElement>(null);
  const chosen = facts.filter((f) => value.has(f.id)).length;
  const all = chosen === facts.length && facts.length > 0;
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  const setMany = (ids: string[], on: boolean) => {
    const next = new Set(value);
    ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
    onChange(next);
  };
  return (
    <li className="rounded-xl border-2 border-line bg-surface">
      <label className="flex min-h-11 items-center gap-2 px-3 font-medium">
        <input ref={box} type="checkbox" className="h-5 w-5 accent-brand" checked={all} onChange={(e) => setMany(facts.map((f) => f.id), e.target.checked)} />
        <span className="flex-1">{topic.label}</span>
        <span className="text-sm text-muted">
          {chosen}/{facts.length}
        </span>
      </label>
      <details className="border-t border-line px-3">
        <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand">Choisir des faits un par un</summary>
        <ul className="space-y-1 pb-2">
          {facts.map((fact) => (
            <li key={fact.id}>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5 shrink-0 accent-brand" checked={value.has(fact.id)} onChange={(e) => setMany([fact.id], e.target.checked)} />
                <span>
                  {fact.label} <span className="text-muted">— {fact.answer}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export default function FactPicker({ deck, value, onChange }: Props) {
  const usable = deck.facts.filter((f) => !f.flagged);
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">
        Thèmes et faits <span className="font-normal text-muted">({value.size} faits choisis)</span>
      </legend>
      <div className="flex gap-2">
        <button type="button" onClick={() => onChange(new Set(usable.map((f) => f.id)))} className="min-h-11 flex-1 rounded-xl border-2 border-line bg-surface px-3 text-sm font-semibold">
          Tout choisir
        </button>
        <button type="button" onClick={() => onChange(new Set())} className="min-h-11 flex-1 rounded-xl border-2 border-line bg-surface px-3 text-sm font-semibold">
          Tout enlever
        </button>
      </div>
      <ul className="space-y-2">
        {deck.meta.topics.map((topic) => (
          <TopicGroup key={topic.id} topic={topic} facts={usable.filter((f) => f.topic === topic.id)} value={value} onChange={onChange} />
        ))}
      </ul>
    </fieldset>
  );
}
