// Every route on a 360 px phone: nothing scrolls sideways and no text is cut. A text is cut when it is
// wider than its own box (a word that cannot wrap, « vues aujourd’hu »), or when a select is narrower
// than its chosen option (« Tous les thème »).
import { expect, test } from "@playwright/test";
import { clipping } from "./layoutChecks";
import { ROUTES } from "./routes";

test.use({ viewport: { width: 360, height: 740 } });

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
