"use client";
// The quiz builder of /prof/ (loaded by TeacherBuilder once the content is there): the teacher builds a quiz for the class — facts (whole topics or single facts), kinds, number
// of questions, time limit, corrections after each question or at the end, title — previews it as
// students will see it, and gets a link, a QR code,
// a copy button and the share sheet. The spec is kept in this browser's store, so the results page can
// map question numbers back to facts.
import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { quizQuestions } from "@/lib/quiz/questions";
import { codePointLength, normalizeLinkText } from "@/lib/share/text";
import { encodeQuizLink } from "@/lib/share/quizLink";
import { QUESTION_KINDS, MAX_TITLE_LENGTH, quizSpecProblems, type CorrectionMode, type QuestionKind, type QuizSpec } from "@/lib/share/quizSpec";
import CountInput from "../quiz/CountInput";
import KindPicker from "../quiz/KindPicker";
import TimeLimitSelect from "../quiz/TimeLimitSelect";
import { randomSeed } from "../quiz/randomSeed";
import { shareDecks } from "../quiz/shareDecks";
import type { Catalog } from "@/lib/content/catalog";
import { studyStore } from "../study/studyStore";
import CorrectionModePicker from "./CorrectionModePicker";
import FactPicker from "./FactPicker";
import PrintSheetLink from "./PrintSheetLink";
import { deferred } from "../deferred";

// Shown only on demand (the preview) or once a link is made (the share section): loaded then.
const QuizPreview = deferred(() => import("./QuizPreview"));
const ShareLink = deferred(() => import("../quiz/ShareLink"));

export default function QuizBuilder({ catalog }: { catalog: Catalog }) {
  const titleId = useId();
  const [title, setTitle] = useState("");
  const [factIds, setFactIds] = useState<Set<string> | null>(null);
  const [kinds, setKinds] = useState<QuestionKind[]>([...QUESTION_KINDS]);
  const [count, setCount] = useState(10);
  const [timeLimitSec, setTimeLimitSec] = useState(0);
  const [corrections, setCorrections] = useState<CorrectionMode>("each");
  const [seed, setSeed] = useState(() => randomSeed());
  const [showPreview, setShowPreview] = useState(false);
  const [created, setCreated] = useState<{ key: string; url: string; payload: string } | null>(null);
  const [error, setError] = useState("");

  const deck = catalog.decks[0];
  const chosen = useMemo(() => factIds ?? new Set(deck?.facts.filter((f) => !f.flagged).map((f) => f.id)), [factIds, deck]);
  const spec: QuizSpec | null = deck
    ? { deckId: deck.meta.id, factIds: deck.facts.filter((f) => chosen.has(f.id)).map((f) => f.id), kinds, count, seed, timeLimitSec, title, corrections }
    : null;
  const specKey = JSON.stringify(spec);
  const questions = useMemo(() => {
    if (!deck || !spec || spec.factIds.length === 0 || spec.kinds.length === 0) return [];
    try {
      return quizQuestions(spec, catalog.factsById, deck.facts);
    } catch {
      // A generator bug must not take the whole page down: the preview then says no question is possible.
      return [];
    }
    // specKey stands for spec, which is rebuilt each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalog, deck, specKey]);

  if (!deck || !spec) return <p role="status">Aucun article à interroger.</p>;
  const titleLength = codePointLength(normalizeLinkText(title));

  const create = () => {
    if (spec.factIds.length === 0) return setError("Choisissez au moins un thème ou un fait.");
    if (spec.kinds.length === 0) return setError("Choisissez au moins un type de question.");
    if (titleLength > MAX_TITLE_LENGTH) return setError(`Le titre doit faire ${MAX_TITLE_LENGTH} caractères au plus.`);
    const problems = quizSpecProblems(spec);
    if (problems.length > 0) return setError("Ce titre contient des caractères non permis (retours à la ligne, caractères invisibles).");
    try {
      const shareDeck = shareDecks(catalog).find((d) => d.id === deck.meta.id)!;
      const payload = encodeQuizLink(spec, shareDeck);
      studyStore().getState().saveTeacherQuiz(spec, Date.now());
      setError("");
      setCreated({ key: specKey, url: `${window.location.origin}/quiz/play/#${payload}`, payload });
    } catch {
      setError("Ce quiz ne peut pas être partagé : réduisez le nombre de faits ou la longueur du titre.");
    }
  };

  const link = created && created.key === specKey ? created.url : null;
  return (
    <div className="space-y-6">
      <form
        className="space-y-5 rounded-2xl border border-line bg-surface p-4"
        aria-labelledby="builder-title"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <h2 id="builder-title" className="text-lg font-semibold">
          Réglages du quiz
        </h2>
        <div className="space-y-1">
          <label htmlFor={titleId} className="block font-semibold">
            Titre <span className="font-normal text-muted">(facultatif, {MAX_TITLE_LENGTH} caractères au plus)</span>
          </label>
          <input
            id={titleId}
            value={title}
            maxLength={MAX_TITLE_LENGTH * 2}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby={`${titleId}-count`}
            className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3"
          />
          <p id={`${titleId}-count`} className={`text-right text-sm ${titleLength > MAX_TITLE_LENGTH ? "font-semibold text-bad" : "text-muted"}`}>
            {titleLength}/{MAX_TITLE_LENGTH}
          </p>
        </div>
        <FactPicker deck={deck} value={chosen} onChange={setFactIds} />
        <KindPicker value={kinds} onChange={setKinds} legend="Types de questions" />
        <CountInput value={count} onChange={setCount} />
        <TimeLimitSelect value={timeLimitSec} onChange={setTimeLimitSec} />
        <CorrectionModePicker value={corrections} onChange={setCorrections} />
        {spec.factIds.length > 0 && kinds.length > 0 && questions.length < count && (
          <p className="rounded-xl bg-warn-bg p-3 text-sm text-warn-ink">
            Avec ces faits et ces types, le quiz comptera {questions.length} question{questions.length > 1 ? "s" : ""}.
          </p>
        )}
        {error && (
          <p role="alert" className="font-medium text-bad">
            {error}
          </p>
        )}
        <div className="grid grid-cols-2 gap-2">
          <button type="button" onClick={() => setShowPreview((v) => !v)} aria-expanded={showPreview} className="min-h-12 rounded-xl border-2 border-brand px-3 font-semibold text-brand">
            {showPreview ? "Masquer l’aperçu" : "Aperçu"}
          </button>
          <button type="button" onClick={() => setSeed(randomSeed())} className="min-h-12 rounded-xl border-2 border-line px-3 font-semibold">
            Autres questions
          </button>
        </div>
        <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Créer le lien du quiz
        </button>
      </form>

      {showPreview && (
        <section aria-labelledby="preview-title" className="space-y-2">
          <h2 id="preview-title" className="text-lg font-semibold">
            Aperçu : ce que verront les élèves
          </h2>
          <QuizPreview questions={questions} catalog={catalog} deckId={deck.meta.id} />
        </section>
      )}

      {link && (
        <section aria-labelledby="share-title" className="space-y-3 rounded-2xl border-2 border-brand bg-surface p-4">
          <h2 id="share-title" className="text-lg font-semibold">
            Lien du quiz prêt
          </h2>
          <p className="text-sm text-muted">
            Le quiz voyage dans le lien lui-même (après le #) : aucun serveur ne le voit. Chaque élève qui l’ouvre obtient les mêmes questions.
          </p>
          <ShareLink url={link} label="Lien du quiz" shareTitle={title || "Quiz"} shareText="Voici le quiz à faire :" qrLabel="QR code du lien du quiz" testId="quiz-link" />
          <Link prefetch={false} href="/resultats/" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
            Voir les résultats de la classe
          </Link>
          {created && <PrintSheetLink payload={created.payload} />}
        </section>
      )}
    </div>
  );
}
