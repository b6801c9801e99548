"use client";
// /prof/imprimer/: the quiz of a teacher's link (`#q1.…`, the same payload as /quiz/play/) on paper:
// the question sheet for the class and, on a page of its own, the answer key with the article's
// sentences. The link is read like the student's player reads it; a refused one says why in French.
import { useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import LinkProblem from "../quiz/LinkProblem";
import type { NoQuizMessage, PreparedQuiz } from "../quiz/prepareQuizLink";
import { useLinkedQuiz } from "../quiz/useLinkedQuiz";
import { useFragment } from "../quiz/useFragment";
import AnswerKey from "./AnswerKey";
import PrintToolbar, { type PrintParts } from "./PrintToolbar";
import QuestionSheet from "./QuestionSheet";

const BACK_TO_BUILDER = { href: "/prof/", label: "Créer un quiz" };

const NO_QUIZ: NoQuizMessage = {
  title: "Aucun quiz à imprimer",
  message: "Cette adresse ne contient pas de quiz. Créez un quiz, puis suivez « Sujet et corrigé à imprimer ».",
};

function PrintFromLink({ prepared, catalog }: { prepared: PreparedQuiz; catalog: Catalog }) {
  const [parts, setParts] = useState<PrintParts>({ sheet: true, key: true });
  if (!prepared.ok) return <LinkProblem title={prepared.title} message={prepared.message} other={BACK_TO_BUILDER} />;
  const title = prepared.spec.title || "Quiz";
  return (
    <div className="space-y-6">
      <PrintToolbar parts={parts} onChange={setParts} />
      {parts.sheet && <QuestionSheet title={title} questions={prepared.questions} />}
      {parts.key && <AnswerKey title={title} questions={prepared.questions} factsById={catalog.factsById} />}
      {!parts.sheet && !parts.key && <p className="print:hidden">Cochez le sujet, le corrigé ou les deux pour les imprimer.</p>}
    </div>
  );
}

export default function PrintableQuiz() {
  const fragment = useFragment();
  const quiz = useLinkedQuiz(fragment, NO_QUIZ);
  if (fragment === null || !quiz) return <p role="status">Chargement du quiz…</p>;
  return <PrintFromLink key={fragment} prepared={quiz.prepared} catalog={quiz.catalog} />;
}
