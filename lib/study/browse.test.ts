import { describe, expect, it } from "vitest";
import { filterCards, foldForSearch, type BrowsableCard } from "./browse";
import { buildReviewCard, cardMap, T0 } from "./fixtures";

const list: BrowsableCard[] = [
  { id: "a:forward", topic: "t1", front: "Capitale du Kazakhstan ?", back: "Astana" },
  { id: "a:reverse", topic: "t1", front: "Astana", back: "Capitale du Kazakhstan" },
  { id: "b:forward", topic: "t2", front: "Économie verte", back: "Programme de 2013" },
];
const none = { suspended: new Set<string>(), flagged: new Set<string>() };
const ids = (cards: BrowsableCard[]) => cards.map((c) => c.id);

describe("filterCards", () => {
  it("finds every word on either side, ignoring case and accents", () => {
    expect(ids(filterCards(list, new Map(), { query: "ASTANA capitale", topic: "all", state: "all" }, none))).toEqual(["a:forward", "a:reverse"]);
    expect(ids(filterCards(list, new Map(), { query: "economie", topic: "all", state: "all" }, none))).toEqual(["b:forward"]);
    expect(foldForSearch("  Économie\u00a0verte ")).toBe("economie verte");
  });

  it("filters by theme, by memory state (never studied = new) and by the student's lists", () => {
    const cards = cardMap([buildReviewCard("a:forward", T0)]);
    expect(ids(filterCards(list, cards, { query: "", topic: "t2", state: "all" }, none))).toEqual(["b:forward"]);
    expect(ids(filterCards(list, cards, { query: "", topic: "all", state: 2 }, none))).toEqual(["a:forward"]);
    expect(ids(filterCards(list, cards, { query: "", topic: "all", state: 0 }, none))).toEqual(["a:reverse", "b:forward"]);
    const marks = { suspended: new Set(["b:forward"]), flagged: new Set(["a:reverse"]) };
    expect(ids(filterCards(list, cards, { query: "", topic: "all", state: "suspended" }, marks))).toEqual(["b:forward"]);
    expect(ids(filterCards(list, cards, { query: "", topic: "all", state: "flagged" }, marks))).toEqual(["a:reverse"]);
  });
});
