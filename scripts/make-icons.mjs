// Renders the app icons (public/icons/*.png) from one SVG with the Chromium used by the tests.
// Run by hand when the icon changes: node scripts/make-icons.mjs
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const svg = (size, maskable) => {
  const pad = maskable ? size * 0.1 : 0;
  const radius = maskable ? 0 : size * 0.22;
  const s = (v) => pad + (v * (size - 2 * pad)) / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#075e8c"/>
  <circle cx="${s(68)}" cy="${s(30)}" r="${s(14) - pad}" fill="#f2c14e"/>
  <rect x="${s(18)}" y="${s(36)}" width="${s(52) - pad}" height="${s(40) - pad}" rx="${size * 0.04}" fill="#bfe6fa" transform="rotate(-8 ${s(44)} ${s(56)})"/>
  <rect x="${s(26)}" y="${s(42)}" width="${s(52) - pad}" height="${s(40) - pad}" rx="${size * 0.04}" fill="#ffffff"/>
  <path d="M ${s(40)} ${s(63)} l ${s(7) - pad} ${s(7) - pad} l ${s(13) - pad} ${-(s(14) - pad)}" stroke="#176b3a" stroke-width="${size * 0.05}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
mkdirSync("public/icons", { recursive: true });
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
  ["favicon-32.png", 32, false],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>body{margin:0;background:transparent}</style>${svg(size, maskable)}`);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("icons written to public/icons/");
