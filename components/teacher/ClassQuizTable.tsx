"use client";
// One quiz's results in the teacher's class table: each student's score, date and time (removable;
// the parent offers « Annuler »), the questions students reported, each question's success rate and
// wrong answer given most, the most-missed facts, two CSV exports (per student, per question) and the
// printable sheet and key. Question texts, keys and facts are known for quizzes created in this browser
// or imported with a class file, whose spec regenerates the questions; otherwise question numbers only.
import { useMemo } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import { formatDuration } from "@/lib/quiz/clock";
import { quizQuestions } from "@/lib/quiz/questions";
import { mostMissedFacts } from "@/lib/quiz/classFacts";
import { questionHeaders, questionsCsv } from "@/lib/quiz/classCsv";
import { questionRows } from "@/lib/quiz/classQuestions";
import { formatFrenchDate, parseIsoDate } from "@/lib/french/dates";
import { classResultsCsv, CSV_BOM } from "@/lib/share/csv";
import { encodeQuizLink } from "@/lib/share/quizLink";
import { resultKey, summarizeClass, type ClassResultsTable } from "@/lib/share/classResults";
import type { QuizResult } from "@/lib/share/quizResult";
import type { QuizSpec } from "@/lib/share/quizSpec";
import { downloadText } from "../download";
import { shareDecks } from "../quiz/shareDecks";
import { studyStore } from "../study/studyStore";
import ClassQuestionStats from "./ClassQuestionStats";
import PrintSheetLink from "./PrintSheetLink";
import ReportedQuestions from "./ReportedQuestions";

interface Props {
  quizId: string;
  table: ClassResultsTable;
  spec: QuizSpec | undefined;
  catalog: Catalog;
  /** Called with a result just removed, so it can be brought back. */
  onRemoved: (result: QuizResult) => void;
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/** "2025-03-14" → "14 mars 2025"; anything else is shown as it came. */
function frenchDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatFrenchDate(parseIsoDate(iso)) : iso;
}

function regenerate(spec: QuizSpec | undefined, catalog: Catalog): Question[] | null {
  if (!spec) return null;
  const deck = catalog.decks.find((d) => d.meta.id === spec.deckId);
  if (!deck) return null;
  try {
    return quizQuestions(spec, catalog.factsById, deck.facts);
  } catch {
    return null;
  }
}

/** The quiz link payload of a known spec, for its printable sheet; `null` when it cannot be made here. */
function linkPayload(spec: QuizSpec | undefined, catalog: Catalog): string | null {
  const deck = spec && shareDecks(catalog).find((d) => d.id === spec.deckId);
  if (!spec || !deck) return null;
  try {
    return encodeQuizLink(spec, deck);
  } catch {
    return null;
  }
}

export default function ClassQuizTable({ quizId, table, spec, catalog, onRemoved }: Props) {
  const summary = useMemo(() => summarizeClass(table, quizId), [table, quizId]);
  const questions = useMemo(() => regenerate(spec, catalog), [spec, catalog]);
  const rows = useMemo(() => questionRows(table.filter((r) => r.quizId === quizId), questions), [table, quizId, questions]);
  const payload = useMemo(() => linkPayload(spec, catalog), [spec, catalog]);
  const missedFacts = useMemo(() => (questions ? mostMissedFacts(summary, questions).slice(0, 8) : []), [summary, questions]);
  const title = spec ? spec.title || "Quiz sans titre" : `Quiz ${quizId}`;
  const headingId = `quiz-${quizId}`;

  const remove = (key: string) => {
    const result = table.find((r) => resultKey(r) === key);
    if (!result) return;
    studyStore().getState().removeClassResult(key);
    onRemoved(result);
  };

  const exportStudentsCsv = () => {
    const csv = CSV_BOM + classResultsCsv(summary, { separator: ";", questionHeaders: questions ? questionHeaders(questions) : undefined });
    downloadText(`resultats-quiz-${quizId}-eleves.csv`, csv, "text/csv");
  };
  const exportQuestionsCsv = () => {
    const csv = CSV_BOM + questionsCsv(rows, questions, { separator: ";" });
    downloadText(`resultats-quiz-${quizId}-questions.csv`, csv, "text/csv");
  };

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-2xl border border-line bg-surface p-3 sm:p-4" data-testid="class-quiz" data-quiz-id={quizId}>
      <div>
        <h2 id={headingId} className="text-lg font-bold break-words" data-testid="class-quiz-title">
          {title}
        </h2>
        <p className="text-sm text-muted">
          {summary.students.length} résultat{summary.students.length > 1 ? "s" : ""} · réussite moyenne {percent(summary.averageSuccessRate)} · temps moyen{" "}
          {formatDuration(summary.averageTimeSec)}
        </p>
      </div>

      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Score de chaque élève</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-2">
                Élève
              </th>
              <th scope="col" className="py-2 pr-2">
                Score
              </th>
              <th scope="col" className="py-2 pr-2">
                Temps
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.students.map((student) => (
              <tr key={student.key} className="border-b border-line" data-testid="class-row">
                <th scope="row" className="py-2 pr-2 font-medium break-words">
                  {student.name}
                  {student.attempt > 1 && <span className="font-normal text-muted"> (essai {student.attempt})</span>}
                  {student.answeredOn && <span className="block text-xs font-normal whitespace-nowrap text-muted">{frenchDay(student.answeredOn)}</span>}
                </th>
                <td className="py-2 pr-2 whitespace-nowrap" data-testid="class-score">
                  {student.score}/{student.total}
                </td>
                <td className="py-2 pr-2">{formatDuration(student.totalTimeSec)}</td>
                <td className="py-2 text-right">
                  <button
                    type="button"
                    onClick={() => remove(student.key)}
                    aria-label={`Retirer le résultat de ${student.name}`}
                    className="min-h-11 rounded-lg border border-line px-2 text-sm sm:px-3"
                  >
                    Retirer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ReportedQuestions rows={rows} questions={questions} />

      <details>
        <summary className="flex min-h-11 cursor-pointer items-center font-semibold">Réussite par question</summary>
        <ClassQuestionStats rows={rows} questions={questions} />
      </details>

      <div className="space-y-2">
        <h3 className="font-semibold">Les plus manqués</h3>
        {summary.mostMissed.length === 0 ? (
          <p className="text-sm text-muted">Aucune question manquée.</p>
        ) : questions ? (
          <ul className="space-y-1 text-sm" data-testid="missed-facts">
            {missedFacts.map((missed) => {
              const fact = catalog.factsById.get(missed.factId);
              return (
                <li key={missed.factId}>
                  <span className="font-medium">{fact?.label ?? missed.factId}</span>
                  <span className="text-muted">
                    {" "}
                    — manqué {missed.missed} fois sur {missed.answered} (question{missed.questionNumbers.length > 1 ? "s" : ""}{" "}
                    {missed.questionNumbers.join(", ")})
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm">
            Questions {summary.mostMissed.slice(0, 8).map((i) => i + 1).join(", ")}.{" "}
            <span className="text-muted">Ce quiz n’a pas été créé dans ce navigateur : seuls les numéros des questions sont connus.</span>
          </p>
        )}
      </div>

      <div className="grid gap-2 sm:grid-cols-2">
        <button type="button" onClick={exportStudentsCsv} className="min-h-11 rounded-xl border-2 border-line bg-bg px-3 font-semibold">
          CSV par élève
        </button>
        <button type="button" onClick={exportQuestionsCsv} className="min-h-11 rounded-xl border-2 border-line bg-bg px-3 font-semibold">
          CSV par question
        </button>
      </div>
      {payload && <PrintSheetLink payload={payload} />}
    </section>
  );
}
