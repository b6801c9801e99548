// « Le sujet »: the quiz as students get it on paper — its title, a line for name, class and date, then
// every question numbered with its kind, its prompt and room to answer. No answer shows here.
import type { Question } from "@/lib/generate/types";
import PromptText from "../question/PromptText";
import { KIND_NAMES } from "../quiz/KindPicker";
import SheetAnswerSpace from "./SheetAnswerSpace";

interface Props {
  title: string;
  questions: readonly Question[];
}

export default function QuestionSheet({ title, questions }: Props) {
  return (
    <section aria-labelledby="sheet-title" data-testid="sheet" className="space-y-4 rounded-2xl border border-line bg-surface p-4 print:rounded-none print:border-0 print:p-0">
      <h2 id="sheet-title" className="text-xl font-bold break-words">
        {title}
      </h2>
      <p className="text-sm">Nom&nbsp;: ………………………… Classe&nbsp;: ………… Date&nbsp;: …………</p>
      <ol className="space-y-5">
        {questions.map((question, i) => (
          <li key={question.id} data-testid="sheet-question" className="space-y-2 break-inside-avoid">
            <h3 className="font-semibold">
              Question {i + 1} <span className="font-normal text-muted">· {KIND_NAMES[question.kind]}</span>
            </h3>
            <p className="font-medium">
              <PromptText question={question} />
            </p>
            <SheetAnswerSpace question={question} />
          </li>
        ))}
      </ol>
    </section>
  );
}
