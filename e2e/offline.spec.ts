import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers";
import { ROUTES } from "./routes";
import { exportedRoutes } from "../scripts/served-build";

test("the route list covers every exported page", () => {
  expect(ROUTES.map((r) => r.path).sort()).toEqual(exportedRoutes().sort());
});

test("the service worker precaches the content files but not the legacy polyfill modern browsers never load", () => {
  const worker = readFileSync("out/sw.js", "utf8");
  const html = readFileSync("out/index.html", "utf8");
  const legacy = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]);
  expect(legacy.length).toBeGreaterThan(0);
  for (const src of legacy) expect(worker).not.toContain(src);
  expect(worker).toContain("/catalog/cards.json");
  expect(worker).toContain("/catalog/facts.json");
});

test.describe("offline @desktop", () => {
  test("after one visit, every route renders with the network off", async ({ page, context }) => {
    await page.goto("/");
    await waitForServiceWorker(page);
    await context.setOffline(true);
    // The badge follows the browser's offline event. (After a navigation some Chromium builds keep
    // reporting navigator.onLine = true under emulation, so it is checked where the network dropped.)
    await expect(page.getByTestId("offline-indicator")).toBeVisible();
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
    }
    await context.setOffline(false);
  });
});
