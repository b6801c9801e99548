import { describe, expect, it } from "vitest";
import { MAX_PASTE_LENGTH, parseResultLinks } from "./parseResultLinks";
import { encodeResultLink } from "./resultLink";
import { buildResult } from "./testFixtures";

const lea = buildResult(10, { name: "Léa" });
const tom = buildResult(10, { name: "Tom", answers: Array(10).fill(true) });
const leaLink = encodeResultLink(lea);
const tomLink = encodeResultLink(tom);

describe("parseResultLinks", () => {
  it("reads one link a line, or several on a line", () => {
    expect(parseResultLinks(`${leaLink}\n${tomLink}\n`)).toEqual({ results: [lea, tom], errors: [] });
    expect(parseResultLinks(`${leaLink} ${tomLink}\t${leaLink}`).results).toEqual([lea, tom, lea]);
  });

  it("finds links in chat messages, ignoring words and surrounding punctuation", () => {
    const pasted = `Léa : https://exemple.fr/resultats/#${leaLink}, merci !\r\nTom (https://exemple.fr/resultats/#${tomLink}).`;
    expect(parseResultLinks(pasted)).toEqual({ results: [lea, tom], errors: [] });
  });

  it("reports each broken link with its position and its typed error, and keeps the good ones", () => {
    const broken = leaLink.slice(0, 10) + (leaLink[10] === "A" ? "B" : "A") + leaLink.slice(11);
    const parsed = parseResultLinks(`${tomLink}\n${broken}\nhttps://exemple.fr/resultats/\nr9.AAAA\n${leaLink}`);
    expect(parsed.results).toEqual([tom, lea]);
    expect(parsed.errors).toEqual([
      { position: 2, text: broken, error: "checksum" },
      { position: 3, text: "https://exemple.fr/resultats/", error: "empty" },
      { position: 4, text: "r9.AAAA", error: "future-version" },
    ]);
  });

  it("shortens long pieces in error reports", () => {
    const parsed = parseResultLinks(`r1.${"A".repeat(3000)}`);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].error).toBe("too-long");
    expect(parsed.errors[0].text).toHaveLength(60);
  });

  it("returns nothing for text without links, and refuses a huge paste whole", () => {
    expect(parseResultLinks("Bonjour, voici mes résultats")).toEqual({ results: [], errors: [] });
    expect(parseResultLinks("")).toEqual({ results: [], errors: [] });
    expect(parseResultLinks(`${leaLink} `.repeat(Math.ceil(MAX_PASTE_LENGTH / leaLink.length))).errors).toMatchObject([{ error: "too-long" }]);
  });
});
