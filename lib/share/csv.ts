/**
 * CSV export of a class summary, for a spreadsheet. Fields are quoted per RFC 4180 when needed, and text
 * that a spreadsheet would run as a formula (a name starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) is prefixed with `'`, as OWASP recommends against CSV injection: names come from links anyone
 * can make.
 */
import type { ClassSummary } from "./classResults";

/** Prepend to the file so Excel reads UTF-8 (accented names) correctly. */
export const CSV_BOM = "\uFEFF";

export interface CsvOptions {
  /** `","` (default) or `";"`, which French-locale Excel expects. */
  separator?: "," | ";";
}

export interface ClassCsvOptions extends CsvOptions {
  /** One header per question (its text and key), when the quiz's questions are known; else `q1…qN`. */
  questionHeaders?: readonly string[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: formula-neutralised, then quoted if it holds the separator, a quote or a line break.
 *
 * @example
 * csvField('=HYPERLINK("x")', ","); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvField("Martin, Léa", ","); // "\"Martin, Léa\""
 */
export function csvField(value: string | number, separator: "," | ";" = ","): string {
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The summary as CSV: a header `nom,score,total,temps_s,date` then one column per question (`q1…qN`,
 * or the headers given, e.g. « Q1. Depuis quand… ? — réponse : 2 mars 1992 »), then one line per result
 * (1 = right, 0 = wrong, empty = question not in that result), lines ending in CRLF.
 *
 * @example
 * const csv = CSV_BOM + classResultsCsv(summarizeClass(table, id), { separator: ";", questionHeaders });
 */
export function classResultsCsv(summary: ClassSummary, options: ClassCsvOptions = {}): string {
  const separator = options.separator ?? ",";
  const questionHeaders = Array.from({ length: summary.questionCount }, (_, i) => csvField(options.questionHeaders?.[i] ?? `q${i + 1}`, separator));
  const lines = [["nom", "score", "total", "temps_s", "date", ...questionHeaders].join(separator)];
  for (const student of summary.students) {
    const marks = Array.from({ length: summary.questionCount }, (_, i) =>
      i < student.answers.length ? (student.answers[i] ? "1" : "0") : "",
    );
    const fields = [
      csvField(student.name, separator),
      student.score,
      student.total,
      student.totalTimeSec,
      csvField(student.answeredOn ?? "", separator),
      ...marks,
    ];
    lines.push(fields.join(separator));
  }
  return lines.join("\r\n") + "\r\n";
}
