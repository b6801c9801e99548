// @ts-check
// Serwist in configurator mode: `serwist build` runs after `next build`, so every prerendered page of
// the static export is precached and each route opens offline, even one never visited.
import { generateGlobPatterns, serwist } from "@serwist/next/config";

// With trailingSlash the browser asks for /study/ while Next writes .next/server/app/study.html:
// map each prerendered page to its folder URL so the precache answers the request.
/** @type {import("@serwist/build").ManifestTransform} */
const toTrailingSlashUrls = async (entries) => ({
  manifest: entries.map((entry) => {
    const match = entry.url.match(/^\.next\/server\/app\/(.+)\.html$/);
    if (match && match[1] !== "index") return { ...entry, url: `.next/server/app/${match[1]}/index.html` };
    // Exported files that only exist in out/ (RSC payloads for client navigation, the manifest).
    if (entry.url.startsWith("out/")) return { ...entry, url: entry.url.slice("out".length) };
    return entry;
  }),
  warnings: [],
});

export default serwist.withNextConfig(() => ({
  swSrc: "app/sw.ts",
  swDest: "out/sw.js",
  globDirectory: ".",
  // out/404.html: the French 404 page, served by the worker for unknown routes while offline.
  globPatterns: [...generateGlobPatterns(".next/"), "out/**/*.txt", "out/manifest.webmanifest", "out/404.html"], // precached as /404
  manifestTransforms: [toTrailingSlashUrls],
  // Keep the worker small: precache the app shell, not source maps nor the Anki export's SQLite
  // WebAssembly (700 KB, cached at first use by the worker's runtime rule instead).
  globIgnores: ["**/*.map", "public/anki/**"],
}));
