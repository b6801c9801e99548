/**
 * Fallback wrong answers by type, used only when a deck has too few facts of a type to offer
 * three distractors (a small deck with two people still needs four options).
 */
import type { AnswerType, Grammar } from "@/lib/content/schema";

/** A ready-made wrong answer with its grammar. */
export interface BankEntry {
  text: string;
  grammar?: Grammar;
}

const m: Grammar = { gender: "m", number: "s" };
const f: Grammar = { gender: "f", number: "s" };

/** Plausible names per type, in the deck's domain (Central Asia, the UN system). */
export const DISTRACTOR_BANK: Partial<Record<AnswerType, readonly BankEntry[]>> = {
  person: [
    { text: "Noursoultan Nazarbaïev", grammar: m },
    { text: "Antonio Guterres", grammar: m },
    { text: "Ban Ki-moon", grammar: m },
    { text: "Chavkat Mirziyoyev", grammar: m },
    { text: "Sadyr Japarov", grammar: m },
    { text: "Dariga Nazarbaïeva", grammar: f },
  ],
  place: [
    { text: "Almaty", grammar: f },
    { text: "Astana", grammar: f },
    { text: "Chymkent", grammar: f },
    { text: "Karaganda", grammar: f },
    { text: "Aktaou", grammar: f },
    { text: "Bichkek", grammar: f },
    { text: "Tachkent", grammar: f },
  ],
  organisation: [
    { text: "PNUD", grammar: m },
    { text: "UNICEF", grammar: m },
    { text: "HCR", grammar: m },
    { text: "OMS", grammar: f },
    { text: "UNESCO", grammar: f },
    { text: "OSCE", grammar: f },
    { text: "Banque mondiale", grammar: f },
  ],
  event: [
    { text: "COP28", grammar: f },
    { text: "Sommet de Rio", grammar: m },
    { text: "Exposition universelle de 2017", grammar: f },
    { text: "Forum d’Astana", grammar: m },
    { text: "One Water Summit", grammar: m },
  ],
};
