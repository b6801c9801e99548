// Page checks for narrow screens, shared by the journeys: text cut by its box (`clipping`), words broken
// across lines (`brokenWords`, « 4 décembre 202 | 6 ») and sideways scrolling (`sidewaysOverflow`).
// They run in the page (each function handed to `page.evaluate` must be self-contained) and return
// readable strings, so a failing expectation lists what is wrong.
import type { Page } from "@playwright/test";

/** Texts wider than their box, and the page's sideways overflow. */
export async function clipping(page: Page): Promise<{ overflow: number; cut: string[] }> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const measure = document.createElement("canvas").getContext("2d")!;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only, svg, table, details:not([open]) > :not(summary)")) continue;
      if (el instanceof HTMLSelectElement) {
        const option = el.selectedOptions[0];
        if (!option) continue;
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
        if (measure.measureText(option.text).width > room) cut.push(`select: ${option.text}`);
        continue;
      }
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      if (!ownText || style.display === "inline" || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) cut.push(`${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`);
    }
    const root = document.scrollingElement!;
    return { overflow: root.scrollWidth - root.clientWidth, cut };
  });
}

/** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Boxes that scroll sideways inside the page (a table in an `overflow-x-auto` wrapper): hidden columns. */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => !(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement))
      .map((el) => `${el.tagName.toLowerCase()} by ${el.scrollWidth - el.clientWidth} px: ${el.textContent!.replace(/\s+/g, " ").trim().slice(0, 60)}`),
  );
}

export interface BrokenWordsOptions {
  /**
   * Tokens that may wrap, but only when they are wider than the line box they sit in: links shown as
   * text (a damaged link quoted in an error message) have no break opportunity and are longer than a
   * phone's width, so wrapping them is the only way to show them whole. A token matching this that
   * fits its box and still breaks is reported like any word.
   */
  longTokens?: RegExp;
}

/**
 * Every visible word whose glyphs lie on more than one line, as « context: « 202|6 » » (`|` marks where
 * it broke). A word is a run of non-space characters across the text nodes of one inline formatting
 * context (« 3/6 » written as three React text nodes is one word). Not read: screen-reader-only text
 * (`.sr-only`), hidden and `aria-hidden` elements, form field values (inputs, textarea, select).
 *
 * A word's lines come from one DOM Range per text-node piece: `getClientRects()` gives a rect per line
 * fragment (and may give several on one line, around inline boxes); rects are grouped into lines by
 * their vertical centre, so superscripts or mixed font sizes on one line count as one line.
 *
 * A compound that wraps only right after its hyphens or en dashes (« Marie-|Éléonore », « 2017–|2018 »)
 * is not reported: that is where French text may wrap, the browser's own break opportunity, unlike
 * « 202|6 » or « Éléon|ore ».
 */
export async function brokenWords(page: Page, options: BrokenWordsOptions = {}): Promise<string[]> {
  const longTokens = options.longTokens ? { source: options.longTokens.source, flags: options.longTokens.flags } : null;
  return page.evaluate((longTokensPattern) => {
    const longToken = longTokensPattern ? new RegExp(longTokensPattern.source, longTokensPattern.flags.replace("g", "")) : null;
    const SKIP = ".sr-only, [aria-hidden=true], [hidden], script, style, noscript, template, textarea, select, option, input, button[hidden]";
    /** The box that lays out a text node's line boxes: its nearest ancestor that is not inline. */
    const containerOf = (el: Element): Element => {
      let at: Element | null = el;
      while (at && at !== document.body) {
        const display = getComputedStyle(at).display;
        if (display !== "inline" && display !== "contents") return at;
        at = at.parentElement;
      }
      return document.body;
    };
    const visible = (el: Element) =>
      !el.closest(SKIP) && el.checkVisibility({ visibilityProperty: true });

    // Runs of text nodes that share an inline formatting context, with nothing in between that ends a word.
    type Piece = { node: Text; start: number };
    const runs: { container: Element; text: string; pieces: Piece[] }[] = [];
    let current: (typeof runs)[number] | null = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        // A line break, an image or a field between two texts ends the word before it.
        if (["BR", "IMG", "INPUT", "TEXTAREA", "SELECT", "BUTTON", "SVG", "CANVAS", "VIDEO", "HR"].includes(el.tagName.toUpperCase())) current = null;
        continue;
      }
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || text.data.trim() === "" || !visible(parent)) {
        if (text.data.trim() !== "") current = null; // hidden text between two pieces: do not join them
        else if (current) current.text += " ";
        continue;
      }
      const container = containerOf(parent);
      if (!current || current.container !== container) {
        current = { container, text: "", pieces: [] };
        runs.push(current);
      }
      current.pieces.push({ node: text, start: current.text.length });
      current.text += text.data;
    }

    /** Lines (by vertical centre) that rects fall on, and each rect's line. */
    const linesOf = (rects: DOMRect[]) => {
      const lines: { top: number; bottom: number }[] = [];
      const lineOfRect = rects.map((rect) => {
        const centre = (rect.top + rect.bottom) / 2;
        let i = lines.findIndex((line) => centre >= line.top - 1 && centre <= line.bottom + 1);
        if (i === -1) i = lines.push({ top: rect.top, bottom: rect.bottom }) - 1;
        else {
          lines[i].top = Math.min(lines[i].top, rect.top);
          lines[i].bottom = Math.max(lines[i].bottom, rect.bottom);
        }
        return i;
      });
      return { count: lines.length, lineOfRect };
    };
    const rectsOf = (node: Text, from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
    };
    /** Where a word's pieces lie, character by character: [node, offset] pairs in the word. */
    const charsOf = (run: (typeof runs)[number], from: number, to: number) => {
      const chars: { node: Text; offset: number; char: string }[] = [];
      for (const piece of run.pieces) {
        const end = piece.start + piece.node.data.length;
        for (let i = Math.max(from, piece.start); i < Math.min(to, end); i++) {
          chars.push({ node: piece.node, offset: i - piece.start, char: piece.node.data[i - piece.start] });
        }
      }
      return chars;
    };

    // A compound wraps after its hyphen (« Kassym-|Jomart », « Marie-|Éléonore ») or a range after its
    // dash (« 2017–|2018 »), as French print allows: the browser's own break opportunity (UAX #14 HY/BA),
    // not a word cut where it has none.
    const HYPHENS = ["-", "\u2010", "\u2013"];
    const broken: string[] = [];
    for (const run of runs) {
      for (const match of run.text.matchAll(/\S+/g)) {
        const from = match.index!;
        const to = from + match[0].length;
        const rects: DOMRect[] = [];
        for (const piece of run.pieces) {
          const end = piece.start + piece.node.data.length;
          if (end <= from || piece.start >= to) continue;
          rects.push(...rectsOf(piece.node, Math.max(from, piece.start) - piece.start, Math.min(to, end) - piece.start));
        }
        if (linesOf(rects).count < 2) continue;
        if (longToken?.test(match[0])) {
          const style = getComputedStyle(run.container);
          const room = run.container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (width > room) continue;
        }
        // Show where it broke: one rect per character (surrogate halves stay with their pair).
        const chars = charsOf(run, from, to);
        const charRects = chars.map((c) => {
          if (c.char >= "\udc00" && c.char <= "\udfff") return undefined; // measured with its high half
          const pair = c.char >= "\ud800" && c.char <= "\udbff" ? 2 : 1;
          return rectsOf(c.node, c.offset, Math.min(c.offset + pair, c.node.data.length))[0];
        });
        const known = charRects.filter((r): r is DOMRect => Boolean(r));
        const { lineOfRect } = linesOf(known);
        let shown = "";
        let k = 0;
        let lastLine = -1;
        let afterHyphenOnly = true;
        chars.forEach((c, i) => {
          if (charRects[i]) {
            const line = lineOfRect[k++];
            if (lastLine !== -1 && line !== lastLine) {
              shown += "|";
              if (!HYPHENS.includes(shown.at(-2)!)) afterHyphenOnly = false;
            }
            lastLine = line;
          }
          shown += c.char;
        });
        if (afterHyphenOnly) continue;
        const context = run.text.replace(/\s+/g, " ").trim().slice(0, 80);
        broken.push(`${run.container.tagName.toLowerCase()} « ${context} »: « ${shown} »`);
      }
    }
    return broken;
  }, longTokens);
}

/** Everything the checks find on the page, as one readable report (empty when the page is fine). */
export async function narrowLayoutProblems(page: Page, options: BrokenWordsOptions = {}): Promise<string[]> {
  const [{ cut }, words, overflow, scrollers] = await Promise.all([clipping(page), brokenWords(page, options), sidewaysOverflow(page), sidewaysScrollers(page)]);
  return [
    ...(overflow > 0 ? [`page scrolls sideways by ${overflow} px`] : []),
    ...scrollers.map((s) => `box scrolls sideways: ${s}`),
    ...words.map((w) => `broken word: ${w}`),
    ...cut.map((c) => `cut text: ${c}`),
  ];
}
