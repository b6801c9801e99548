import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers";
import { ROUTES } from "./routes";

function exportedRoutes(dir = "out", prefix = "/"): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "index.html") routes.push(prefix);
    else if (statSync(path).isDirectory() && !name.startsWith("_") && name !== "404") {
      routes.push(...exportedRoutes(path, `${prefix}${name}/`));
    }
  }
  return routes;
}

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
