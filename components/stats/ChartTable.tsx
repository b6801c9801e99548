// The text alternative under a chart: the same figures as a table, folded in a <details> when long so
// the page stays short on a phone, open when short. Screen readers and keyboard users get every value.
import type { ReactNode } from "react";

/** One row's cells: the first is the row header, the others right-aligned figures. */
function RowCells({ cells, headClassName }: { cells: readonly ReactNode[]; headClassName: string }) {
  return cells.map((cell, i) =>
    i === 0 ? (
      <th key={i} scope="row" className={headClassName}>
        {cell}
      </th>
    ) : (
      <td key={i} className="py-1 pl-3 text-right">
        {cell}
      </td>
    ),
  );
}

export interface ChartTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  /** Row keys, same order as rows. */
  keys: readonly string[];
  footer?: readonly ReactNode[];
  /** Folded behind "Voir le tableau" (long tables). */
  folded?: boolean;
  testId: string;
}

export default function ChartTable({ caption, columns, rows, keys, footer, folded = false, testId }: ChartTableProps) {
  const table = (
    <table className="w-full text-sm tabular-nums" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {columns.map((c, i) => (
            <th key={c} scope="col" className={`py-1 font-semibold ${i === 0 ? "text-left" : "pl-3 text-right"}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={keys[r]} className="border-b border-line/60 last:border-0">
            <RowCells cells={row} headClassName="py-1 pr-2 text-left font-normal" />
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr className="border-t border-line font-semibold">
            <RowCells cells={footer} headClassName="py-1 text-left" />
          </tr>
        </tfoot>
      )}
    </table>
  );
  if (!folded) return table;
  return (
    <details className="group">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand">
        Voir le tableau <span className="sr-only">: {caption}</span>
      </summary>
      {table}
    </details>
  );
}
