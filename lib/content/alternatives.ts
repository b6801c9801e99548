// A fact's other accepted answers, in a module of its own so client code does not pull in the zod schema.
import type { Fact } from "./schema";

/**
 * Every other accepted answer of a fact: its `accept` alternatives and the `alsoRight` values.
 *
 * @example
 * alternativesOf(fact); // ["PNUD", "Programme des Nations unies pour le développement"]
 */
export function alternativesOf(fact: Pick<Fact, "accept" | "alsoRight">): string[] {
  return [...fact.accept, ...(fact.alsoRight ?? [])];
}
