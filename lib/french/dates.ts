/**
 * French dates: "2 mars 1992", "1er août 2023", "septembre 2023". Formats the ISO values of
 * date facts the way the article writes them, and parses what students type (also 02/03/1992).
 */

export const FRENCH_MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

/** Which parts a written date shows: "2 mars 1992" (day), "mars 1992" (month), "2 mars" (day-month). */
export type DatePrecision = "day" | "month" | "day-month";

/** A calendar date split in parts (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Splits an ISO date "YYYY-MM-DD".
 *
 * @example
 * parseIsoDate("1992-03-02"); // { year: 1992, month: 3, day: 2 }
 */
export function parseIsoDate(iso: string): DateParts {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

/**
 * Formats a date in French; day 1 is written "1er".
 *
 * @example
 * formatFrenchDate({ year: 1992, month: 3, day: 2 }); // "2 mars 1992"
 * formatFrenchDate({ year: 2023, month: 8, day: 1 }, "month"); // "août 2023"
 */
export function formatFrenchDate(date: DateParts, precision: DatePrecision = "day"): string {
  const month = FRENCH_MONTHS[date.month - 1];
  const day = date.day === 1 ? "1er" : String(date.day);
  if (precision === "month") return `${month} ${date.year}`;
  if (precision === "day-month") return `${day} ${month}`;
  return `${day} ${month} ${date.year}`;
}

const stripAccents = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "");
/** Usual abbreviations of month names (« 23 sept. 2025 »). */
const MONTH_ABBREVIATIONS: Record<string, number> = { janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_INDEX = new Map<string, number>([
  ...FRENCH_MONTHS.map((m, i) => [stripAccents(m), i + 1] as const),
  ...Object.entries(MONTH_ABBREVIATIONS),
]);

/** What a parsed written date contains; missing parts are undefined. */
export interface ParsedDate {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * Reads a date written in French words or digits: "2 mars 1992", "1er mars 1992", "02/03/1992",
 * "2/3/1992", "2-3-1992", "1992-03-02", "mars 1992", "23 septembre", "23/09". A year written with
 * two digits ("2 mars 92", "02/03/92") is kept as typed, 92: `yearMatches` reads it against the
 * year expected. `undefined` when it is not a date.
 *
 * @example
 * parseFrenchDate("le 1er août 2023"); // { year: 2023, month: 8, day: 1 }
 * parseFrenchDate("2 mars 92"); // { year: 92, month: 3, day: 2 }
 */
export function parseFrenchDate(text: string): ParsedDate | undefined {
  const t = stripAccents(text.toLowerCase()).trim().replace(/\s+/g, " ");
  let m = /^(?:le )?(\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}|\d{2}))?$/.exec(t);
  if (m) return valid({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined });
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = /^(?:le |en )?(?:(\d{1,2})(?:er)? )?([a-z]+)\.?(?: (\d{4}|\d{2}))?$/.exec(t);
  if (m) {
    const month = MONTH_INDEX.get(m[2]);
    if (month === undefined) return undefined;
    if (m[1] === undefined && m[3] === undefined) return undefined;
    return valid({ day: m[1] ? Number(m[1]) : undefined, month, year: m[3] ? Number(m[3]) : undefined });
  }
  return undefined;
}

/**
 * True when a typed year names `year`: the same year, or its last two digits ("92" for 1992,
 * "25" for 2025), as people write years in dates.
 *
 * @example
 * yearMatches(92, 1992); // true
 * yearMatches(93, 1992); // false
 */
export function yearMatches(typed: number, year: number): boolean {
  return typed === year || (typed < 100 && year >= 1900 && year < 2100 && typed === year % 100);
}

function valid(d: ParsedDate): ParsedDate | undefined {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return undefined;
  if (d.day !== undefined && (d.day < 1 || d.day > 31)) return undefined;
  return d;
}

/**
 * Tells how precise a written date is, to format distractors alike.
 *
 * @example
 * datePrecisionOf("août 2023"); // "month"
 */
export function datePrecisionOf(written: string): DatePrecision {
  const parsed = parseFrenchDate(written);
  if (parsed?.day === undefined) return "month";
  if (parsed.year === undefined) return "day-month";
  return "day";
}
