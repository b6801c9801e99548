// French labels for the stats screen: short and long dates, weekdays and percentages.
// Day keys are calendar dates ("YYYY-MM-DD"), read in UTC so the label never shifts a day.
const SHORT_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("fr-FR", { month: "short", timeZone: "UTC" });
const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "2025-01-06" → "6 janv." */
export function shortDay(day: string): string {
  return SHORT_DATE.format(dateOf(day));
}

/** "2025-01-06" → "lundi 6 janvier" */
export function longDay(day: string): string {
  return LONG_DATE.format(dateOf(day));
}

/** "2025-01-06" → "janv." */
export function monthOf(day: string): string {
  return MONTH.format(dateOf(day));
}

/** Day of the week, Monday = 0 … Sunday = 6 (French calendars start on Monday). */
export function weekdayOf(day: string): number {
  return (dateOf(day).getUTCDay() + 6) % 7;
}

/** 0.9 → "90 %" */
export function percent(ratio: number): string {
  return PERCENT.format(ratio);
}

/** "1 carte", "3 cartes" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
