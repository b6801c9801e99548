"use client";
// /match/: the timed game. Pick a theme (or all), then tap a tile and its partner among six pairs;
// a wrong pair flashes red, is announced and costs 5 s. The best time per theme is kept on the
// device (study preferences). Tiles are buttons: Tab and Enter play it as well as taps.
import { useCallback, useEffect, useId, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { createMatchRound, isPair, MATCH_PENALTY_MS, matchTime, type MatchTile } from "@/lib/study/matchGame";
import { randomSeed } from "../quiz/randomSeed";
import { studyStore, useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";

const ALL = "all";
/** How long a wrong pair stays red. */
const WRONG_FLASH_MS = 700;

const seconds = (ms: number) => `${(ms / 1000).toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

interface Round {
  theme: string;
  tiles: MatchTile[];
  startedAt: number;
}

function factsOf(catalog: Catalog, theme: string) {
  return catalog.facts.filter((f) => theme === ALL || f.topic === theme);
}

export default function MatchGame() {
  useBootStudyStore();
  const catalog = useCatalog();
  const best = useStudy((s) => s.prefs.matchBest);
  const [theme, setTheme] = useState(ALL);
  const [round, setRound] = useState<Round | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<MatchTile | null>(null);
  const [wrong, setWrong] = useState<string[]>([]);
  const [mistakes, setMistakes] = useState(0);
  const [now, setNow] = useState(0);
  const [result, setResult] = useState<{ ms: number; record: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const selectId = useId();

  const running = round !== null && result === null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 100);
    return () => window.clearInterval(timer);
  }, [running]);

  const start = useCallback(() => {
    if (!catalog) return;
    const at = Date.now();
    setRound({ theme, tiles: createMatchRound(factsOf(catalog, theme), randomSeed()), startedAt: at });
    setDone(new Set());
    setSelected(null);
    setWrong([]);
    setMistakes(0);
    setNow(at);
    setResult(null);
    setAnnouncement("C’est parti : trouve les paires.");
  }, [catalog, theme]);

  const tap = useCallback(
    (tile: MatchTile) => {
      if (!round || result || done.has(tile.id)) return;
      if (!selected || selected.id === tile.id) {
        setSelected(selected?.id === tile.id ? null : tile);
        return;
      }
      if (isPair(selected, tile)) {
        const next = new Set(done).add(selected.id).add(tile.id);
        setDone(next);
        setSelected(null);
        if (next.size === round.tiles.length) {
          const ms = matchTime(Date.now() - round.startedAt, mistakes);
          const record = studyStore().getState().recordMatchTime(round.theme, ms);
          setResult({ ms, record });
          setAnnouncement(`Terminé en ${seconds(ms)}${record ? " : nouveau record !" : "."}`);
        } else setAnnouncement(`Paire trouvée : « ${selected.text} » et « ${tile.text} ».`);
        return;
      }
      setMistakes((n) => n + 1);
      setWrong([selected.id, tile.id]);
      setSelected(null);
      setAnnouncement(`« ${selected.text} » et « ${tile.text} » ne vont pas ensemble : ${MATCH_PENALTY_MS / 1000} secondes de pénalité.`);
      window.setTimeout(() => setWrong([]), WRONG_FLASH_MS);
    },
    [round, result, done, selected, mistakes],
  );

  if (!catalog) return <p role="status">Chargement…</p>;
  const topics = catalog.decks.flatMap((d) => d.meta.topics);
  const themeLabel = (id: string) => (id === ALL ? "tous les thèmes" : (topics.find((t) => t.id === id)?.label ?? id));

  const record = best[round?.theme ?? theme];
  return (
    <div className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!running && (
        <form
          className="space-y-3 rounded-2xl border border-line bg-surface p-4"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          {result && (
            <div data-testid="match-result" className="space-y-1">
              <h2 className="text-xl font-bold">{result.record ? "Nouveau record !" : "Bravo !"}</h2>
              <p>
                Ton temps : <strong>{seconds(result.ms)}</strong>
                {mistakes > 0 && ` (dont ${mistakes * (MATCH_PENALTY_MS / 1000)} s de pénalité pour ${mistakes} erreur${mistakes > 1 ? "s" : ""})`}.
              </p>
            </div>
          )}
          <label htmlFor={selectId} className="block font-semibold">
            Thème
          </label>
          <select id={selectId} value={theme} onChange={(e) => setTheme(e.target.value)} className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-2">
            <option value={ALL}>Tous les thèmes</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <p className="text-sm text-muted" data-testid="match-best">
            {best[theme] ? `Ton record sur ${themeLabel(theme)} : ${seconds(best[theme])}.` : `Pas encore de record sur ${themeLabel(theme)}.`} Chaque erreur
            ajoute {MATCH_PENALTY_MS / 1000} s.
          </p>
          <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
            {result ? "Rejouer" : "Jouer"}
          </button>
        </form>
      )}
      {running && round && (
        // Sized for a 360×740 phone: all the tiles fit above the navigation bar while the clock runs.
        <section aria-label="Plateau de jeu" className="space-y-2" data-testid="match-board">
          <p className="flex justify-between text-sm font-medium">
            <span data-testid="match-clock" className="tabular-nums">
              {seconds(matchTime(now - round.startedAt, mistakes))}
            </span>
            <span>
              {done.size / 2} / {round.tiles.length / 2} paires{record ? ` · record ${seconds(record)}` : ""}
            </span>
          </p>
          <ul className="grid grid-cols-2 gap-1.5 sm:grid-cols-3">
            {round.tiles.map((tile) => {
              const found = done.has(tile.id);
              const isWrong = wrong.includes(tile.id);
              const isSelected = selected?.id === tile.id;
              return (
                <li key={tile.id}>
                  <button
                    type="button"
                    disabled={found}
                    aria-pressed={isSelected}
                    onClick={() => tap(tile)}
                    data-fact={tile.factId}
                    data-state={found ? "found" : isWrong ? "wrong" : undefined}
                    className={`min-h-16 w-full rounded-xl border-2 px-2 py-1 text-[13px] leading-tight font-medium break-words hyphens-auto transition-opacity ${
                      found ? "border-good text-muted opacity-40" : isWrong ? "border-bad bg-surface text-bad" : isSelected ? "border-brand bg-surface" : "border-line bg-surface"
                    }`}
                  >
                    {tile.text}
                    {found && <span className="sr-only"> (trouvée)</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
