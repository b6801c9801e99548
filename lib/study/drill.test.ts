import { describe, expect, it } from "vitest";
import { createDrill, DRILL_TARGET, drillKind, drillProgress, nextDrillItem, recordDrillAnswer, weakFactIds, WORKING_SET_SIZE, type Drill } from "./drill";
import { buildCard, buildLog, buildReviewCard, cardMap, T0 } from "./fixtures";
import { DAY_MS } from "./types";

/** Answers the drill's questions with `answer(factId, turn)` until done (or `limit` questions). */
function run(
  drill: Drill,
  answer: (factId: string, turn: number) => boolean,
  limit = 200,
  related?: (a: string, b: string) => boolean,
): { drill: Drill; asked: string[]; kinds: string[] } {
  const asked: string[] = [];
  const kinds: string[] = [];
  for (let n = 0; n < limit; n++) {
    const item = nextDrillItem(drill, related);
    if (!item) break;
    asked.push(item.factId);
    kinds.push(drillKind(item));
    drill = recordDrillAnswer(drill, item.factId, answer(item.factId, n));
  }
  return { drill, asked, kinds };
}

describe("free-practice drill", () => {
  const facts = Array.from({ length: 10 }, (_, i) => `f${i}`);

  it("ends once each fact has been answered right twice in a row of right answers", () => {
    const { drill, asked } = run(createDrill(facts, 3), () => true);
    expect(nextDrillItem(drill)).toBeNull();
    expect(drillProgress(drill)).toEqual({ known: 10, total: 10 });
    expect(asked).toHaveLength(10 * DRILL_TARGET);
    for (const id of facts) expect(asked.filter((a) => a === id)).toHaveLength(DRILL_TARGET);
  });

  it("moves a fact from recognition to recall once right, and back after a mistake", () => {
    let drill = createDrill(["a"], 1);
    expect(drillKind(nextDrillItem(drill)!)).toBe("mcq");
    drill = recordDrillAnswer(drill, "a", false);
    expect(drillKind(nextDrillItem(drill)!)).toBe("true-false");
    drill = recordDrillAnswer(drill, "a", true);
    expect(drillKind(nextDrillItem(drill)!)).toBe("typed");
    drill = recordDrillAnswer(drill, "a", false);
    expect(["mcq", "true-false"]).toContain(drillKind(nextDrillItem(drill)!));
  });

  it("never asks the same fact twice in a row while others remain, and works on a small set at a time", () => {
    const { asked } = run(createDrill(facts, 5), (_id, turn) => turn % 3 !== 0);
    for (let i = 1; i < asked.length; i++) if (asked[i] === asked[i - 1]) expect(new Set(asked.slice(i)).size).toBe(1);
    // A student who gets nothing right keeps working on the same few facts, not the whole list.
    expect(new Set(run(createDrill(facts, 5), () => false, 50).asked).size).toBe(WORKING_SET_SIZE);
  });

  it("never asks a fact right after one of its sentence while another fact is open", () => {
    // f0–f4 come from one sentence: a question on one may give another away.
    const related = (a: string, b: string) => Number(a.slice(1)) < 5 && Number(b.slice(1)) < 5;
    const { asked } = run(createDrill(facts, 5), (_id, turn) => turn % 3 !== 0, 200, related);
    const open = (i: number) => new Set(asked.slice(i));
    for (let i = 1; i < asked.length; i++) {
      if (related(asked[i], asked[i - 1])) expect([...open(i)].every((id) => related(id, asked[i - 1]) || id === asked[i - 1]), asked.slice(i - 1).join()).toBe(true);
    }
    expect(new Set(asked).size).toBe(10);
    // Without the relation, the same drill does ask them back to back.
    const blind = run(createDrill(facts, 5), (_id, turn) => turn % 3 !== 0).asked;
    expect(blind.some((id, i) => i > 0 && related(id, blind[i - 1]) && id !== blind[i - 1])).toBe(true);
  });

  it("is the same drill for the same seed", () => {
    expect(createDrill(facts, 9)).toEqual(createDrill(facts, 9));
    expect(createDrill(facts, 9)).not.toEqual(createDrill(facts, 10));
  });
});

describe("weakFactIds", () => {
  it("keeps studied facts with a low recall chance or a last « À revoir », weakest first", () => {
    const cards = cardMap([
      buildReviewCard("strong:forward", T0 + DAY_MS, { stability: 100, intervalDays: 1 }),
      buildReviewCard("faded:forward", T0 - 20 * DAY_MS, { stability: 2, intervalDays: 2 }),
      buildReviewCard("missed:forward", T0 + DAY_MS, { stability: 100, intervalDays: 1 }),
      buildCard("new:forward"),
    ]);
    const logs = [buildLog("missed:forward", T0 - DAY_MS, { rating: 1 })];
    expect(weakFactIds(["strong", "faded", "missed", "new"], cards, logs, T0)).toEqual(["faded", "missed"]);
  });
});
