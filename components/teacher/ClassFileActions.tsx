"use client";
// « Fichier de la classe »: the teacher exports every result and the quizzes behind them as one file
// and imports it on another device (a phone that scanned the codes, the classroom computer). Importing
// merges: what is already here is not added again. A wrong file is refused with a French message.
import { useId, type ChangeEvent } from "react";

interface Props {
  canExport: boolean;
  error: string | null;
  onExport: () => void;
  onImport: (file: File) => void;
}

const BUTTON = "flex min-h-11 items-center justify-center rounded-xl border-2 border-line bg-bg px-3 text-center font-semibold";

export default function ClassFileActions({ canExport, error, onExport, onImport }: Props) {
  const id = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) onImport(file);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2 rounded-2xl border border-line bg-surface p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        Fichier de la classe
      </h2>
      <p className="text-sm text-muted">
        Pour retrouver ce tableau sur un autre appareil : exportez le fichier ici, importez-le là-bas. Importer deux fois le même fichier n’ajoute rien.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <button type="button" onClick={onExport} disabled={!canExport} className={`${BUTTON} disabled:opacity-60`}>
          Exporter les résultats
        </button>
        <input id={id} type="file" accept="application/json,.json" onChange={choose} data-testid="class-file" className="peer sr-only" />
        <label htmlFor={id} className={`${BUTTON} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand`}>
          Importer un fichier de classe…
        </label>
      </div>
      {error && (
        <p role="alert" className="font-medium text-bad" data-testid="class-file-error">
          {error}
        </p>
      )}
    </section>
  );
}
