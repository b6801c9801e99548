"use client";
// The questions students contested (« Signaler cette question » at the end of the quiz), with who
// reported each and why, so the teacher can check them before counting the marks.
import type { Question } from "@/lib/generate/types";
import { answerKeyText } from "@/lib/quiz/answerKey";
import type { QuestionRow } from "@/lib/quiz/classQuestions";
import PromptText from "../question/PromptText";

export default function ReportedQuestions({ rows, questions }: { rows: readonly QuestionRow[]; questions: readonly Question[] | null }) {
  const reported = rows.filter((row) => row.reports.length > 0);
  if (reported.length === 0) return null;
  return (
    <div className="space-y-2 rounded-xl border-2 border-accent p-3" data-testid="reported-questions">
      <h3 className="font-semibold">
        Questions signalées par les élèves ({reported.length})
      </h3>
      <ul className="space-y-2 text-sm">
        {reported.map((row) => {
          const question = questions?.[row.index];
          return (
            <li key={row.index} className="space-y-1">
              <p className="font-medium">
                Q{row.index + 1}
                {question && (
                  <>
                    {" "}
                    : <PromptText question={question} />
                  </>
                )}
              </p>
              {question && <p className="text-muted">Réponse attendue : {answerKeyText(question)}</p>}
              <ul className="list-inside list-disc">
                {row.reports.map((report, i) => (
                  <li key={i}>
                    {report.name}
                    {report.reason ? ` : « ${report.reason} »` : " (sans motif)"}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
