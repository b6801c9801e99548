"use client";
// The study settings as a form, in two parts (the `part` prop): « Mon rythme » (new cards and reviews a
// day) and the advanced ones (success rate aimed at, learning and relearning steps). Each field is
// labelled in words a student reads, explained, and says in French what is wrong; nothing is saved
// until all are valid, and « Valeurs par défaut » resets only the fields shown.
import { useRef, useState, type FormEvent } from "react";
import { DEFAULT_SETTINGS, type StudySettings } from "@/lib/study/settings";
import { studyStore } from "../study/studyStore";
import { PRIMARY, SECONDARY } from "./buttons";
import { draftOf, readDraft, type SettingsDraft, type SettingsErrors } from "./settingsInput";

type Part = "rhythm" | "advanced";

const FIELDS: { name: keyof SettingsDraft; part: Part; label: string; hint: string; inputMode: "decimal" | "numeric" | "text" }[] = [
  {
    name: "newPerDay",
    part: "rhythm",
    label: "Nouvelles cartes par jour",
    hint: "Combien de cartes jamais vues tu découvres chaque jour (un contrôle choisi sur l’accueil peut en demander plus).",
    inputMode: "numeric",
  },
  {
    name: "maxReviewsPerDay",
    part: "rhythm",
    label: "Révisions par jour, au plus",
    hint: "Nouvelles cartes comprises. Au-delà, les cartes restantes attendent le lendemain.",
    inputMode: "numeric",
  },
  {
    name: "desiredRetention",
    part: "advanced",
    label: "Taux de réussite visé",
    hint: "Tes chances de te souvenir d’une carte quand elle revient, de 70\u00a0% à 99\u00a0%. Plus c’est haut, plus tu révises souvent. 90\u00a0% convient à la plupart des élèves.",
    inputMode: "decimal",
  },
  {
    name: "learningSteps",
    part: "advanced",
    label: "Quand revoir une nouvelle carte",
    hint: "Les délais avant de l’espacer, séparés par des espaces, par exemple « 1 min 10 min » (1 minute, puis 10 minutes ; h pour les heures, j pour les jours).",
    inputMode: "text",
  },
  {
    name: "relearningSteps",
    part: "advanced",
    label: "Quand revoir une carte oubliée",
    hint: "Après « À revoir », par exemple « 10 min ».",
    inputMode: "text",
  },
];

export default function SettingsForm({ settings, part, onSaved }: { settings: StudySettings; part: Part; onSaved(message: string): void }) {
  const fields = FIELDS.filter((f) => f.part === part);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const form = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = readDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      onSaved("");
      const first = fields.find((f) => result.errors[f.name]);
      if (first) form.current?.querySelector<HTMLInputElement>(`[name="${first.name}"]`)?.focus();
      return;
    }
    setErrors({});
    studyStore().getState().updateSettings(result.settings);
    onSaved("Réglages enregistrés.");
  }

  function restoreDefaults() {
    setErrors({});
    const defaults = Object.fromEntries(fields.map((f) => [f.name, DEFAULT_SETTINGS[f.name]])) as Partial<StudySettings>;
    setDraft(draftOf({ ...settings, ...defaults }));
    studyStore().getState().updateSettings(defaults);
    onSaved("Réglages par défaut rétablis.");
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label={part === "rhythm" ? "Mon rythme" : "Réglages avancés de la répétition espacée"}>
      {fields.map((f) => {
        const error = errors[f.name];
        const id = `setting-${f.name}`;
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={id} className="block font-medium">
              {f.label}
            </label>
            <p id={`${id}-hint`} className="text-sm text-muted">
              {f.hint}
            </p>
            <input
              id={id}
              name={f.name}
              type="text"
              inputMode={f.inputMode}
              autoComplete="off"
              spellCheck={false}
              value={draft[f.name]}
              onChange={(e) => setDraft((d) => ({ ...d, [f.name]: e.target.value }))}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              className={`block min-h-11 w-full rounded-lg border-2 bg-bg px-3 text-ink ${error ? "border-bad" : "border-line"}`}
            />
            {error && (
              <p id={`${id}-error`} className="text-sm font-medium text-bad" data-testid={`error-${f.name}`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={PRIMARY}>
          Enregistrer
        </button>
        <button type="button" className={SECONDARY} onClick={restoreDefaults}>
          Valeurs par défaut
        </button>
      </div>
    </form>
  );
}
