// When something goes wrong: a screen that fails while rendering shows a French error screen with a
// reload and a backup export; an unknown address shows the French 404 page, online and offline.
import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers";

test("a screen that fails while rendering offers a reload and a backup, in French", async ({ page }) => {
  // Number formatting throws while the flag is set: the settings screen then fails while rendering.
  await page.addInitScript(() => {
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, "format")!;
    Object.defineProperty(Intl.NumberFormat.prototype, "format", {
      get() {
        if (sessionStorage.getItem("break-render")) throw new Error("render failure for the test");
        return format.get!.call(this);
      },
    });
  });
  await page.goto("/");
  await page.evaluate(() => sessionStorage.setItem("break-render", "1"));
  await page.goto("/reglages/");
  const screen = page.getByTestId("error-screen");
  await expect(screen).toContainText("n’a pas pu s’afficher");
  await expect(screen).toContainText("ne sont pas effacées");
  const download = page.waitForEvent("download");
  await screen.getByRole("button", { name: "Exporter une sauvegarde" }).click();
  expect((await download).suggestedFilename()).toMatch(/^revisions-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  await page.evaluate(() => sessionStorage.removeItem("break-render"));
  await screen.getByRole("button", { name: "Recharger la page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réglages");
});

test("an unknown address shows the French 404 page, online and offline", async ({ page, context }) => {
  await page.goto("/nulle-part/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.goto("/");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("/toujours/nulle-part/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.getByRole("link", { name: "Retour à l’accueil" }).click();
  await expect(page).toHaveURL(/\/$/);
  await context.setOffline(false);
});
