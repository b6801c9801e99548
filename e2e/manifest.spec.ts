import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers";

test.describe("installable @desktop", () => {
  test("the manifest is valid and linked", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({
      lang: "fr",
      start_url: "/",
      scope: "/",
      display: "standalone",
      short_name: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
      theme_color: expect.stringMatching(/^#/),
      background_color: expect.stringMatching(/^#/),
    });
    const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}:${i.purpose ?? "any"}`);
    expect(sizes).toEqual(expect.arrayContaining(["192x192:any", "512x512:any", "512x512:maskable"]));
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()["content-type"]).toContain("image/png");
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect((await request.get(apple!)).ok()).toBe(true);
  });

  test("the service worker controls the page", async ({ page }) => {
    await page.goto("/");
    await waitForServiceWorker(page);
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(scriptURL).toMatch(/\/sw\.js$/);
  });
});
