// Every route on a 360 px phone: nothing scrolls sideways and no text is cut. A text is cut when it is
// wider than its own box (a word that cannot wrap, « vues aujourd’hu »), or when a select is narrower
// than its chosen option (« Tous les thème »).
import { expect, test, type Page } from "@playwright/test";
import { ROUTES } from "./routes";

test.use({ viewport: { width: 360, height: 740 } });

/** Texts wider than their box, and the page's sideways overflow. */
async function clipping(page: Page): Promise<{ overflow: number; cut: string[] }> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const measure = document.createElement("canvas").getContext("2d")!;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only, svg, table, details:not([open]) > :not(summary)")) continue;
      if (el instanceof HTMLSelectElement) {
        const option = el.selectedOptions[0];
        if (!option) continue;
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
        if (measure.measureText(option.text).width > room) cut.push(`select: ${option.text}`);
        continue;
      }
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      if (!ownText || style.display === "inline" || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) cut.push(`${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`);
    }
    const root = document.scrollingElement!;
    return { overflow: root.scrollWidth - root.clientWidth, cut };
  });
}

for (const route of ROUTES) {
  test(`${route.path} at 360 px: no sideways scroll, no cut text`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(route.heading);
    // Let the client screens render the student's state.
    await page.waitForLoadState("networkidle");
    const { overflow, cut } = await clipping(page);
    expect(cut, `cut texts on ${route.path}`).toEqual([]);
    expect(overflow, `sideways scroll on ${route.path}`).toBeLessThanOrEqual(0);
  });
}
