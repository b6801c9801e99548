// 30-day due forecast as SVG bars (today's bar, which includes overdue cards, stands out), with the
// same figures in a table for screen readers and keyboard users.
import { useId } from "react";
import type { DayCount } from "@/lib/study/stats";
import ChartTable from "./ChartTable";
import { plural, shortDay } from "./format";

const WIDTH = 300;
const PLOT_TOP = 14;
const PLOT_HEIGHT = 100;
const AXIS = PLOT_TOP + PLOT_HEIGHT;
/** Days that get a date under the axis. */
const TICKS = [0, 7, 14, 21];

export default function ForecastChart({ days }: { days: DayCount[] }) {
  const captionId = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const bar = WIDTH / Math.max(1, days.length);
  const today = days[0]?.count ?? 0;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${AXIS + 16}`} className="w-full" role="img" aria-labelledby={captionId}>
        <line x1={0} x2={WIDTH} y1={PLOT_TOP} y2={PLOT_TOP} className="stroke-line" strokeDasharray="3 3" />
        <text x={WIDTH} y={PLOT_TOP - 4} textAnchor="end" className="fill-muted text-[10px]">
          {max}
        </text>
        {days.map((d, i) => {
          // A single card still shows as a sliver, so a light day is not read as an empty one.
          const h = d.count === 0 ? 0 : Math.max(2, (d.count / max) * PLOT_HEIGHT);
          return (
            <rect key={d.day} x={i * bar + 1} y={AXIS - h} width={bar - 2} height={h} rx={1.5} className={i === 0 ? "fill-accent" : "fill-brand"}>
              <title>{`${i === 0 ? "Aujourd’hui" : shortDay(d.day)}\u00a0: ${plural(d.count, "carte")}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={WIDTH} y1={AXIS} y2={AXIS} className="stroke-muted" />
        {TICKS.filter((i) => i < days.length).map((i) => (
          <text key={i} x={i * bar + 1} y={AXIS + 13} className="fill-muted text-[10px]">
            {i === 0 ? "auj." : shortDay(days[i].day)}
          </text>
        ))}
      </svg>
      <figcaption id={captionId} className="text-sm text-muted">
        Cartes à revoir chaque jour des {days.length} prochains jours&nbsp;: {plural(today, "carte")} d’ici la fin de la journée (retards compris),{" "}
        {total} en tout, au plus {max} un même jour.
      </figcaption>
      <ChartTable
        caption="Prévision des révisions, jour par jour"
        columns={["Jour", "Cartes"]}
        keys={days.map((d) => d.day)}
        rows={days.map((d, i) => [i === 0 ? `${shortDay(d.day)} (aujourd’hui)` : shortDay(d.day), d.count])}
        footer={["Total", total]}
        folded
        testId="forecast-table"
      />
    </figure>
  );
}
