"use client";
// Free practice ("Entraînement"), any time: the student picks themes — or « mes points faibles » —
// and drills them until each fact was answered right twice (PracticeDrill). A home link can name
// themes (`/entrainement/?themes=a,b`): practice on them starts at once. « Réviser pour le contrôle »
// (`?controle=<deck>`, from home's « Mon contrôle ») drills the deck's facts by their lowest predicted
// recall at the test, weakest first, then the unseen ones — practice only, by the Entraînement rule.
// Flagged facts, which have no questions, are left to flashcard review.
import { useEffect, useMemo, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { createDrill, weakFactIds, type Drill } from "@/lib/study/drill";
import { testPracticeOrder } from "@/lib/study/testPlan";
import StorageNotice from "../study/StorageNotice";
import { schedulerReady, useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";
import { randomSeed } from "../quiz/randomSeed";
import { deferred } from "../deferred";
import PracticeSetup from "./PracticeSetup";

// The drill loads after the setup is on screen (prefetched below).
// Answers rate cards: the drill loads with the scheduler.
const loadPracticeDrill = () => Promise.all([import("./PracticeDrill"), schedulerReady()]).then(([drill]) => drill);
const PracticeDrill = deferred(loadPracticeDrill);

interface Session {
  drill: Drill;
  seed: number;
  title: string;
  id: number;
}

/** Theme ids named in the address (`?themes=a,b`) that exist in the content. */
function themesFromUrl(catalog: Catalog): string[] {
  const named = new URLSearchParams(window.location.search).get("themes")?.split(",") ?? [];
  const known = new Set(catalog.decks.flatMap((d) => d.meta.topics.map((t) => t.id)));
  return named.filter((id) => known.has(id));
}

/** The deck named by `?controle=` when it has a test date. */
function testDeckFromUrl(catalog: Catalog, testDates: Readonly<Record<string, string>>): string | null {
  const deck = new URLSearchParams(window.location.search).get("controle");
  return deck && testDates[deck] && catalog.decks.some((d) => d.meta.id === deck) ? deck : null;
}

function topicLabel(catalog: Catalog, topics: readonly string[]): string {
  const all = catalog.decks.flatMap((d) => d.meta.topics);
  if (topics.length === all.length) return "Tous les thèmes";
  if (topics.length === 1) return all.find((t) => t.id === topics[0])?.label ?? "Un thème";
  return `${topics.length} thèmes`;
}

function practicableFacts(catalog: Catalog, topics?: readonly string[]): string[] {
  return catalog.facts.filter((f) => !f.flagged && (!topics || topics.includes(f.topic))).map((f) => f.id);
}

export default function PracticeSession() {
  useBootStudyStore();
  // The drill's code comes after the setup's first paint, and is there by the time a session starts.
  useEffect(() => void loadPracticeDrill(), []);
  const catalog = useCatalog();
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);
  const testDates = useStudy((s) => s.prefs.testDates);
  const [now] = useState(() => Date.now());
  const weak = useMemo(() => (catalog ? weakFactIds(practicableFacts(catalog), cards, logs, now, settings) : []), [catalog, cards, logs, now, settings]);
  const [session, setSession] = useState<Session | null>(null);
  const [fromUrl, setFromUrl] = useState<string[] | null>(null);

  if (!catalog) return <p role="status">Chargement des thèmes…</p>;

  const start = (choice: { topics: string[] } | { weak: true }) => {
    const seed = randomSeed();
    const id = (session?.id ?? 0) + 1;
    if ("weak" in choice) setSession({ drill: createDrill(weak, seed, { keepOrder: true }), seed, title: "Mes points faibles", id });
    else setSession({ drill: createDrill(practicableFacts(catalog, choice.topics), seed), seed, title: topicLabel(catalog, choice.topics), id });
  };

  // A home link naming themes, or « Réviser pour le contrôle », starts practice right away (once).
  if (fromUrl === null) {
    const named = themesFromUrl(catalog);
    setFromUrl(named);
    const testDeck = testDeckFromUrl(catalog, testDates);
    if (testDeck) {
      const facts = catalog.decks.find((d) => d.meta.id === testDeck)!.facts.filter((f) => !f.flagged).map((f) => f.id);
      const seed = randomSeed();
      const order = testPracticeOrder(facts, [...cards.values()], testDates[testDeck], settings);
      setSession({ drill: createDrill(order, seed, { keepOrder: true }), seed, title: "Réviser pour le contrôle", id: 1 });
    } else if (named.length > 0) start({ topics: named });
  }

  return (
    <div className="space-y-4">
      <StorageNotice />
      {session ? (
        <PracticeDrill key={session.id} catalog={catalog} initial={session.drill} seed={session.seed} title={session.title} onRestart={() => setSession(null)} />
      ) : (
        <PracticeSetup
          catalog={catalog}
          initialTopics={fromUrl?.length ? fromUrl : catalog.decks.flatMap((d) => d.meta.topics.map((t) => t.id))}
          weakCount={weak.length}
          onStart={start}
        />
      )}
    </div>
  );
}
