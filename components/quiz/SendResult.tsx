"use client";
// "Créer mon lien de résultat": the student types a name and gets a result link (quiz id, name, right or
// wrong per question, time) to send through any messenger, with a QR code and the share sheet.
import { useId, useState } from "react";
import { encodeResultLink, MAX_NAME_LENGTH, normalizeLinkText } from "@/lib/share";
import ShareLink from "./ShareLink";
import { localDay } from "./randomSeed";

interface Props {
  quizId: string;
  answers: boolean[];
  totalTimeSec: number;
}

export default function SendResult({ quizId, answers, totalTimeSec }: Props) {
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState("");
  const [url, setUrl] = useState<string | null>(null);

  const send = () => {
    const clean = normalizeLinkText(name);
    if (clean === "") return setError("Écris ton nom pour que ton professeur te reconnaisse.");
    try {
      const payload = encodeResultLink({ quizId, name: clean, answers, totalTimeSec, answeredOn: localDay() });
      setError("");
      setUrl(`${window.location.origin}/resultats/#${payload}`);
    } catch {
      setError(`Ce nom ne peut pas être envoyé : ${MAX_NAME_LENGTH} caractères au plus, sans caractères spéciaux invisibles.`);
    }
  };

  const score = answers.filter(Boolean).length;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-2xl border border-line bg-surface p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Envoyer ton résultat au professeur
      </h2>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <label htmlFor={id} className="block font-medium">
          Ton nom
        </label>
        <input
          id={id}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          onChange={(event) => {
            setName(event.target.value);
            setUrl(null);
          }}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3"
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-bad">
            {error}
          </p>
        )}
        <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Créer mon lien de résultat
        </button>
      </form>
      {url && (
        <div className="space-y-2 border-t border-line pt-3">
          <p>Ton lien est prêt. Envoie-le à ton professeur (messagerie, e-mail…) ou montre-lui le QR code.</p>
          <ShareLink
            url={url}
            label="Lien de ton résultat"
            shareTitle="Mon résultat de quiz"
            shareText={`Résultat de ${normalizeLinkText(name)} : ${score}/${answers.length}`}
            qrLabel="QR code de ton résultat"
            testId="result-link"
          />
        </div>
      )}
    </section>
  );
}
