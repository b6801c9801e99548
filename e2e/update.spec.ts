// A new deploy is noticed: with a changed service worker on the server, the app offers
// "Nouvelle version disponible" and its reload button hands over to the new worker.
import { cpSync, appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
// serve-handler is the engine of the `serve` package that serves the app.
// @ts-expect-error: the package ships no types.
import handler from "serve-handler";
import { waitForServiceWorker } from "./helpers";

let server: Server;
let root: string;
let origin: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "deploy-"));
  cpSync("out", root, { recursive: true });
  server = createServer((req, res) => handler(req, res, { public: root, headers: [{ source: "sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] }] }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

test.afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

test("a new deploy offers a reload to the new version", async ({ page }) => {
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  await expect(page.getByText("Nouvelle version disponible")).toHaveCount(0);

  appendFileSync(join(root, "sw.js"), "\n// next deploy\n");
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText("Nouvelle version disponible")).toBeVisible();

  const reloaded = page.waitForEvent("framenavigated");
  await page.getByRole("button", { name: "Recharger" }).click();
  await reloaded;
  await expect(page.getByRole("heading", { level: 1, name: "Révisions" })).toBeVisible();
  await expect(page.getByText("Nouvelle version disponible")).toHaveCount(0);
  const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(waiting).toBe(false);
  expect(firstWorker).toMatch(/sw\.js$/);
});
