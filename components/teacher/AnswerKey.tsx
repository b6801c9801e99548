// « Le corrigé »: for each question its number, prompt and key, and the article's sentence(s) it comes
// from with their paragraph (« § 4 »), so the teacher corrects with the text at hand. Printed on a page
// of its own, after the questions.
import type { Fact } from "@/lib/content/schema";
import type { Question } from "@/lib/generate/types";
import { answerKeyLines } from "@/lib/quiz/answerKey";
import { questionSources } from "@/lib/quiz/sources";
import PromptText from "../question/PromptText";

interface Props {
  title: string;
  questions: readonly Question[];
  factsById: ReadonlyMap<string, Fact>;
}

/** « Réponse : … » on one line, or followed by the list of pairs or dated events. */
function KeyLines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <p className="font-semibold">Réponse&nbsp;: {lines[0]}</p>;
  return (
    <div className="font-semibold">
      <p>Réponse&nbsp;:</p>
      <ul className="pl-4">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export default function AnswerKey({ title, questions, factsById }: Props) {
  return (
    <section aria-labelledby="key-title" data-testid="answer-key" className="space-y-4 break-before-page rounded-2xl border border-line bg-surface p-4 print:rounded-none print:border-0 print:p-0">
      <h2 id="key-title" className="text-xl font-bold break-words">
        Corrigé&nbsp;: {title}
      </h2>
      <ol className="space-y-4">
        {questions.map((question, i) => (
          <li key={question.id} data-testid="key-question" className="space-y-1 break-inside-avoid">
            <h3 className="font-semibold">Question {i + 1}</h3>
            <p>
              <PromptText question={question} />
            </p>
            <KeyLines lines={answerKeyLines(question)} />
            <ul className="space-y-1 text-sm text-muted">
              {questionSources(question, factsById).map((source) => (
                <li key={`${source.paragraph}:${source.sentence}`}>
                  § {source.paragraph}
                  {/* In italics, not between « »: many sentences quote a speech and carry their own. */}
                  {source.sentence && <>&nbsp;: <i>{source.sentence}</i></>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
