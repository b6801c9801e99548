/**
 * Typed fixture builder for tests: a schema-valid fact with sensible defaults, so each test only
 * spells out the fields it is about.
 */
import { factSchema, type Fact, type FactInput } from "@/lib/content/schema";

/**
 * Builds and validates a fact; `answer` defaults into `statement` when only the answer is given.
 *
 * @example
 * const fact = buildFact({ answer: "Astana", type: "place" });
 */
export function buildFact(overrides: Partial<FactInput> & { answer: string }): Fact {
  const id = overrides.id ?? "fait-test";
  return factSchema.parse({
    id,
    topic: "membre-onu",
    label: "Élément testé",
    prompt: "Quelle est la réponse ?",
    type: "text",
    statement: `La réponse est ${overrides.answer}.`,
    source: { paragraph: 1, quote: "La réponse" },
    accept: [],
    class: overrides.type ?? "text",
    distractors: ["Option A", "Option B", "Option C"],
    falseStatements: [`La réponse n’est pas ${overrides.answer}.`],
    ...overrides,
  });
}
