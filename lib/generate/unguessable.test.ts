import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/random";
import { guessOptions } from "@/lib/testwise";
import { chooseUnguessable } from "./unguessable";

const authored = (texts: string[]) => texts.map((text) => ({ text, authored: true }));

describe("chooseUnguessable", () => {
  it("takes the balanced set among hand-written options that vary around the key", () => {
    const key = "aspect majeur de la politique étrangère";
    const pool = authored([
      "aspect secondaire de la politique étrangère",
      "aspect majeur de la politique de défense",
      "obstacle majeur à la politique étrangère",
      "aspect majeur de la politique économique",
      "aspect secondaire de la politique économique",
    ]);
    for (let seed = 0; seed < 20; seed++) {
      const chosen = chooseUnguessable(key, "Que représentent les droits humains ?", pool, createRng(seed), 3);
      expect(guessOptions([key, ...chosen], key, "Que représentent les droits humains ?").accuracy).toBe(0.25);
    }
  });

  it("draws the key's rank among numbers, so « the middle value » is right no more than by chance", () => {
    const pool = authored(["1994", "1995", "1996", "1998", "1999", "2000", "2001"]);
    const ranks = new Map<number, number>();
    for (let seed = 0; seed < 400; seed++) {
      const options = [...chooseUnguessable("1997", "En quelle année ?", pool, createRng(seed), 3), "1997"].map(Number).sort();
      const rank = options.indexOf(1997);
      ranks.set(rank, (ranks.get(rank) ?? 0) + 1);
    }
    for (const rank of [0, 1, 2, 3]) expect(ranks.get(rank)).toBeGreaterThan(70);
  });
});
