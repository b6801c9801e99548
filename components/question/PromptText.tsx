// A question's prompt as a student reads it: a cloze's blank drawn as a line (named for screen
// readers), with what touches it kept on its line.
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
        <span className="inline-block min-w-16 border-b-2 border-ink">
          <span className="sr-only">(blanc à compléter)</span>&nbsp;
        </span>
        {glued}
      </span>
      {after.slice(glued.length)}
    </>
  );
}
