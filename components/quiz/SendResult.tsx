"use client";
// "Créer mon lien de résultat": the student types a name and gets a result link (quiz id, name, right or
// wrong per question, what was given to the wrong ones, the questions reported, time) to send through
// any messenger, with a QR code and the share sheet. A question reported after the link was made is
// added to it: the link shown is always the one to send.
import { useId, useMemo, useState } from "react";
import { encodeResultLink } from "@/lib/share/resultLink";
import { MAX_NAME_LENGTH, type QuestionReport, type WrongAnswer } from "@/lib/share/quizResult";
import { normalizeLinkText } from "@/lib/share/text";
import ShareLink from "./ShareLink";
import { localDay } from "./randomSeed";

interface Props {
  quizId: string;
  answers: boolean[];
  wrong: WrongAnswer[];
  reports: QuestionReport[];
  totalTimeSec: number;
}

/** The result link's address, or `null` when this name cannot be sent. */
function resultUrl(result: Parameters<typeof encodeResultLink>[0]): string | null {
  try {
    return `${window.location.origin}/resultats/#${encodeResultLink(result)}`;
  } catch {
    return null;
  }
}

export default function SendResult({ quizId, answers, wrong, reports, totalTimeSec }: Props) {
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState("");
  const [sentName, setSentName] = useState<string | null>(null);
  const [day] = useState(localDay);
  const reportsKey = JSON.stringify(reports);
  const url = useMemo(
    () => (sentName === null ? null : resultUrl({ quizId, name: sentName, answers, wrong, reports, totalTimeSec, answeredOn: day })),
    // reportsKey stands for reports, a new array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sentName, quizId, answers, wrong, reportsKey, totalTimeSec, day],
  );

  const send = () => {
    const clean = normalizeLinkText(name);
    if (clean === "") return setError("Écris ton nom pour que ton professeur te reconnaisse.");
    setError("");
    setSentName(clean);
  };
  // A name the link cannot carry is known once the link is made from it.
  const shownError =
    error || (sentName !== null && url === null ? `Ce nom ne peut pas être envoyé : ${MAX_NAME_LENGTH} caractères au plus, sans caractères spéciaux invisibles.` : "");

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
            setSentName(null);
          }}
          aria-describedby={shownError ? `${id}-error` : undefined}
          className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3"
        />
        {shownError && (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-bad">
            {shownError}
          </p>
        )}
        <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Créer mon lien de résultat
        </button>
      </form>
      {url && (
        <div className="space-y-2 border-t border-line pt-3">
          <p>Ton lien est prêt. Envoie-le à ton professeur (messagerie, e-mail…) ou montre-lui le QR code.</p>
          {reports.length > 0 && (
            <p className="text-sm font-medium" data-testid="result-reports">
              {reports.length === 1 ? "Il contient ta question signalée." : `Il contient tes ${reports.length} questions signalées.`}
            </p>
          )}
          <ShareLink
            url={url}
            label="Lien de ton résultat"
            shareTitle="Mon résultat de quiz"
            shareText={`Résultat de ${sentName} : ${score}/${answers.length}`}
            qrLabel="QR code de ton résultat"
            testId="result-link"
          />
        </div>
      )}
    </section>
  );
}
