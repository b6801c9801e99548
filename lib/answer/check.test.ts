import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { buildFact } from "@/lib/generate/testing/factBuilder";
import { CLOSE_NOTE, checkAnswer, createAnswerChecker, type Verdict } from "./index";

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
