/**
 * Proper nouns a student may confuse with the answer: cities and countries of the region and the
 * organisations of the article. Typing one of them is a different answer, never a typo.
 */
import { normalizeAnswer } from "./normalize";

/** Names that are never treated as a misspelling of another name. */
export const KNOWN_PROPER_NOUNS: readonly string[] = [
  "Almaty", "Astana", "Aktau", "Aktobe", "Atyraou", "Oural", "Oral", "Aral", "Taraz", "Chymkent", "Karaganda",
  "Pavlodar", "Semeï", "Semipalatinsk", "Kostanaï", "Turkestan", "Baïkonour", "Bichkek", "Tachkent", "Douchanbé",
  "Achgabat", "Kazakhstan", "Ouzbékistan", "Kirghizistan", "Tadjikistan", "Turkménistan", "Russie", "Chine",
  "Iran", "Irak", "Inde", "Caspienne", "Genève", "Vienne", "Paris", "Bakou", "Moscou", "Pékin",
  "ONU", "OMS", "PNUD", "PNUE", "HCR", "UNESCO", "UNICEF", "OSCE", "OTAN", "FAO", "OCS", "UE",
];

/** Normalised keys of KNOWN_PROPER_NOUNS. */
export const KNOWN_PROPER_NOUN_KEYS: ReadonlySet<string> = new Set(KNOWN_PROPER_NOUNS.map((n) => normalizeAnswer(n)));
