// A first visit on a small phone (360 × 740): home explains Réviser, Entraînement and Quiz once;
// every target on home is at least 44 px; the bottom bar holds practice too.
import { expect, test } from "@playwright/test";

test.use({ viewport: { width: 360, height: 740 } });

test("the first visit explains the three modes once, and every home target is at least 44 px", async ({ page }) => {
  await page.goto("/");
  const welcome = page.getByTestId("welcome");
  await expect(welcome).toBeVisible();
  for (const mode of ["Réviser", "Entraînement", "Quiz"]) await expect(welcome.getByRole("link", { name: mode })).toBeVisible();
  await welcome.getByRole("button", { name: "C’est compris" }).click();
  await expect(welcome).toBeHidden();
  await page.reload();
  await expect(page.getByTestId("due-count")).toBeVisible();
  await expect(page.getByTestId("welcome")).toHaveCount(0);

  const small = await page.locator("main a, main button, nav a").evaluateAll((els) =>
    els
      .map((e) => ({ text: (e.textContent ?? "").trim().slice(0, 40), box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ text, box }) => `${text}: ${Math.round(box.width)} × ${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await nav.getByRole("link", { name: "S’entraîner" }).click();
  await expect(page).toHaveURL(/\/entrainement\/$/);
  await expect(nav.getByRole("link", { name: "S’entraîner" })).toHaveAttribute("aria-current", "page");
});
