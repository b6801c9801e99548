import { describe, expect, it } from "vitest";
import { homePage, reviewPage, usableSnapshot, type FirstCardSnapshot } from "./firstViewHtml";

const REVIEW = `<main><p class="text-sm" id="first-card-counts">15 à voir</p><section><p class="x" id="first-card-label">Question</p><h2 class="t" id="first-card-front" elementtiming="first-card">Depuis quelle date ?</h2></section></main><script>self.__next_f.push([1,"id=\\"first-card-front\\""])</script>`;
const NOW = Date.UTC(2026, 11, 2, 10);
const card: FirstCardSnapshot = { at: NOW - 60_000, until: NOW + 600_000, counts: "3 à voir · 1 nouvelle · 2 à réviser", label: "À quoi correspond…", front: "1992 <b>& après</b>" };

describe("reviewPage", () => {
  it("writes a valid snapshot's card into the prerendered frame, escaped", () => {
    const html = reviewPage(REVIEW, { welcomed: true, card }, NOW);
    expect(html).toContain('id="first-card-front" elementtiming="first-card">1992 &lt;b&gt;&amp; après&lt;/b&gt;</h2>');
    expect(html).toContain('id="first-card-label">À quoi correspond…</p>');
    expect(html).toContain('id="first-card-counts">3 à voir · 1 nouvelle · 2 à réviser</p>');
    expect(html).not.toContain("Depuis quelle date ?");
    expect(html.endsWith('self.__next_f.push([1,"id=\\"first-card-front\\""])</script>')).toBe(true);
  });

  it("hides the frame's text when the snapshot expired, is missing, or the clock went back", () => {
    for (const stale of [{ ...card, until: NOW }, null, { ...card, at: NOW + 1 }]) {
      const html = reviewPage(REVIEW, { welcomed: true, card: stale }, NOW);
      expect(html).toContain('<h2 style="visibility:hidden" class="t" id="first-card-front"');
      expect(html).toContain('<p style="visibility:hidden" class="text-sm" id="first-card-counts"');
      expect(html).not.toContain("1992");
    }
  });

  it("refuses a snapshot of the wrong shape", () => {
    expect(usableSnapshot({ ...card, front: 3 }, NOW)).toBe(false);
    expect(usableSnapshot("1992", NOW)).toBe(false);
    expect(usableSnapshot(card, NOW)).toBe(true);
  });
});

describe("homePage", () => {
  const HOME = '<section aria-labelledby="welcome-title" class="b" data-testid="welcome" id="first-visit"><h2>Bienvenue</h2></section>';
  it("leaves the first-visit card out once it was closed, and only then", () => {
    expect(homePage(HOME, { welcomed: true, card: null })).toContain('<section style="display:none" aria-labelledby="welcome-title"');
    expect(homePage(HOME, { welcomed: false, card: null })).toBe(HOME);
  });
});
