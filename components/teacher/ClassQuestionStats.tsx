"use client";
// One class test question by question, for the teacher: success rate, and when the quiz's questions
// are known here, each question's text, its key and the wrong answer given most (the misconception to
// take up in class).
import type { Question } from "@/lib/generate/types";
import { answerKeyText } from "@/lib/quiz/answerKey";
import type { QuestionRow } from "@/lib/quiz/classQuestions";
import { KIND_NAMES } from "../quiz/KindPicker";
import PromptText from "../question/PromptText";

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)} %`;

export default function ClassQuestionStats({ rows, questions }: { rows: readonly QuestionRow[]; questions: readonly Question[] | null }) {
  return (
    <ol className="space-y-3" data-testid="question-stats">
      {rows.map((row) => {
        const question = questions?.[row.index];
        const answered = row.right + row.wrong;
        return (
          <li key={row.index} className="space-y-1 border-b border-line pb-2 text-sm" data-testid="question-stat">
            <div className="flex items-center gap-2">
              <span className="w-32 shrink-0 break-words sm:w-40">
                Q{row.index + 1}
                {question && <span className="text-muted"> · {KIND_NAMES[question.kind]}</span>}
              </span>
              <span className="h-2 flex-1 overflow-hidden rounded-full bg-line" aria-hidden="true">
                <span className="block h-full bg-good" style={{ width: percent(row.right, answered).replace(" ", "") }} />
              </span>
              <span className="w-24 shrink-0 text-right whitespace-nowrap">
                {percent(row.right, answered)} ({row.right}/{answered})
              </span>
            </div>
            {question && (
              <>
                <p>
                  <PromptText question={question} />
                </p>
                <p className="text-muted">
                  Réponse attendue : <span className="font-medium text-ink">{answerKeyText(question)}</span>
                </p>
              </>
            )}
            {row.topWrong && (
              <p data-testid="top-wrong">
                Réponse fausse la plus fréquente : <span className="font-medium">« {row.topWrong.text} »</span>{" "}
                <span className="text-muted">
                  ({row.topWrong.count} élève{row.topWrong.count > 1 ? "s" : ""})
                </span>
              </p>
            )}
            {row.unanswered > 0 && (
              <p className="text-muted">
                Sans réponse : {row.unanswered} élève{row.unanswered > 1 ? "s" : ""}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
