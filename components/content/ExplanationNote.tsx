// A fact's explanation as a student reads it after an answer or over the article: typeset, and headed
// « Hors article » when it brings knowledge the article does not give, so the student knows not to
// look for it there.
import { typesetFrench } from "@/lib/french/typeset";
import type { Fact } from "@/lib/content/schema";

interface Props {
  text: string;
  source?: Fact["explanationSource"];
  className?: string;
}

export default function ExplanationNote({ text, source, className = "text-sm text-muted" }: Props) {
  return (
    <p className={className} data-testid="explanation" data-source={source ?? "article"}>
      {source === "outside" && <strong className="font-semibold">{"Hors article\u00a0: "}</strong>}
      {typesetFrench(text)}
    </p>
  );
}
