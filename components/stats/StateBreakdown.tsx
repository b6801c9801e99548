// Cards by learning state (new, learning, review, relearning) as one stacked bar with a table whose
// colour keys double as the chart's legend.
import { useId } from "react";
import { CARD_STATE_LABEL, type CardState } from "@/lib/study/types";
import ChartTable from "./ChartTable";
import { percent } from "./format";

const STATES: readonly CardState[] = [0, 1, 3, 2];
const FILL: Record<CardState, string> = { 0: "fill-line", 1: "fill-accent", 2: "fill-good", 3: "fill-bad" };
const BG: Record<CardState, string> = { 0: "bg-line", 1: "bg-accent", 2: "bg-good", 3: "bg-bad" };
const WIDTH = 300;

export default function StateBreakdown({ counts }: { counts: Record<CardState, number> }) {
  const captionId = useId();
  const total = STATES.reduce<number>((sum, s) => sum + counts[s], 0);
  let x = 0;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} 20`} className="w-full" role="img" aria-labelledby={captionId}>
        <rect x={0} y={0} width={WIDTH} height={20} rx={4} className="fill-line" />
        {total > 0 &&
          STATES.map((s) => {
            const w = (counts[s] / total) * WIDTH;
            const rect = w > 0 && (
              <rect key={s} x={x} y={0} width={w} height={20} className={FILL[s]}>
                <title>{`${CARD_STATE_LABEL[s]}\u00a0: ${counts[s]}`}</title>
              </rect>
            );
            x += w;
            return rect;
          })}
      </svg>
      <figcaption id={captionId} className="text-sm text-muted">
        Tes {total} cartes selon leur état&nbsp;: {counts[2]} en révision, {counts[0]} jamais vues.
      </figcaption>
      <ChartTable
        caption="Cartes par état"
        columns={["État", "Cartes", "Part"]}
        keys={STATES.map(String)}
        rows={STATES.map((s) => [
          <span key="label" className="inline-flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm border border-muted/40 ${BG[s]}`} />
            {CARD_STATE_LABEL[s]}
          </span>,
          counts[s],
          percent(total ? counts[s] / total : 0),
        ])}
        footer={["Total", total, percent(total ? 1 : 0)]}
        testId="state-table"
      />
    </figure>
  );
}
