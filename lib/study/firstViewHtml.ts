/**
 * The service worker's edit of a prerendered page before the browser parses it, so a returning
 * student's first paint is already theirs: on /reviser/ the card at the head of their queue (from
 * the snapshot the review screen keeps, while `headValidUntil` holds) or an empty frame; on home,
 * no first-visit card once it was closed. A first visit has no worker yet and gets the page as built
 * (the new student's card, the first-visit card), which is right for them; by the next visit the app
 * has written what it knows. Pure string edits on elements the pages mark with the ids below.
 */

/** What the pages remember for their next first paint (kept in Cache Storage by the app). */
export interface FirstViewData {
  /** The first-visit explanation was closed. */
  welcomed: boolean;
  /** The review screen's head card, or null when none can be trusted. */
  card: FirstCardSnapshot | null;
}

export interface FirstCardSnapshot {
  /** When it was taken, and until when it holds (`headValidUntil`). */
  at: number;
  until: number;
  counts: string;
  label: string;
  front: string;
}

export const FIRST_VIEW_IDS = { counts: "first-card-counts", label: "first-card-label", front: "first-card-front", welcome: "first-visit" } as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Replaces the text of the element with this id (an element holding text only). */
function setText(html: string, id: string, text: string): string {
  return html.replace(new RegExp(`(<[a-z0-9]+[^>]*\\sid="${id}"[^>]*>)[^<]*(<)`), (_, open: string, close: string) => `${open}${escapeHtml(text)}${close}`);
}

/** Adds an inline style to the element with this id. */
function addStyle(html: string, id: string, style: string): string {
  return html.replace(new RegExp(`(<[a-z0-9]+)([^>]*\\sid="${id}")`), `$1 style="${style}"$2`);
}

/** Whether a stored value is a snapshot that still holds at `now` (the clock did not go back). */
export function usableSnapshot(card: unknown, now: number): card is FirstCardSnapshot {
  const c = card as Partial<FirstCardSnapshot> | null;
  return (
    !!c &&
    typeof c.at === "number" &&
    typeof c.until === "number" &&
    c.at <= now &&
    now < c.until &&
    typeof c.front === "string" &&
    typeof c.label === "string" &&
    typeof c.counts === "string"
  );
}

/**
 * /reviser/ for a returning student: their snapshot's card, or the frame without text.
 *
 * @example
 * reviewPage(html, { welcomed: true, card: snapshot }, Date.now());
 */
export function reviewPage(html: string, data: FirstViewData, now: number): string {
  if (usableSnapshot(data.card, now)) {
    const card = data.card;
    return setText(setText(setText(html, FIRST_VIEW_IDS.front, card.front), FIRST_VIEW_IDS.label, card.label), FIRST_VIEW_IDS.counts, card.counts);
  }
  return [FIRST_VIEW_IDS.front, FIRST_VIEW_IDS.label, FIRST_VIEW_IDS.counts].reduce((page, id) => addStyle(page, id, "visibility:hidden"), html);
}

/** Home for a student who closed the first-visit explanation: without it. */
export function homePage(html: string, data: FirstViewData): string {
  return data.welcomed ? addStyle(html, FIRST_VIEW_IDS.welcome, "display:none") : html;
}
