"use client";
// The FSRS settings as a form: desired retention, daily limits, learning and relearning steps. Each
// field is labelled, explained, and says in French what is wrong; nothing is saved until all are valid.
import { useRef, useState, type FormEvent } from "react";
import { DEFAULT_SETTINGS, type StudySettings } from "@/lib/study/settings";
import { studyStore } from "../study/studyStore";
import { PRIMARY, SECONDARY } from "./buttons";
import { draftOf, readDraft, type SettingsDraft, type SettingsErrors } from "./settingsInput";

const FIELDS: { name: keyof SettingsDraft; label: string; hint: string; inputMode: "decimal" | "numeric" | "text" }[] = [
  {
    name: "desiredRetention",
    label: "Rétention souhaitée",
    hint: "La probabilité de te souvenir d’une carte quand elle revient, de 0,70 à 0,99. Plus elle est haute, plus les révisions sont nombreuses. 0,90 convient à la plupart des élèves.",
    inputMode: "decimal",
  },
  {
    name: "newPerDay",
    label: "Nouvelles cartes par jour",
    hint: "Combien de cartes jamais vues te sont présentées chaque jour.",
    inputMode: "numeric",
  },
  {
    name: "maxReviewsPerDay",
    label: "Révisions par jour au maximum",
    hint: "Nouvelles cartes comprises. Au-delà, les cartes restantes attendent le lendemain.",
    inputMode: "numeric",
  },
  {
    name: "learningSteps",
    label: "Étapes d’apprentissage",
    hint: "Quand revoir une nouvelle carte avant de l’espacer\u00a0: durées séparées par des espaces, par exemple « 1m 10m » (1 minute, puis 10 minutes ; h pour les heures, d pour les jours).",
    inputMode: "text",
  },
  {
    name: "relearningSteps",
    label: "Étapes de réapprentissage",
    hint: "Quand revoir une carte oubliée (« À revoir »), par exemple « 10m ».",
    inputMode: "text",
  },
];

export default function SettingsForm({ settings, onSaved }: { settings: StudySettings; onSaved(message: string): void }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const form = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = readDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      onSaved("");
      const first = FIELDS.find((f) => result.errors[f.name]);
      if (first) form.current?.querySelector<HTMLInputElement>(`[name="${first.name}"]`)?.focus();
      return;
    }
    setErrors({});
    studyStore().getState().updateSettings(result.settings);
    onSaved("Réglages enregistrés.");
  }

  function restoreDefaults() {
    setErrors({});
    setDraft(draftOf(DEFAULT_SETTINGS));
    studyStore().getState().updateSettings({ ...DEFAULT_SETTINGS, fsrsParameters: settings.fsrsParameters });
    onSaved("Réglages par défaut rétablis.");
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label="Réglages de la répétition espacée">
      {FIELDS.map((f) => {
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
