// Mastery per topic (mean probability of recall of its cards today, new cards counting as 0) as
// labelled horizontal bars, backed by a table.
import { useId } from "react";
import ChartTable from "./ChartTable";
import { percent } from "./format";

export interface TopicRow {
  id: string;
  label: string;
  cards: number;
  mastery: number;
}

const WIDTH = 300;
const ROW = 32;

export default function MasteryBars({ rows }: { rows: TopicRow[] }) {
  const captionId = useId();
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} className="w-full" role="img" aria-labelledby={captionId}>
        {rows.map((row, i) => (
          <g key={row.id} transform={`translate(0 ${i * ROW})`}>
            <text x={0} y={11} className="fill-ink text-[10px]">
              {row.label}
            </text>
            <text x={WIDTH} y={11} textAnchor="end" className="fill-muted text-[10px]">
              {percent(row.mastery)}
            </text>
            <rect x={0} y={15} width={WIDTH} height={10} rx={3} className="fill-line" />
            <rect x={0} y={15} width={Math.min(1, Math.max(0, row.mastery)) * WIDTH} height={10} rx={3} className="fill-good" />
          </g>
        ))}
      </svg>
      <figcaption id={captionId} className="text-sm text-muted">
        Maîtrise par thème&nbsp;: probabilité moyenne de te souvenir de ses cartes aujourd’hui (une carte jamais vue compte 0&nbsp;%).
      </figcaption>
      <ChartTable
        caption="Maîtrise par thème"
        columns={["Thème", "Cartes", "Maîtrise"]}
        keys={rows.map((r) => r.id)}
        rows={rows.map((r) => [r.label, r.cards, percent(r.mastery)])}
        testId="mastery-table"
      />
    </figure>
  );
}
