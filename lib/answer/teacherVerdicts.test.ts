// Realistic student answers to the real deck's typed questions, with the verdict a French teacher
// gives. Near misses that must be refused sit next to the variants that must be accepted.
import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { DECKS } from "@/lib/content/decks";
import { generateQuestion } from "@/lib/generate";
import type { Verdict } from "./index";
import { gradeQuestion } from "./grade";

const deck = DECKS.find((d) => d.meta.id === "kazakhstan-onu")!;
/** What the app passes to answer checking for this deck (synonyms and every answer of the deck). */
const options = CATALOG.checkOptions.get(deck.meta.id);

/** [fact id, what the student typed, the teacher's verdict]; `close` counts as right, with a remark. */
const CASES: [string, string, Verdict][] = [
  // numbers keep their words and units
  ["ong-nombre", "plus de 20", "correct"],
  ["ong-nombre", "plus de vingt", "correct"],
  ["ong-nombre", "plus de 20 ONG", "correct"],
  ["ong-nombre", "moins de 20", "wrong"],
  ["ong-nombre", "plus de 200", "wrong"],
  ["ong-nombre", "21", "wrong"],
  ["onu-huit-decennies", "huit décennies", "correct"],
  ["onu-huit-decennies", "8 décennies", "correct"],
  ["onu-huit-decennies", "80 ans", "correct"],
  ["onu-huit-decennies", "80 décennies", "wrong"],
  ["onu-huit-decennies", "8 ans", "wrong"],
  ["onu-huit-decennies", "huit siècles", "wrong"],
  ["rail-5000-km", "cinq mille", "correct"],
  ["rail-5000-km", "5000", "correct"],
  ["rail-5000-km", "5 000 kilomètres", "correct"],
  ["rail-5000-km", "cinq mille km", "correct"],
  ["rail-5000-km", "5000 miles", "wrong"],
  ["rail-5000-km", "50 000 km", "wrong"],
  ["rail-5000-km", "5000 m", "wrong"],
  ["transit-asie-europe", "80 %", "correct"],
  ["transit-asie-europe", "quatre-vingts pour cent", "correct"],
  ["transit-asie-europe", "80", "correct"],
  ["transit-asie-europe", "8 %", "wrong"],
  ["transit-asie-europe", "90 %", "wrong"],
  ["cinq-asie-centrale", "cinq", "correct"],
  ["cinq-asie-centrale", "5 pays", "correct"],
  ["cinq-asie-centrale", "six pays", "wrong"],
  ["onu-soutien-25-ans", "vingt-cinq ans", "correct"],
  ["onu-soutien-25-ans", "25 mois", "wrong"],
  // ordinals
  ["discours-session", "quatre-vingtième session", "correct"],
  ["discours-session", "la 80ᵉ session", "correct"],
  ["discours-session", "80ème", "correct"],
  ["discours-session", "79e", "wrong"],
  ["discours-session", "8e", "wrong"],
  ["premiere-puissance-region", "1re puissance", "correct"],
  ["premiere-puissance-region", "la première puissance de la région", "correct"],
  ["premiere-puissance-region", "deuxième puissance", "wrong"],
  // years and dates
  ["rail-echeance", "2029", "correct"],
  ["rail-echeance", "en 2029", "correct"],
  ["rail-echeance", "d’ici 2029", "correct"],
  ["rail-echeance", "2030", "wrong"],
  ["ets-annee", "deux mille treize", "correct"],
  ["ets-annee", "2012", "wrong"],
  ["onu-adhesion-date", "le 2 mars 1992", "correct"],
  ["onu-adhesion-date", "02/03/1992", "correct"],
  ["onu-adhesion-date", "2 mars 1993", "wrong"],
  ["onu-adhesion-date", "mars 1992", "wrong"],
  ["discours-date", "le 23 septembre", "correct"],
  ["discours-date", "22 septembre", "wrong"],
  // lists in any order, with commas or « et »
  ["semipalatinsk-annees", "en 1997, 1998 et 2000", "correct"],
  ["semipalatinsk-annees", "2000, 1997, 1998", "correct"],
  ["semipalatinsk-annees", "1997 et 2000", "wrong"],
  ["semipalatinsk-annees", "1997, 1998 et 2001", "wrong"],
  ["onu-partenaires-droits-humains", "la société civile et le gouvernement", "correct"],
  ["onu-partenaires-droits-humains", "le gouvernement", "wrong"],
  ["corridors-transport", "transcaspien et Nord-Sud", "correct"],
  ["corridors-transport", "Nord-Sud", "wrong"],
  // synonyms and acronyms the deck declares
  ["semipalatinsk-organe", "AG de l’ONU", "correct"],
  ["semipalatinsk-organe", "l’Assemblée générale des Nations unies", "correct"],
  ["semipalatinsk-organe", "le Conseil de sécurité", "wrong"],
  ["pnud", "Programme de l’ONU pour le développement", "correct"],
  ["pnud", "PNUD", "correct"],
  ["pnud", "PNUE", "wrong"],
  ["pnud", "Programme des Nations unies pour l’environnement", "wrong"],
  ["hcr-bureau", "Haut-Commissariat des Nations unies pour les réfugiés", "correct"],
  ["hcr-bureau", "UNICEF", "wrong"],
  ["conseil-securite-organe", "le Conseil de sécurité de l’ONU", "correct"],
  ["conseil-securite-organe", "Conseil de securite", "correct"],
  ["conseil-securite-organe", "Conseil économique et social", "wrong"],
  ["ia-technologie", "l’IA", "correct"],
  ["ia-technologie", "intelligence artificiel", "close"],
  ["parlement-monocameral", "parlement unicaméral", "correct"],
  ["parlement-monocameral", "parlement bicaméral", "wrong"],
  ["federation-helsinki", "Fédération Helsinki des droits de l’homme du Kazakhstan", "correct"],
  // singular and plural, leading prepositions and articles
  ["ccnucc-nom", "Convention-cadre des Nations unies sur le changement climatique", "correct"],
  ["referendum-national", "par un référendum", "correct"],
  ["referendum-national", "par référendum national", "correct"],
  ["referendum-national", "par décret", "wrong"],
  ["economie-de-marche", "une économie de marché stable", "correct"],
  ["economie-de-marche", "une économie planifiée", "wrong"],
  ["centre-logistique", "un centre logistique", "correct"],
  ["centre-logistique", "centre financier", "wrong"],
  // names: accents, spelling, near but different names
  ["discours-president", "Tokayev", "correct"],
  ["discours-president", "kassym jomart tokaiev", "correct"],
  ["discours-president", "Nazarbaïev", "wrong"],
  ["sommet-ecologique-ville", "Astana", "correct"],
  ["sommet-ecologique-ville", "Astanaa", "close"],
  ["sommet-ecologique-ville", "Almaty", "wrong"],
  ["mer-aral", "la mer d’Aral", "correct"],
  ["mer-aral", "mer Caspienne", "wrong"],
  ["mer-aral", "mer d’Oral", "wrong"],
  ["mer-caspienne", "la Caspienne", "correct"],
  ["mer-caspienne", "mer Noire", "wrong"],
  ["cop29-premier-chef-etat", "la COP 29", "correct"],
  ["cop29-premier-chef-etat", "COP28", "wrong"],
  ["aidarkyzy", "Aïdarkyzy", "correct"],
  ["institut-choiseul", "Institut Montaigne", "wrong"],
  // the question's own words are not an answer
  ["kibhr", "KIBHR", "wrong"],
  ["kibhr", "Bureau international kazakh pour les droits humains et l’État de droit", "correct"],
];

describe("verdicts a teacher agrees with", () => {
  const factsById = new Map(deck.facts.map((f) => [f.id, f]));
  it.each(CASES)("%s: %j is %s", (id, input, verdict) => {
    const fact = factsById.get(id);
    expect(fact, id).toBeDefined();
    const question = generateQuestion(fact!, "typed", deck.facts, 1)!;
    expect(gradeQuestion(question, input, fact, options).verdict).toBe(verdict);
  });

  it("covers at least 80 answers, a third of them refused", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.filter(([, , v]) => v === "wrong").length).toBeGreaterThanOrEqual(CASES.length / 3);
  });
});
