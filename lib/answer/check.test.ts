import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { buildFact } from "@/lib/generate/testing/factBuilder";
import { CLOSE_NOTE, buildSynonymTable, checkAnswer, createAnswerChecker, trueStatementsOf, type Verdict } from "./index";

const FACTS = {
  adhesion: buildFact({ id: "adhesion", answer: "2 mars 1992", type: "date", value: "1992-03-02" }),
  ccnucc: buildFact({ id: "ccnucc", answer: "1992", type: "year", value: 1992 }),
  resolution: buildFact({ id: "resolution", answer: "1997", type: "year", value: 1997, alsoRight: ["1998", "2000"] }),
  ets: buildFact({ id: "ets", answer: "2013", type: "year", value: 2013 }),
  transit: buildFact({ id: "transit", answer: "80 %", type: "percentage", value: 80 }),
  rail: buildFact({ id: "rail", answer: "5 000 kilomètres", type: "number", value: 5000, unit: "kilomètres" }),
  ong: buildFact({ id: "ong", answer: "plus de 20", type: "number", value: 20 }),
  president: buildFact({ id: "president", answer: "Kassym-Jomart Tokaïev", type: "person", accept: ["Tokaïev", "Tokayev"] }),
  tokaiev: buildFact({ id: "tokaiev", answer: "Tokaïev", type: "person" }),
  sommet: buildFact({ id: "sommet", answer: "Astana", type: "place" }),
  sdg: buildFact({ id: "sdg", answer: "Almaty", type: "place" }),
  onu: buildFact({ id: "onu", answer: "ONU", type: "organisation", statement: "Le pays a rejoint l’ONU." }),
  pnud: buildFact({ id: "pnud", answer: "Programme des Nations Unies pour le développement", type: "organisation", accept: ["PNUD"] }),
  aral: buildFact({ id: "aral", answer: "Aral", type: "place" }),
  mer: buildFact({ id: "mer", answer: "mer Caspienne", type: "place" }),
  ia: buildFact({ id: "ia", answer: "l’intelligence artificielle", type: "text" }),
  parlement: buildFact({ id: "parlement", answer: "monocaméral", type: "text" }),
  ets2: buildFact({ id: "ets2", answer: "système d’échange de quotas d’émission", type: "text" }),
  cop: buildFact({ id: "cop", answer: "COP29", type: "event" }),
  ete: buildFact({ id: "ete", answer: "août 2023", type: "date", value: "2023-08-01" }),
  premier: buildFact({ id: "premier", answer: "1er août 2023", type: "date", value: "2023-08-01" }),
  discours: buildFact({ id: "discours", answer: "23 septembre", type: "date", value: "2025-09-23" }),
  mandat: buildFact({ id: "mandat", answer: "2017–2018", type: "year", value: 2017 }),
} satisfies Record<string, Fact>;

const check = createAnswerChecker(Object.values(FACTS));

const CASES: [string, keyof typeof FACTS, Verdict][] = [
  // dates
  ["2 mars 1992", "adhesion", "correct"],
  ["le 2 mars 1992", "adhesion", "correct"],
  ["02/03/1992", "adhesion", "correct"],
  ["2/3/1992", "adhesion", "correct"],
  ["1992-03-02", "adhesion", "correct"],
  ["2 MARS 1992", "adhesion", "correct"],
  ["3 mars 1992", "adhesion", "wrong"],
  ["2 mars 1993", "adhesion", "wrong"],
  ["mars 1992", "adhesion", "wrong"],
  ["août 2023", "ete", "correct"],
  ["aout 2023", "ete", "correct"],
  ["juillet 2023", "ete", "wrong"],
  ["1 août 2023", "premier", "correct"],
  ["01/08/2023", "premier", "correct"],
  ["23 septembre", "discours", "correct"],
  ["24 septembre", "discours", "wrong"],
  // years and numbers: exact
  ["1992", "ccnucc", "correct"],
  ["en 1992", "ccnucc", "correct"],
  ["1993", "ccnucc", "wrong"],
  ["1997", "resolution", "correct"],
  ["1998", "resolution", "correct"],
  ["1999", "resolution", "wrong"],
  ["2013", "ets", "correct"],
  ["2031", "ets", "wrong"],
  ["2017–2018", "mandat", "correct"],
  ["2017-2018", "mandat", "correct"],
  ["80 %", "transit", "correct"],
  ["80%", "transit", "correct"],
  ["80", "transit", "correct"],
  ["80 pour cent", "transit", "correct"],
  ["70 %", "transit", "wrong"],
  ["70", "transit", "wrong"],
  ["5000", "rail", "correct"],
  ["5 000", "rail", "correct"],
  ["5\u202f000", "rail", "correct"],
  ["5\u00a0000 km", "rail", "correct"],
  ["5000 km", "rail", "correct"],
  ["5 000 kilomètres", "rail", "correct"],
  ["4000 km", "rail", "wrong"],
  ["50000", "rail", "wrong"],
  ["20", "ong", "close"],
  ["plus de 20", "ong", "correct"],
  ["moins de 20", "ong", "wrong"],
  ["21", "ong", "wrong"],
  // names: accents, accept, typos
  ["Tokaïev", "tokaiev", "correct"],
  ["Tokaiev", "tokaiev", "correct"],
  ["tokaiev", "tokaiev", "correct"],
  ["Tokaev", "tokaiev", "close"],
  ["Tokayev", "president", "correct"],
  ["Kassym-Jomart Tokaïev", "president", "correct"],
  ["kassym jomart tokaiev", "president", "correct"],
  ["Astana", "sommet", "correct"],
  ["astana", "sommet", "correct"],
  ["Almaty", "sommet", "wrong"],
  ["Astama", "sommet", "close"],
  ["Bstana", "sommet", "wrong"],
  ["Aral", "aral", "correct"],
  ["Oral", "aral", "wrong"],
  ["Arak", "aral", "wrong"],
  ["la mer Caspienne", "mer", "correct"],
  ["mer Caspiene", "mer", "close"],
  // organisations, articles, apostrophes
  ["ONU", "onu", "correct"],
  ["l'ONU", "onu", "correct"],
  ["l’ONU", "onu", "correct"],
  ["lʼONU", "onu", "correct"],
  ["OMU", "onu", "wrong"],
  ["PNUD", "pnud", "correct"],
  ["programme des nations unies pour le developpement", "pnud", "correct"],
  ["Programme des Nations Unies pour le dévelopement", "pnud", "close"],
  ["intelligence artificielle", "ia", "correct"],
  ["L'intelligence artificielle.", "ia", "correct"],
  ["intelligence artificiele", "ia", "close"],
  ["monocameral", "parlement", "correct"],
  ["monocamérale", "parlement", "close"],
  ["bicaméral", "parlement", "wrong"],
  ["système d'échange de quotas d'émission", "ets2", "correct"],
  ["COP29", "cop", "correct"],
  ["COP 29", "cop", "correct"],
  ["COP28", "cop", "wrong"],
  ["", "onu", "wrong"],
  ["   ", "sommet", "wrong"],
];

describe("checkAnswer", () => {
  it.each(CASES)("%j for %s is %s", (input, factKey, verdict) => {
    expect(check(input, FACTS[factKey]).verdict).toBe(verdict);
  });

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it("explains a close answer", () => {
    expect(checkAnswer("Astama", FACTS.sommet)).toEqual({ verdict: "close", expected: "Astana", note: CLOSE_NOTE });
  });

  it("calls a spelling variant a typo when no other fact has it as answer", () => {
    expect(checkAnswer("Tokayev", FACTS.tokaiev).verdict).toBe("close");
  });

  it("returns the typeset expected answer", () => {
    expect(checkAnswer("70", FACTS.transit).expected).toBe("80\u00a0%");
  });

  it("never calls another fact's answer a typo", () => {
    const facts = [buildFact({ id: "a", answer: "Aktaou", type: "place" }), buildFact({ id: "b", answer: "Aktaoua", type: "place" })];
    expect(checkAnswer("Aktaoua", facts[0]).verdict).toBe("close");
    expect(createAnswerChecker(facts)("Aktaoua", facts[0]).verdict).toBe("wrong");
  });

  it("refuses a one-letter typo in a 4-letter word", () => {
    expect(checkAnswer("Arla", FACTS.aral).verdict).toBe("wrong");
    expect(checkAnswer("Onu", FACTS.onu).verdict).toBe("correct");
  });
});

describe("checkAnswer, beyond form", () => {
  const president = buildFact({ id: "president", answer: "Kassym-Jomart Tokaïev", type: "person", accept: ["Tokayev"] });
  const transit = buildFact({ id: "transit", answer: "80 %", type: "percentage", value: 80 });
  const rail = buildFact({ id: "rail", answer: "5 000 km", type: "number", value: 5000, statement: "Le pays construira 5 000 km de nouvelles lignes ferroviaires d’ici 2029." });
  const years = buildFact({ id: "years", answer: "1997, 1998 et 2000", type: "list" });
  const cop = buildFact({ id: "cop", answer: "COP29", type: "event", statement: "À la COP29, Tokaïev fut le premier chef d’État à parler.", source: { paragraph: 1, quote: "le leadership s’est illustré à la COP29" } });

  it.each([
    ["80 pourcents", transit, "correct"],
    ["80 pour cents", transit, "correct"],
    ["80 km", transit, "wrong"],
    ["5000 kms", rail, "correct"],
    ["5000 %", rail, "wrong"],
    ["les quatre cinquièmes", transit, "correct"],
    ["8 sur 10", transit, "correct"],
    ["les trois quarts", transit, "wrong"],
    ["la moitié", transit, "wrong"],
    ["2 mars 92", FACTS.adhesion, "correct"],
    ["02/03/92", FACTS.adhesion, "correct"],
    ["2 mars 93", FACTS.adhesion, "wrong"],
    ["en 92", FACTS.ccnucc, "correct"],
    ["en 93", FACTS.ccnucc, "wrong"],
    ["97, 98 et 2000", years, "correct"],
    ["97 et 98", years, "wrong"],
    ["23 sept.", FACTS.discours, "correct"],
    ["23 septembre 2025", FACTS.discours, "correct"],
    ["23 septembre 2024", FACTS.discours, "wrong"],
  ] as const)("%j for %s is %s", (input, fact, verdict) => {
    expect(checkAnswer(input, fact).verdict).toBe(verdict);
  });

  it("accepts any part of a person's names, in any order, and never a name the fact does not give", () => {
    const verdict = (input: string) => checkAnswer(input, president, { prompt: "Quel président a parlé ?" }).verdict;
    expect(verdict("Kassym Tokaïev")).toBe("correct");
    expect(verdict("Tokaïev Kassym-Jomart")).toBe("correct");
    expect(verdict("K.-J. Tokaïev")).toBe("correct");
    expect(verdict("le président Kassym Tokayev")).toBe("correct");
    expect(verdict("Kassym Tokaiëv")).toBe("correct");
    expect(verdict("Kassim Tokaïev")).toBe("close");
    expect(verdict("Kassym Nazarbaïev")).toBe("wrong");
    expect(verdict("K. J.")).toBe("wrong");
    expect(verdict("Tokaïev Tokaïev")).toBe("wrong");
  });

  it("accepts the key with a detail its sentence gives, and refuses a detail it does not", () => {
    expect(checkAnswer("5000 km de lignes ferroviaires", rail).verdict).toBe("correct");
    expect(checkAnswer("5000 km d’ici 2029", rail).verdict).toBe("correct");
    expect(checkAnswer("5000 km d’ici 2030", rail).verdict).toBe("wrong");
    expect(checkAnswer("5000 km de routes", rail).verdict).toBe("wrong");
    expect(checkAnswer("la COP29, premier chef d’État", cop).verdict).toBe("correct");
    expect(checkAnswer("le leadership à la COP 29", cop).verdict).toBe("correct");
    expect(checkAnswer("la COP29 à Paris", cop).verdict).toBe("wrong");
  });

  it("does not take a bare second number as a detail", () => {
    const start = buildFact({ id: "start", answer: "2017", type: "year", value: 2017, statement: "Le mandat a commencé en 2017 et s’est achevé en 2018." });
    expect(checkAnswer("2017 et 2018", start).verdict).toBe("wrong");
  });

  it("drops a name's « de l’ONU » when the name already holds it", () => {
    const synonyms = buildSynonymTable([["ONU", "Nations unies"], ["PNUD", "Programme des Nations unies pour le développement"]]);
    const pnud = buildFact({ id: "pnud", answer: "Programme des Nations unies pour le développement", type: "organisation", accept: ["PNUD"] });
    expect(checkAnswer("le PNUD de l’ONU", pnud, { synonyms }).verdict).toBe("correct");
    expect(checkAnswer("le PNUE de l’ONU", pnud, { synonyms }).verdict).toBe("wrong");
  });
});

describe("a cloze's other true fills", () => {
  const club = buildFact({ id: "club", answer: "Club des jeunes juristes", type: "organisation", statement: "L’auteur cite la Fondation « Club des jeunes juristes »." });
  const institut = buildFact({ id: "institut", answer: "Institut des droits égaux", type: "organisation", statement: "L’auteur cite la Fondation publique « Institut des droits égaux »." });
  const helsinki = buildFact({ id: "helsinki", answer: "Fédération Helsinki", type: "organisation", statement: "L’auteur cite la Fédération Helsinki." });
  const flagged = buildFact({ id: "faux", answer: "Club des sages", type: "organisation", statement: "L’auteur cite la Fondation « Club des sages »." , flagged: "Doubtful." });
  const statements = trueStatementsOf([club, institut, helsinki, flagged]);
  const fill = (input: string, fact: Fact, prompt: string) => checkAnswer(input, fact, { prompt, blank: "_____", statements }).verdict;

  it("accepts a fill another true statement of the deck holds, give or take a word it has more", () => {
    expect(fill("Institut des droits égaux", club, "L’auteur cite la Fondation « _____ ».")).toBe("correct");
  });

  it("refuses a fill when the cloze says more than that statement", () => {
    expect(fill("Club des jeunes juristes", institut, "L’auteur cite la Fondation publique « _____ ».")).toBe("wrong");
    expect(fill("Fédération Helsinki", club, "L’auteur cite la Fondation « _____ ».")).toBe("wrong");
  });

  it("takes no fill from a flagged fact, nor from a typed question", () => {
    expect(fill("Club des sages", club, "L’auteur cite la Fondation « _____ ».")).toBe("wrong");
    expect(checkAnswer("Institut des droits égaux", club, { prompt: "Quelle fondation de jeunes juristes ?", statements }).verdict).toBe("wrong");
  });
});

describe("names with initials", () => {
  it("counts each initial the fact writes", () => {
    const author = buildFact({ id: "author", answer: "Aidarkyzy", type: "person", accept: ["A. A. Aidarkyzy"] });
    expect(checkAnswer("Aidarkyzy A. A.", author).verdict).toBe("correct");
    expect(checkAnswer("A. Aidarkyzy", author).verdict).toBe("correct");
    expect(checkAnswer("B. Aidarkyzy", author).verdict).toBe("wrong");
  });
});
