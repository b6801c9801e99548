// Read aloud: « Écouter » speaks the card with the device's French voice, and is not shown at all
// on a device without one. The Web Speech API is replaced by a recorder (headless Chromium has no voices).
import { expect, test, type Page } from "@playwright/test";

async function fakeVoices(page: Page, langs: string[]) {
  await page.addInitScript((voiceLangs: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    const voices = voiceLangs.map((lang) => ({ lang, name: `Voix ${lang}`, default: false, localService: true, voiceURI: lang }));
    Object.defineProperty(window, "speechSynthesis", {
      value: Object.assign(new EventTarget(), { getVoices: () => voices, speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined }),
    });
    // The real utterance only accepts real voices.
    class Utterance {
      lang = "";
      voice: unknown = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  }, langs);
}

test("« Écouter » reads the question, then the question and the answer, in French", async ({ page }) => {
  await fakeVoices(page, ["en-US", "fr-FR"]);
  await page.goto("/reviser/");
  const front = (await page.getByTestId("flashcard").getByRole("heading").textContent())!;
  await page.getByRole("button", { name: "Écouter la question" }).click();
  // The tap on « Écouter » does not flip the card.
  await expect(page.getByTestId("card-back")).toBeHidden();
  await page.getByRole("button", { name: "Afficher la réponse" }).click();
  await page.getByRole("button", { name: "Écouter la question et la réponse" }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  const back = (await page.getByTestId("card-back").locator("p").first().textContent())!;
  expect(spoken).toEqual([
    { text: front, lang: "fr-FR" },
    { text: front, lang: "fr-FR" },
    { text: back, lang: "fr-FR" },
  ]);
});

test("no French voice, no « Écouter » button", async ({ page }) => {
  await fakeVoices(page, ["en-US"]);
  await page.goto("/reviser/");
  await expect(page.getByTestId("flashcard")).toBeVisible();
  await expect(page.getByTestId("speak")).toHaveCount(0);
});
