// The first paint comes from the HTML: before any script of the page runs, the review screen shows
// the right first card and home never shows a closed first-visit card. For a returning student the
// service worker writes what the app remembered into the page. Scripts are switched off in the page
// (not in the worker) to look at the page exactly as it is first painted.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { rateCurrentCard, waitForServiceWorker } from "./helpers";

/** Reloads with the page's own scripts off, runs `look`, then turns them back on. */
async function asFirstPainted(context: BrowserContext, page: Page, url: string, look: () => Promise<void>): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
  await page.goto(url);
  await look();
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: false });
  await cdp.detach();
}

const frameFront = (page: Page) => page.locator("#first-card-front");
const liveFront = (page: Page) => page.getByTestId("flashcard").getByRole("heading", { level: 2 });

test("a new student's first card is in the HTML, and it is the card the app then shows", async ({ page, context }) => {
  await asFirstPainted(context, page, "/reviser/", async () => {
    await expect(frameFront(page)).toBeVisible();
    await expect(frameFront(page)).toHaveText(/\?$/);
  });
  const front = await frameFront(page).textContent();
  await page.goto("/reviser/");
  await expect(liveFront(page)).toHaveText(front!);
});

test("a returning student's first paint is their own next card, served by the worker, offline too", async ({ page, context }) => {
  await page.goto("/reviser/");
  await waitForServiceWorker(page);
  await rateCurrentCard(page, "Bien");
  const next = (await liveFront(page).textContent())!;
  const counts = (await page.getByTestId("queue-counts").textContent())!;
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("kor-first-view")).match("/__first-view.json"))?.json()).then((d) => d?.card?.front)).toBe(next);

  await context.setOffline(true);
  await asFirstPainted(context, page, "/reviser/", async () => {
    await expect(frameFront(page)).toHaveText(next);
    await expect(page.locator("#first-card-counts")).toHaveText(counts);
  });
  await page.goto("/reviser/");
  await expect(liveFront(page)).toHaveText(next);
  await context.setOffline(false);
});

test("an outdated snapshot is never shown: the frame stays empty until the app renders the card", async ({ page, context }) => {
  await page.goto("/reviser/");
  await waitForServiceWorker(page);
  await rateCurrentCard(page, "Bien");
  await expect.poll(() => page.evaluate(async () => Boolean(await (await caches.open("kor-first-view")).match("/__first-view.json")))).toBe(true);
  await page.evaluate(async () => {
    const cache = await caches.open("kor-first-view");
    const data = await (await cache.match("/__first-view.json"))!.json();
    data.card = { ...data.card, front: "Carte périmée ?", until: Date.now() - 1 };
    await cache.put("/__first-view.json", new Response(JSON.stringify(data)));
  });
  await asFirstPainted(context, page, "/reviser/", async () => {
    await expect(frameFront(page)).toBeHidden();
    await expect(page.getByText("Carte périmée ?")).toHaveCount(0);
  });
});

test("a change elsewhere (here the settings) drops the snapshot, so the review screen cannot paint a stale card", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Bien");
  const snapshot = () => page.evaluate(async () => (await (await caches.open("kor-first-view")).match("/__first-view.json"))?.json()).then((d) => d?.card ?? null);
  await expect.poll(snapshot).not.toBeNull();
  await page.goto("/reglages/");
  await page.getByLabel("Nouvelles cartes par jour").fill("3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).not.toBeEmpty();
  await expect.poll(snapshot).toBeNull();
});

test("home: the first-visit card is prerendered, and left out of the page by the worker once closed", async ({ page, context }) => {
  await asFirstPainted(context, page, "/", async () => {
    await expect(page.getByTestId("welcome")).toBeVisible();
  });
  await page.goto("/");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "C’est compris" }).click();
  await expect(page.getByTestId("welcome")).toHaveCount(0);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("kor-first-view")).match("/__first-view.json"))?.json()).then((d) => d?.welcomed)).toBe(true);
  await asFirstPainted(context, page, "/", async () => {
    await expect(page.getByTestId("welcome")).toBeHidden();
  });
});
