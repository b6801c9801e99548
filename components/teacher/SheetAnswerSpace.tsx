// Where a student answers a question on paper, by kind: boxes to tick (choices, true/false), a line to
// write on (typed, cloze), numbered and lettered columns with room for the pairs (match), a box per
// event for its position (order). Boxes and lines are drawn, not typed, so a reader skips them.
import type { Question } from "@/lib/generate/types";

/** « A », « B »…: how the sheet names choices and right-hand answers. */
function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

function TickBox() {
  return <span aria-hidden="true" className="mt-0.5 inline-block h-4 w-4 shrink-0 border-2 border-ink" />;
}

function WritingLine({ className = "" }: { className?: string }) {
  return <span aria-hidden="true" className={`inline-block h-6 border-b border-dotted border-ink ${className}`} />;
}

function BoxList({ items, lettered = false, inline = false }: { items: readonly string[]; lettered?: boolean; inline?: boolean }) {
  return (
    <ul className={inline ? "flex flex-wrap gap-x-8 gap-y-1" : "space-y-1"}>
      {items.map((item, i) => (
        <li key={item} className="flex items-start gap-2">
          <TickBox />
          <span>{lettered ? `${letter(i)}. ${item}` : item}</span>
        </li>
      ))}
    </ul>
  );
}

export default function SheetAnswerSpace({ question }: { question: Question }) {
  switch (question.kind) {
    case "mcq":
      return <BoxList items={question.options} lettered />;
    case "true-false":
      return <BoxList items={question.options} inline />;
    case "typed":
    case "cloze":
      return (
        <p className="flex items-end gap-2">
          Réponse&nbsp;: <WritingLine className="flex-1" />
        </p>
      );
    case "match":
      return (
        <div className="space-y-2">
          <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 print:grid-cols-2">
            <ol className="space-y-1">
              {question.pairs.map((pair, i) => (
                <li key={pair.left}>{`${i + 1}. ${pair.left}`}</li>
              ))}
            </ol>
            <ul className="space-y-1">
              {question.options.map((option, i) => (
                <li key={option}>{`${letter(i)}. ${option}`}</li>
              ))}
            </ul>
          </div>
          <p className="flex flex-wrap items-end gap-x-5 gap-y-2">
            Paires&nbsp;:
            {question.pairs.map((pair, i) => (
              <span key={pair.left} className="inline-flex items-end gap-1">
                {i + 1} → <WritingLine className="w-10" />
              </span>
            ))}
          </p>
        </div>
      );
    case "order":
      return (
        <div className="space-y-1">
          <p className="text-sm">Écrivez dans chaque case la place de l’événement (1 pour le plus ancien).</p>
          <BoxList items={question.options} />
        </div>
      );
  }
}
