// The guesser's cues on items written to fall for them, and on items written not to: a guard
// that cannot see the classic item-writing faults would pass any deck.
import { describe, expect, it } from "vitest";
import type { MatchQuestion, McqQuestion, OrderQuestion, TrueFalseQuestion } from "@/lib/generate";
import { guessOptions, guessQuestion, sessionContexts } from "./index";

const mcq = (prompt: string, answer: string, others: string[]): McqQuestion => ({
  id: "mcq:x", factId: "x", kind: "mcq", prompt, paragraph: 1, answer, options: [others[0], answer, ...others.slice(1)],
});

describe("the test-wise guesser", () => {
  it("finds the key the distractors vary around, and not in a balanced design", () => {
    const key = "Kazakhstan, puissance moyenne, géant en devenir ?";
    const oneChangeEach = ["Kazakhstan, puissance régionale, géant en devenir ?", "Kazakhstan, puissance moyenne, géant endormi ?", "Kazakhstan, puissance moyenne, géant fragile ?"];
    expect(guessQuestion(mcq("Quel est le titre de la note ?", key, oneChangeEach))).toMatchObject({ accuracy: 1, cues: ["centre"] });
    const balanced = ["Kazakhstan, puissance moyenne, géant endormi ?", "Kazakhstan, puissance émergente, géant en devenir ?", "Kazakhstan, puissance émergente, géant endormi ?"];
    expect(guessQuestion(mcq("Quel est le titre de la note ?", key, balanced))!.accuracy).toBe(0.25);
  });

  it("reads the middle value, the echo of the prompt, the lone long option and « seulement »", () => {
    expect(guessOptions(["1991", "1992", "1993", "1995"], "1992", "En quelle année ?").accuracy).toBe(0.5);
    expect(guessOptions(["1992", "1993", "1994", "1995"], "1992", "En quelle année ?").accuracy).toBe(0);
    expect(guessOptions(["débat général", "dialogue interactif", "forum politique", "Sommet de l’avenir"], "débat général", "Lors de quel temps fort de l’Assemblée générale ?").accuracy).toBe(1);
    expect(guessOptions(["Semipalatinsk", "Karaganda", "Pavlodar", "Aktioubé"], "Semipalatinsk", "Quelle région ?").accuracy).toBe(1);
    expect(guessOptions(["la plupart des secteurs", "seulement l’énergie", "uniquement les transports", "sauf les services publics"], "la plupart des secteurs", "Où ?").accuracy).toBe(1);
  });

  it("judges « seulement » false and « environ » true", () => {
    const tf = (prompt: string, answer: "Vrai" | "Faux"): TrueFalseQuestion => ({
      id: "true-false:x", factId: "x", kind: "true-false", prompt, paragraph: 1, options: ["Vrai", "Faux"], answer, statement: prompt,
    });
    expect(guessQuestion(tf("L’IA servira seulement dans l’énergie.", "Faux"))).toMatchObject({ accuracy: 1, pick: "Faux" });
    expect(guessQuestion(tf("Plus de 20 ONG agissent au Kazakhstan.", "Vrai"))).toMatchObject({ accuracy: 1, pick: "Vrai" });
    expect(guessQuestion(tf("Le Kazakhstan a rejoint l’ONU en 1992.", "Vrai"))!.accuracy).toBe(0.5);
  });

  it("pairs sides that share a word or a unit, and orders « première » before « deuxième »", () => {
    const match: MatchQuestion = {
      id: "match:x", factId: "a", kind: "match", prompt: "Associe.", paragraph: 1, factIds: ["a", "b", "c", "d"],
      pairs: [
        { left: "Fédération kazakhe des droits humains", right: "Fédération Helsinki" },
        { left: "Longueur des nouvelles lignes", right: "5 000 km" },
        { left: "Part du transit Asie–Europe", right: "80 %" },
        { left: "Club de jeunes juristes", right: "Club des jeunes juristes" },
      ],
      options: ["80 %", "Club des jeunes juristes", "5 000 km", "Fédération Helsinki"],
      answer: ["Fédération Helsinki", "5 000 km", "80 %", "Club des jeunes juristes"],
    };
    expect(guessQuestion(match)!.accuracy).toBe(1);
    const order: OrderQuestion = {
      id: "order:x", factId: "a", kind: "order", prompt: "Range.", paragraph: 1, factIds: ["a", "b", "c", "d"],
      options: ["Deuxième adoption", "Fin prévue du plan", "Première adoption", "Troisième adoption"],
      answer: ["Première adoption", "Deuxième adoption", "Troisième adoption", "Fin prévue du plan"],
      dates: ["1997", "1998", "2000", "2029"],
    };
    expect(guessQuestion(order)!.accuracy).toBe(1);
  });

  it("takes an option another question of the session names", () => {
    const q = mcq("Quand le mandat a-t-il commencé ?", "2017", ["2015", "2016", "2019"]);
    const other = mcq("Dans quel organe le Kazakhstan a-t-il siégé pour le mandat 2017–2018 ?", "Conseil de sécurité", ["a", "b", "c"]);
    const [context] = sessionContexts([q, other]);
    expect(guessQuestion(q, context)).toMatchObject({ accuracy: 1, cues: ["lu ailleurs"] });
  });
});
