// Next.js configuration: a fully static export (plain files in out/, any static host), so that the
// service worker can precache every page and the app runs offline.
import { readFileSync } from "node:fs";

// The app's version, written into backups: inlined at build time, so the browser does not ship package.json.
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  env: { APP_VERSION: version },
  // `ANALYZE=1 npm run build` writes source maps for `npm run js-report` (never precached, see serwist.config.js).
  productionBrowserSourceMaps: process.env.ANALYZE === "1",
};

export default nextConfig;
