"use client";
// The student's own FSRS parameters: pasted or read from a file (the optimizer's output), validated
// with a French message naming what is wrong, then used by the scheduler for every later rating.
// Shown as « personnalisés » with a way back to the defaults. Kept in the settings, so in backups.
import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { formatFsrsParameters, readFsrsParameters } from "@/lib/study/fsrsParameters";
import { FSRS_PARAMETER_COUNT } from "@/lib/study/settings";
import { schedulerReady, studyStore, type Scheduler } from "../study/studyStore";
import { PRIMARY, SECONDARY } from "./buttons";

/** A parameters file is a few hundred bytes; refuse anything much larger before reading it. */
const MAX_FILE_BYTES = 64 * 1024;

export default function FsrsParametersPanel({ parameters }: { parameters: readonly number[] | null }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const fieldId = useId();
  const fileId = useId();

  async function apply(input: string) {
    // The ranges are ts-fsrs's, loaded with the scheduler (not with the page).
    let scheduler: Scheduler;
    try {
      scheduler = await schedulerReady();
    } catch {
      setError("La vérification des paramètres n’a pas pu être chargée (hors connexion ?). Reconnecte-toi puis réessaie.");
      setStatus("");
      return;
    }
    const result = readFsrsParameters(input, scheduler.fsrsParametersProblem);
    if (!result.ok) {
      setError(result.message);
      setStatus("");
      return;
    }
    setError("");
    setText("");
    studyStore().getState().updateSettings({ fsrsParameters: result.parameters });
    setStatus("Tes paramètres sont enregistrés : les prochaines révisions les utilisent.");
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void apply(text);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`Ce fichier est trop gros pour contenir seulement ${FSRS_PARAMETER_COUNT} paramètres.`);
      return;
    }
    await apply(await file.text());
  }

  function backToDefaults() {
    setError("");
    studyStore().getState().updateSettings({ fsrsParameters: null });
    setStatus("Paramètres par défaut rétablis.");
  }

  return (
    <div className="space-y-3">
      <p data-testid="fsrs-parameters-kind">
        Paramètres utilisés&nbsp;: <strong>{parameters ? "personnalisés" : "par défaut"}</strong>
      </p>
      {parameters && (
        <p className="break-words rounded-lg bg-bg p-2 font-mono text-sm" data-testid="fsrs-parameters-values">
          {formatFsrsParameters(parameters)}
        </p>
      )}
      <form onSubmit={submit} noValidate className="space-y-2" aria-label="Paramètres FSRS personnalisés">
        <label htmlFor={fieldId} className="block font-medium">
          Tes {FSRS_PARAMETER_COUNT} paramètres
        </label>
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          Calcule-les avec l’optimiseur FSRS (ou dans Anki&nbsp;: Options du paquet › FSRS › Optimiser) à partir de
          l’historique exporté plus bas, puis colle-les ici, séparés par des virgules.
        </p>
        <textarea
          id={fieldId}
          name="fsrsParameters"
          rows={3}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
          placeholder="0.212, 1.2931, 2.3065, …"
          className={`block w-full rounded-lg border-2 bg-bg p-3 font-mono text-sm text-ink ${error ? "border-bad" : "border-line"}`}
        />
        {error && (
          <p id={`${fieldId}-error`} role="alert" className="text-sm font-medium text-bad" data-testid="fsrs-parameters-error">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={PRIMARY}>
            Utiliser ces paramètres
          </button>
          <input id={fileId} type="file" accept=".txt,.json,.csv,text/plain,application/json" onChange={choose} data-testid="fsrs-parameters-file" className="peer sr-only" />
          <label
            htmlFor={fileId}
            className={`${SECONDARY} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand`}
          >
            Lire un fichier…
          </label>
          {parameters && (
            <button type="button" className={SECONDARY} onClick={backToDefaults}>
              Revenir aux paramètres par défaut
            </button>
          )}
        </div>
      </form>
      <p role="status" className="min-h-6 font-medium text-good" data-testid="fsrs-parameters-status">
        {status}
      </p>
    </div>
  );
}
