// A question's prompt as text, its cloze blank drawn as a line to fill: on screen (QuestionCard) and on
// the printed sheet, so the blank looks and reads the same in both.
import { BLANK } from "@/lib/generate/rewrite";
import type { Question } from "@/lib/generate/types";

export default function PromptText({ question }: { question: Question }) {
  if (question.kind !== "cloze") return <>{question.prompt}</>;
  const [before, after] = question.prompt.split(BLANK);
  // What touches the blank (a final full stop, « , ») stays on its line: never a lone « . » below.
  const glued = after.match(/^\S*/)![0];
  return (
    <>
      {before}
      <span className="whitespace-nowrap">
        {/* aria-label is not allowed on a plain span: the blank is named by hidden text instead. */}
        <span className="inline-block min-w-16 border-b-2 border-ink print:min-w-32">
          <span className="sr-only">(blanc à compléter)</span>&nbsp;
        </span>
        {glued}
      </span>
      {after.slice(glued.length)}
    </>
  );
}
