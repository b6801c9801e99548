// Storage sizes for the student: localStorage counts UTF-16 code units, 2 bytes each.
const ONE_DECIMAL = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "12 Ko", "1,5 Mo" for a number of stored characters. */
export function formatSpace(chars: number): string {
  const bytes = chars * 2;
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))}\u00a0Ko`;
  return `${ONE_DECIMAL.format(bytes / 1_000_000)}\u00a0Mo`;
}
