// Review calendar: one square per study day over the last weeks, a column per week (Monday on top),
// darker for more reviews, today outlined; with a table of the days that had reviews.
import { useId } from "react";
import type { DayCount } from "@/lib/study/stats";
import ChartTable from "./ChartTable";
import { longDay, monthOf, plural, weekdayOf } from "./format";

const CELL = 14;
const LEFT = 18;
const TOP = 14;
const LEVELS = ["fill-line", "fill-brand/35", "fill-brand/65", "fill-brand"] as const;
const ROW_LABELS = [
  [0, "L"],
  [2, "M"],
  [4, "V"],
] as const;

function level(count: number, max: number): number {
  return count === 0 ? 0 : Math.min(3, Math.ceil((count / max) * 3));
}

export default function ReviewHeatmap({ days }: { days: DayCount[] }) {
  const captionId = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  // Blank cells before the first day, so every row is one weekday.
  const pad = days.length ? weekdayOf(days[0].day) : 0;
  const columns = Math.ceil((days.length + pad) / 7);
  const width = LEFT + columns * CELL;
  const height = TOP + 7 * CELL + 18;
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((sum, d) => sum + d.count, 0);
  const recentFirst = [...active].reverse();
  const todayKey = days.at(-1)?.day;

  // Month names above the column holding the 1st, unless too close to the previous label.
  const months: { col: number; label: string }[] = [];
  days.forEach((d, i) => {
    const col = Math.floor((i + pad) / 7);
    if ((i === 0 || d.day.endsWith("-01")) && (months.length === 0 || col - months.at(-1)!.col >= 3)) {
      if (i === 0 && Number(d.day.slice(8)) > 20) return; // the first month would be cut short
      months.push({ col, label: monthOf(d.day) });
    }
  });

  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full" role="img" aria-labelledby={captionId}>
        {months.map((m) => (
          <text key={m.col} x={LEFT + m.col * CELL + 1} y={TOP - 4} className="fill-muted text-[9px]">
            {m.label}
          </text>
        ))}
        {ROW_LABELS.map(([row, label]) => (
          <text key={row} x={0} y={TOP + row * CELL + CELL - 4} className="fill-muted text-[9px]">
            {label}
          </text>
        ))}
        {days.map((d, i) => {
          const col = Math.floor((i + pad) / 7);
          const row = (i + pad) % 7;
          const isToday = d.day === todayKey;
          return (
            <rect
              key={d.day}
              x={LEFT + col * CELL + 1}
              y={TOP + row * CELL + 1}
              width={CELL - 2}
              height={CELL - 2}
              rx={2}
              className={`${LEVELS[level(d.count, max)]} ${isToday ? "stroke-ink" : ""}`}
              strokeWidth={isToday ? 1.5 : 0}
            >
              <title>{`${longDay(d.day)}${isToday ? " (aujourd’hui)" : ""}\u00a0: ${plural(d.count, "révision")}`}</title>
            </rect>
          );
        })}
        <g transform={`translate(${width - 4 * CELL - 34} ${TOP + 7 * CELL + 4})`}>
          <text x={-4} y={10} textAnchor="end" className="fill-muted text-[9px]">
            moins
          </text>
          {LEVELS.map((cls, i) => (
            <rect key={cls} x={i * CELL + 1} y={1} width={CELL - 2} height={CELL - 2} rx={2} className={cls} />
          ))}
          <text x={4 * CELL + 3} y={10} className="fill-muted text-[9px]">
            plus
          </text>
        </g>
      </svg>
      <figcaption id={captionId} className="text-sm text-muted">
        Révisions par jour sur les {Math.round(days.length / 7)} dernières semaines&nbsp;: {plural(total, "révision")} sur {plural(active.length, "jour")} d’étude.
      </figcaption>
      {active.length === 0 ? (
        <p className="text-sm">Aucune révision pour l’instant.</p>
      ) : (
        <ChartTable
          caption="Révisions par jour, du plus récent au plus ancien"
          columns={["Jour", "Révisions"]}
          keys={recentFirst.map((d) => d.day)}
          rows={recentFirst.map((d) => [d.day === todayKey ? `${longDay(d.day)} (aujourd’hui)` : longDay(d.day), d.count])}
          folded={active.length > 7}
          testId="heatmap-table"
        />
      )}
    </figure>
  );
}
