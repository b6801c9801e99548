/**
 * Splits an article paragraph into segments marking where facts' source quotes stand, so the
 * reader can highlight facts (overlapping quotes give a segment that belongs to several facts).
 */

export interface QuoteRef {
  factId: string;
  quote: string;
}

export interface Segment {
  text: string;
  /** Ids of the facts whose quote covers this segment (empty for plain text). */
  factIds: string[];
}

/**
 * @example
 * segmentParagraph("Membre depuis 1992.", [{ factId: "a", quote: "1992" }])
 * // → [{ text: "Membre depuis ", factIds: [] }, { text: "1992", factIds: ["a"] }, { text: ".", factIds: [] }]
 */
export function segmentParagraph(text: string, quotes: QuoteRef[]): Segment[] {
  const ranges = quotes
    .map(({ factId, quote }) => ({ factId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }))
    .filter((r) => r.start >= 0);
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const factIds = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.factId);
    const previous = segments[segments.length - 1];
    if (previous && previous.factIds.join() === factIds.join()) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), factIds });
  }
  return segments;
}
