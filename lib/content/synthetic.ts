/**
 * Synthetic facts for property tests and benchmarks: realistic French facts of every answer type
 * across 10 topics, valid against the schema, reproducible from a seed. Real decks are small;
 * these let us check invariants and timings on 1,000 or 10,000 facts.
 */
import type { AnswerType, Fact, Grammar } from "@/lib/content/schema";
import { articleFor } from "@/lib/french/articles";
import { elide } from "@/lib/french/elision";
import { formatFrenchDate } from "@/lib/french/dates";
import { formatNumber, formatPercent } from "@/lib/french/numbers";
import { createRng, pick, type Rng } from "@/lib/random/prng";

/** Topics of synthetic facts. */
export const SYNTHETIC_TOPICS = [
  "histoire", "geographie", "economie", "diplomatie", "environnement",
  "transport", "culture", "sante", "education", "energie",
] as const;

const m: Grammar = { gender: "m", number: "s" };
const f: Grammar = { gender: "f", number: "s" };
const mp: Grammar = { gender: "m", number: "p" };

const PLACES = ["Almaty", "Astana", "Aktaou", "Atyraou", "Chymkent", "Karaganda", "Taraz", "Pavlodar", "Oural", "Turkestan", "Kostanaï", "Semeï"];
const FIRST = ["Aïgerim", "Nurlan", "Dinara", "Erlan", "Saule", "Bolat", "Asel", "Daniyar", "Gulnara", "Yerlan", "Madina", "Arman"];
const LAST = ["Abenova", "Seitkali", "Nurpeisova", "Zhakupov", "Omarova", "Tulegenov", "Ismailova", "Beketov", "Sarsenova", "Kuanyshev"];
const ORGS: { text: string; grammar: Grammar }[] = [
  { text: "PNUD", grammar: m }, { text: "UNICEF", grammar: m }, { text: "HCR", grammar: m },
  { text: "OMS", grammar: f }, { text: "UNESCO", grammar: f }, { text: "OSCE", grammar: f },
  { text: "Banque mondiale", grammar: f }, { text: "FAO", grammar: f }, { text: "PNUE", grammar: m },
  { text: "Organisation internationale du travail", grammar: f }, { text: "ONUDC", grammar: m },
];
const EVENTS: { text: string; grammar: Grammar }[] = [
  { text: "Forum d’Astana", grammar: m }, { text: "Exposition universelle", grammar: f },
  { text: "Conférence de Paris", grammar: f }, { text: "Sommet de la Caspienne", grammar: m },
  { text: "One Water Summit", grammar: m }, { text: "Assemblée générale", grammar: f },
  { text: "Congrès des religions", grammar: m }, { text: "Jeux asiatiques", grammar: mp },
];
const TEXTS: { text: string; grammar: Grammar }[] = [
  { text: "non-prolifération nucléaire", grammar: f }, { text: "développement durable", grammar: m },
  { text: "égalité des genres", grammar: f }, { text: "intelligence artificielle", grammar: f },
  { text: "sécurité alimentaire", grammar: f }, { text: "transition énergétique", grammar: f },
  { text: "gestion de l’eau", grammar: f }, { text: "lutte contre la pauvreté", grammar: f },
  { text: "droits humains", grammar: mp }, { text: "réforme du parlement", grammar: f },
];
const COUNTRIES = ["la France", "l’Inde", "le Japon", "la Chine", "l’Allemagne", "la Turquie", "le Brésil", "l’Ouzbékistan", "la Corée du Sud", "le Canada"];
const QUOTES = [
  "Nous devons agir ensemble", "La paix est notre priorité", "L’eau est une ressource commune",
  "Le dialogue reste la seule voie", "Notre région est un pont entre deux continents", "Le climat n’attend pas",
];
const TYPES: readonly AnswerType[] = ["date", "year", "number", "percentage", "person", "place", "organisation", "event", "text", "list", "quote"];

interface Draft {
  label: string;
  prompt: string;
  answer: string;
  statement: string;
  value?: number | string;
  unit?: string;
  grammar?: Grammar;
  accept?: string[];
  alsoRight?: string[];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function draft(type: AnswerType, n: string, rng: Rng): Draft {
  const place = pick(PLACES, rng)!;
  switch (type) {
    case "year": {
      const year = 1960 + rng.int(70);
      const conf = `conférence n° ${n} ${elide("de", place)}`;
      return {
        label: `Année de la ${conf}`,
        prompt: `En quelle année s’est tenue la ${conf} ?`,
        answer: String(year),
        statement: `La ${conf} s’est tenue en ${year}.`,
        value: year,
        ...(rng.int(5) === 0 ? { alsoRight: [String(year + 1)] } : {}),
      };
    }
    case "date": {
      const d = { year: 1990 + rng.int(40), month: 1 + rng.int(12), day: 1 + rng.int(28) };
      const iso = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
      const monthOnly = rng.int(4) === 0;
      const answer = formatFrenchDate(d, monthOnly ? "month" : "day");
      return {
        label: `Signature de l’accord n° ${n}`,
        prompt: `Quand l’accord n° ${n} a-t-il été signé ?`,
        answer,
        statement: `L’accord n° ${n} a été signé ${monthOnly ? "en" : "le"} ${answer}.`,
        value: monthOnly ? iso.slice(0, 8) + "01" : iso,
      };
    }
    case "number": {
      const km = rng.int(2) === 0;
      const value = km ? (1 + rng.int(9)) * 1000 : 5 + rng.int(60);
      const answer = km ? `${formatNumber(value)} kilomètres` : String(value);
      return km
        ? {
            label: `Longueur des lignes du programme n° ${n}`,
            prompt: `Combien de kilomètres de lignes le programme n° ${n} prévoit-il ?`,
            answer,
            statement: `Le programme n° ${n} prévoit ${answer} de nouvelles lignes.`,
            value,
            unit: "kilomètres",
            accept: [`${formatNumber(value)} km`],
          }
        : {
            label: `Nombre d’ONG du réseau n° ${n}`,
            prompt: `Combien d’ONG compte le réseau n° ${n} ?`,
            answer,
            statement: `Le réseau n° ${n} compte ${answer} organisations non gouvernementales.`,
            value,
          };
    }
    case "percentage": {
      const value = 5 * (1 + rng.int(19));
      const answer = formatPercent(value);
      return {
        label: `Part du transit du corridor n° ${n}`,
        prompt: `Quelle part du transit passe par le corridor n° ${n} ?`,
        answer,
        statement: `Le corridor n° ${n} assure ${answer} du transit régional.`,
        value,
      };
    }
    case "person": {
      const first = pick(FIRST, rng)!;
      const last = pick(LAST, rng)!;
      return {
        label: `Présidence de la commission n° ${n}`,
        prompt: `Qui a présidé la commission n° ${n} ?`,
        answer: `${first} ${last}`,
        statement: `${first} ${last} a présidé la commission n° ${n}.`,
        grammar: /a$/.test(last) ? f : m,
        accept: [last],
      };
    }
    case "place":
      return {
        label: `Lieu du sommet n° ${n}`,
        prompt: `Dans quelle ville le sommet n° ${n} a-t-il eu lieu ?`,
        answer: place,
        statement: `Le sommet n° ${n} a eu lieu à ${place}.`,
        grammar: f,
      };
    case "organisation": {
      const org = pick(ORGS, rng)!;
      return {
        label: `Financeur du projet n° ${n}`,
        prompt: `Quelle organisation finance le projet n° ${n} ?`,
        answer: org.text,
        statement: `Le projet n° ${n} est financé par ${articleFor("le", org.grammar, org.text)}${org.text}.`,
        grammar: org.grammar,
      };
    }
    case "event": {
      const ev = pick(EVENTS, rng)!;
      return {
        label: `Présentation du rapport n° ${n}`,
        prompt: `Lors de quel événement le rapport n° ${n} a-t-il été présenté ?`,
        answer: ev.text,
        statement: `Le rapport n° ${n} a été présenté lors ${articleFor("de", ev.grammar, ev.text)}${ev.text}.`,
        grammar: ev.grammar,
      };
    }
    case "text": {
      const t = pick(TEXTS, rng)!;
      return {
        label: `Priorité du plan n° ${n}`,
        prompt: `Quelle est la priorité du plan n° ${n} ?`,
        answer: t.text,
        statement: `La priorité du plan n° ${n} est ${articleFor("le", t.grammar, t.text)}${t.text}.`,
        grammar: t.grammar,
      };
    }
    case "list": {
      const start = rng.int(COUNTRIES.length);
      const [a, b, c] = [0, 3, 6].map((k) => COUNTRIES[(start + k) % COUNTRIES.length]);
      const answer = `${a}, ${b} et ${c}`;
      return {
        label: `Participants du sommet n° ${n}`,
        prompt: `Quels pays participent au sommet n° ${n} ?`,
        answer,
        statement: `Le sommet n° ${n} réunit ${answer}.`,
      };
    }
    case "quote": {
      const q = pick(QUOTES, rng)!;
      return {
        label: `Phrase clé du discours n° ${n}`,
        prompt: `Quelle phrase le président a-t-il prononcée dans le discours n° ${n} ?`,
        answer: q,
        statement: `Dans le discours n° ${n}, le président a déclaré : « ${q} ».`,
      };
    }
    default:
      throw new Error(`unknown type ${String(type)}`);
  }
}

/**
 * `n` schema-valid facts of every type across 10 topics, their class being their type; about 2 %
 * are flagged.
 *
 * @example
 * const facts = syntheticFacts(1000, 1);
 * facts[0].id; // "histoire-date-1"
 */
export function syntheticFacts(n: number, seed: number): Fact[] {
  const rng = createRng(seed);
  const facts: Fact[] = [];
  for (let i = 1; i <= n; i++) {
    const type = TYPES[(i - 1) % TYPES.length];
    const topic = SYNTHETIC_TOPICS[rng.int(SYNTHETIC_TOPICS.length)];
    const d = draft(type, formatNumber(i), rng);
    const quote = d.statement;
    // Wrong answers of the same type from sibling drafts about the same item; one of their statements is false.
    const siblings = Array.from({ length: 16 }, () => draft(type, formatNumber(i), rng)).filter((s) => s.answer !== d.answer);
    const distractors = [...new Set(siblings.map((s) => s.answer))].slice(0, 4);
    const dated = (type === "year" || type === "date") && d.value !== undefined;
    facts.push({
      id: `${topic}-${type}-${i}`,
      topic,
      label: capitalise(d.label),
      prompt: d.prompt,
      answer: d.answer,
      type,
      class: type,
      ...(d.value !== undefined ? { value: d.value } : {}),
      ...(d.unit ? { unit: d.unit } : {}),
      ...(d.grammar ? { grammar: d.grammar } : {}),
      accept: d.accept ?? [],
      ...(d.alsoRight ? { alsoRight: d.alsoRight } : {}),
      statement: d.statement,
      source: { paragraph: 1 + rng.int(30), quote },
      distractors,
      falseStatements: siblings.length > 0 ? [siblings[0].statement] : [],
      ...(dated ? { timeline: [{ event: capitalise(d.label), date: String(d.value) }] } : {}),
      ...(rng.int(50) === 0 ? { flagged: "Chiffre à vérifier dans une autre source." } : {}),
    });
  }
  return facts;
}
