import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { ankiNotes, type AnkiNote } from "./ankiNotes";
import { ANKI_TEXT_COLUMNS, notesToAnkiText, toAnkiHtml } from "./ankiText";

/**
 * Reads a file the way Anki does: `#key:value` lines at the top are headers (metadata.rs
 * `parse_line`), then the records go to a csv reader with `"` quoting and `#` comments at the start
 * of a record (import.rs `build_csv_reader`). csv-parse stands in for the Rust csv crate.
 */
function readAsAnki(text: string): { headers: Map<string, string>; records: string[][] } {
  const lines = text.split("\n");
  const headers = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && lines[i].startsWith("#"); i++) {
    const [key, ...value] = lines[i].slice(1).split(":");
    headers.set(key.trim().toLowerCase(), value.join(":"));
  }
  const records = parse(lines.slice(i).join("\n"), { delimiter: "\t", quote: '"', comment: "#", comment_no_infix: true, relax_column_count: true }) as string[][];
  return { headers, records };
}

/** What a browser shows for an HTML field: entities decoded, `<br>` as a line break. */
function shownText(html: string): string {
  return html.replace(/<br>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

const note = (over: Partial<AnkiNote>): AnkiNote => ({ guid: "d:f:forward", cardId: "f:forward", front: "Q", back: "R", deck: "Cours", tags: ["d::t"], ...over });

const HARD = ["a\tb", 'il a dit "oui"', "ligne 1\nligne 2\r\nligne 3", "#1 en tête", '"ouvert sans fin', "<b>gras</b> & co", "&amp; déjà"];

describe("notesToAnkiText", () => {
  it("writes Anki's headers: tab separator, HTML, deck, guid and tags columns", () => {
    const { headers } = readAsAnki(notesToAnkiText([note({})]));
    expect(Object.fromEntries(headers)).toEqual({ separator: "tab", html: "true", deck: "Cours", "guid column": "1", "tags column": "4" });
  });

  it.each(HARD)("keeps %j as one field, shown as written", (text) => {
    const { records } = readAsAnki(notesToAnkiText([note({ front: text, back: `${text}!` }), note({ guid: "d:g:forward" })]));
    expect(records).toHaveLength(2);
    expect(records[0]).toHaveLength(4);
    expect(shownText(records[0][ANKI_TEXT_COLUMNS.front - 1])).toBe(text.replace(/\r\n/g, "\n"));
    expect(shownText(records[0][ANKI_TEXT_COLUMNS.back - 1])).toBe(`${text.replace(/\r\n/g, "\n")}!`);
    expect(records[1][0]).toBe("d:g:forward");
  });

  it("escapes markup so <b> is shown, not applied", () => {
    expect(toAnkiHtml("<b>x</b> & y")).toBe("&lt;b&gt;x&lt;/b&gt; &amp; y");
  });

  it("quotes a record that would start with # so it is not read as a comment", () => {
    const { records } = readAsAnki(notesToAnkiText([note({ guid: "#odd" })]));
    expect(records[0][0]).toBe("#odd");
  });

  it("exports every card of the deck once, with stable guids and a theme tag", () => {
    const notes = ankiNotes(CATALOG);
    const { headers, records } = readAsAnki(notesToAnkiText(notes));
    expect(records).toHaveLength(CATALOG.flashcards.length);
    expect(new Set(records.map((r) => r[0])).size).toBe(records.length);
    expect(records[0][0]).toBe(`kazakhstan-onu:${CATALOG.flashcards[0].id}`);
    expect(records.every((r) => /^kazakhstan-onu::[a-z0-9-]+$/.test(r[3]))).toBe(true);
    expect(headers.get("deck")).toBe(CATALOG.decks[0].meta.title);
    expect(notesToAnkiText(ankiNotes(CATALOG))).toBe(notesToAnkiText(notes));
  });
});
