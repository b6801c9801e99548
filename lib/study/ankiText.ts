/**
 * Anki's text import format (File › Import, "Notes in Plain Text"), written by the header rules of
 * Anki's own reader (rslib/src/import_export/text/csv/metadata.rs and import.rs):
 *
 * - `#key:value` lines at the top: `#separator:tab`, `#html:true`, `#deck:…`, `#guid column:1`,
 *   `#tags column:4`. No `#columns:` line: Anki maps named columns to the note type's field names
 *   exactly, and those are translated ("Front" in English, "Recto" in French), so a label that does
 *   not match would send the guid into the first field. Without labels Anki maps the non-meta
 *   columns by position (front, back), as its own note export does.
 * - Records are read by the Rust `csv` crate with `"` quoting, `""` for a quote inside, and `#` at
 *   the start of a record meaning a comment: a field holding the separator, a quote, a line break or
 *   starting with `#` is quoted.
 * - With `#html:true` Anki keeps fields as HTML, so text is HTML-escaped (`&`, `<`, `>`, `"`) and
 *   line breaks become `<br>`.
 */
import type { AnkiNote } from "./ankiNotes";

/** Column of each part of a record (1-based, as in the headers). */
export const ANKI_TEXT_COLUMNS = { guid: 1, front: 2, back: 3, tags: 4 } as const;

/**
 * Text as an HTML field: escaped, line breaks as `<br>`.
 *
 * @example
 * toAnkiHtml('a < b & "c"\nd'); // "a &lt; b &amp; &quot;c&quot;<br>d"
 */
export function toAnkiHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** Quotes a field when the csv reader would otherwise split it or take it for a comment. */
function quoteField(value: string): string {
  return /[\t"\r\n]/.test(value) || value.startsWith("#") ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `#deck:` runs to the end of the line: keep it on one line. */
function headerValue(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").trim();
}

/**
 * Notes as an Anki text file with headers, one note a line.
 *
 * @example
 * notesToAnkiText([{ guid: "d:a:forward", cardId: "a:forward", front: "Q ?", back: "R", deck: "Cours", tags: ["d::t"] }]);
 * // "#separator:tab\n#html:true\n#deck:Cours\n#guid column:1\n#tags column:4\nd:a:forward\tQ ?\tR\td::t\n"
 */
export function notesToAnkiText(notes: readonly AnkiNote[], deckName = notes[0]?.deck ?? "Révisions"): string {
  const header = ["#separator:tab", "#html:true", `#deck:${headerValue(deckName)}`, `#guid column:${ANKI_TEXT_COLUMNS.guid}`, `#tags column:${ANKI_TEXT_COLUMNS.tags}`];
  const rows = notes.map((n) => [n.guid, toAnkiHtml(n.front), toAnkiHtml(n.back), n.tags.join(" ")].map(quoteField).join("\t"));
  return [...header, ...rows].map((line) => `${line}\n`).join("");
}
