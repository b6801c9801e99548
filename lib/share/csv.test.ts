import { describe, expect, it } from "vitest";
import { addResults, summarizeClass } from "./classResults";
import { classResultsCsv, csvField } from "./csv";
import { buildResult, HTML_PAYLOAD } from "./testFixtures";

const marks = (pattern: string) => [...pattern].map((c) => c === "1");

describe("classResultsCsv", () => {
  it("writes a French header and one line per result", () => {
    const table = addResults([], [
      buildResult(3, { name: "Tom", answers: marks("101"), totalTimeSec: 75, answeredOn: "2025-03-14" }),
      buildResult(3, { name: "Léa", answers: marks("111"), totalTimeSec: 60, answeredOn: undefined }),
    ]).table;
    expect(classResultsCsv(summarizeClass(table, "3fa9c21e"))).toBe(
      "nom,score,total,temps_s,date,q1,q2,q3\r\nLéa,3,3,60,,1,1,1\r\nTom,2,3,75,2025-03-14,1,0,1\r\n",
    );
  });

  it("names each question column by its text and key when they are known, quoted as needed", () => {
    const table = addResults([], [buildResult(2, { name: "Tom", answers: marks("10"), totalTimeSec: 9 })]).table;
    const headers = ["Q1. Depuis quand ? — réponse : 2 mars 1992", "Q2. Où ; quand ? — réponse : Astana"];
    expect(classResultsCsv(summarizeClass(table, "3fa9c21e"), { separator: ";", questionHeaders: headers }).split("\r\n")[0]).toBe(
      'nom;score;total;temps_s;date;Q1. Depuis quand ? — réponse : 2 mars 1992;"Q2. Où ; quand ? — réponse : Astana"',
    );
  });

  it("leaves a question cell empty when a result is shorter than the quiz", () => {
    const table = addResults([], [buildResult(3, { name: "A" }), buildResult(1, { name: "B", answers: [true] })]).table;
    expect(classResultsCsv(summarizeClass(table, "3fa9c21e")).split("\r\n")[2]).toBe("B,1,1,412,2025-03-14,1,,");
  });

  it("quotes names with separators, quotes or line breaks", () => {
    expect(csvField("Martin, Léa")).toBe('"Martin, Léa"');
    expect(csvField('Léa "la star"')).toBe('"Léa ""la star"""');
    expect(csvField("Léa;Tom", ";")).toBe('"Léa;Tom"');
    expect(csvField("Léa;Tom", ",")).toBe("Léa;Tom");
    expect(csvField("a\nb")).toBe('"a\nb"');
  });

  it("neutralises names a spreadsheet would run as formulas", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+33 6")).toBe("'+33 6");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("Anne-Marie")).toBe("Anne-Marie");
  });

  it("uses semicolons for French-locale spreadsheets when asked", () => {
    const table = addResults([], [buildResult(2, { name: "Dupont, Léa", answers: marks("10"), totalTimeSec: 9 })]).table;
    expect(classResultsCsv(summarizeClass(table, "3fa9c21e"), { separator: ";" })).toBe(
      "nom;score;total;temps_s;date;q1;q2\r\nDupont, Léa;1;2;9;2025-03-14;1;0\r\n",
    );
  });

  it("writes HTML in names as plain text", () => {
    const table = addResults([], [buildResult(1, { name: HTML_PAYLOAD, answers: [true] })]).table;
    expect(classResultsCsv(summarizeClass(table, "3fa9c21e"))).toContain(`\r\n${HTML_PAYLOAD},1,1,`);
  });
});
