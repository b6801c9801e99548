import { describe, expect, it } from "vitest";
import {
  articleFor,
  contract,
  elide,
  findFrenchIssues,
  formatFrenchDate,
  formatNumber,
  formatPercent,
  fractionsToPercent,
  parseFrenchDate,
  parseFrenchNumber,
  startsWithVowelSound,
  typesetFrench,
  yearMatches,
} from "./index";

describe("elision", () => {
  it.each([
    ["la", "ONU", "l’ONU"],
    ["de", "Astana", "d’Astana"],
    ["que", "il", "qu’il"],
    ["le", "homme", "l’homme"],
    ["le", "Kazakhstan", "le Kazakhstan"],
    ["le", "haut", "le haut"],
    ["le", "HCR", "le HCR"],
    ["le", "onze", "le onze"],
    ["de", "Europe", "d’Europe"],
  ])("elides %s before %s", (word, next, expected) => {
    expect(elide(word, next)).toBe(expected);
  });

  it("treats acronyms by their first letter", () => {
    expect(startsWithVowelSound("UNESCO")).toBe(true);
    expect(startsWithVowelSound("PNUD")).toBe(false);
  });
});

describe("contractions and articles", () => {
  it.each([
    ["de", "le", "du"],
    ["de", "les", "des"],
    ["à", "le", "au"],
    ["à", "les", "aux"],
    ["à", "la", "à la"],
  ])("contracts %s + %s", (p, a, expected) => {
    expect(contract(p, a)).toBe(expected);
  });

  it("agrees the article with the new noun", () => {
    expect(articleFor("de", { gender: "f", number: "s" }, "ONU")).toBe("de l’");
    expect(articleFor("à", { gender: "m", number: "p" }, "États")).toBe("aux ");
  });
});

describe("numbers and dates", () => {
  it("formats numbers and percentages the French way", () => {
    expect(formatNumber(5000)).toBe("5\u202f000");
    expect(formatNumber(1234567)).toBe("1\u202f234\u202f567");
    expect(formatNumber(2.5)).toBe("2,5");
    expect(formatPercent(80)).toBe("80\u00a0%");
    expect(parseFrenchNumber("5 000 km")).toBe(5000);
  });

  it("writes the first of the month as 1er", () => {
    expect(formatFrenchDate({ year: 1992, month: 3, day: 2 })).toBe("2 mars 1992");
    expect(formatFrenchDate({ year: 2023, month: 8, day: 1 })).toBe("1er août 2023");
    expect(formatFrenchDate({ year: 2023, month: 8, day: 1 }, "month")).toBe("août 2023");
  });

  it("reads dates in words and digits", () => {
    expect(parseFrenchDate("02/03/1992")).toEqual({ day: 2, month: 3, year: 1992 });
    expect(parseFrenchDate("1er aout 2023")).toEqual({ day: 1, month: 8, year: 2023 });
    expect(parseFrenchDate("Astana")).toBeUndefined();
  });

  it("keeps a two-digit year as typed and reads it against the year expected", () => {
    expect(parseFrenchDate("2 mars 92")).toEqual({ day: 2, month: 3, year: 92 });
    expect(parseFrenchDate("02/03/92")).toEqual({ day: 2, month: 3, year: 92 });
    expect(parseFrenchDate("23/09")).toEqual({ day: 23, month: 9, year: undefined });
    expect(parseFrenchDate("23 sept. 2025")).toEqual({ day: 23, month: 9, year: 2025 });
    expect(parseFrenchDate("2 mars 1992 ou 1993")).toBeUndefined();
    expect(yearMatches(92, 1992)).toBe(true);
    expect(yearMatches(25, 2025)).toBe(true);
    expect(yearMatches(1992, 1992)).toBe(true);
    expect(yearMatches(93, 1992)).toBe(false);
    expect(yearMatches(92, 2092 + 100)).toBe(false);
  });
});

describe("fractions", () => {
  it.each([
    ["les quatre cinquièmes", "les 80 %"],
    ["quatre-cinquièmes du transit", "80 % du transit"],
    ["trois quarts", "75 %"],
    ["un quart", "25 %"],
    ["la moitié", "50 %"],
    ["un tiers", "33.3 %"],
    ["4/5", "80 %"],
    ["8 sur 10", "80 %"],
    ["cinq quarts", "cinq quarts"],
    ["le tiers monde", "le tiers monde"],
    ["80 %", "80 %"],
  ])("reads %j as %j", (text, expected) => {
    expect(fractionsToPercent(text)).toBe(expected);
  });
});

describe("typography and lint", () => {
  it("typesets spaces without touching words", () => {
    expect(typesetFrench("80 % du transit, soit 5 000 km ?")).toBe("80\u00a0% du transit, soit 5\u202f000 km\u202f?");
    expect(typesetFrench("l'ONU  ,")).toBe("l’ONU,");
  });

  it("flags each rule once", () => {
    const rules = (s: string) => findFrenchIssues(s).map((i) => i.rule);
    expect(rules("membre de le Conseil")).toEqual(["contraction"]);
    expect(rules("la ONU")).toEqual(["elision"]);
    expect(rules("le onze et la une")).toEqual([]);
    expect(rules("deux  espaces")).toEqual(["double-space"]);
    expect(rules("fin , suite")).toEqual(["space-before-punctuation"]);
    expect(rules("5000 km")).toEqual(["thousands"]);
    expect(rules("en 1992")).toEqual([]);
    expect(rules("80 %")).toEqual(["percent"]);
    expect(rules("March 2, 1992")).toEqual(["english-date"]);
    expect(rules("le 2 mars 1992, 80\u00a0% et 5\u202f000 km")).toEqual([]);
  });
});
