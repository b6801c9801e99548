"use client";
// The end-of-quiz correction: every question with the student's answer, the key and the article's
// sentence it comes from, and « Signaler cette question » to contest one (the report goes to the
// teacher with the result). In a test with corrections at the end, this is where answers are first
// marked right or wrong.
import Link from "next/link";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import { answerKeyLines } from "@/lib/quiz/answerKey";
import { givenText, wrongAnswerOf } from "@/lib/quiz/given";
import { questionSources } from "@/lib/quiz/sources";
import type { AnswerRecord } from "@/lib/quiz/session";
import PromptText from "../question/PromptText";
import ReportQuestion from "./ReportQuestion";

interface Props {
  questions: readonly Question[];
  records: readonly (AnswerRecord | undefined)[];
  catalog: Catalog;
  deckId: string;
  /** Reported questions (index → reason, "" for none). */
  reports: ReadonlyMap<number, string>;
  onReport: (index: number, reason: string | null) => void;
}

const VERDICTS = { correct: "Juste", close: "Juste (à l’orthographe près)", wrong: "Faux" } as const;

/** What the student gave, as they would recognise it. */
function givenAnswer(question: Question, index: number, record: AnswerRecord | undefined): string {
  if (record && record.verdict !== "wrong" && question.kind === "match") return "toutes les associations justes";
  if (record && record.verdict !== "wrong" && question.kind === "order") return "l’ordre juste";
  return givenText(question, wrongAnswerOf(question, index, record?.response));
}

export default function QuizCorrection({ questions, records, catalog, deckId, reports, onReport }: Props) {
  return (
    <ol className="space-y-3" data-testid="correction">
      {questions.map((question, i) => {
        const record = records[i];
        const verdict = record?.verdict ?? "wrong";
        const good = verdict !== "wrong";
        const key = answerKeyLines(question);
        return (
          <li key={question.id} data-testid="correction-item" data-verdict={verdict} className={`space-y-2 rounded-xl border-2 bg-surface p-3 ${good ? "border-good" : "border-bad"}`}>
            <p className="text-sm font-semibold">
              Question {i + 1} ·{" "}
              <span className={good ? "text-good" : "text-bad"}>{record ? VERDICTS[verdict] : "Sans réponse"}</span>
            </p>
            <p className="font-medium">
              <PromptText question={question} />
            </p>
            <p className="text-sm">
              Ta réponse : <span className={good ? "font-semibold" : "font-semibold text-bad"}>{givenAnswer(question, i, record)}</span>
            </p>
            <div className="text-sm">
              Réponse attendue :{" "}
              {key.length === 1 ? (
                <strong>{key[0]}</strong>
              ) : (
                <ul className="mt-1 list-inside list-disc">
                  {key.map((line, n) => (
                    <li key={n}>
                      <strong>{line}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {questionSources(question, catalog.factsById).map(
              ({ paragraph, sentence }) =>
                sentence && (
                  <blockquote key={`${paragraph}:${sentence}`} className="border-l-4 border-line pl-3 text-sm text-muted" data-testid="correction-sentence">
                    <span className="font-semibold">§ {paragraph} :</span> <i>{sentence}</i>
                  </blockquote>
                ),
            )}
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link prefetch={false} href={`/article/${deckId}/#p-${question.paragraph}`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand underline">
                Voir dans l’article
              </Link>
              <ReportQuestion number={i + 1} report={reports.get(i) ?? null} onChange={(reason) => onReport(i, reason)} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
