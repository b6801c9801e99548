// Next.js configuration: a fully static export (plain files in out/, any static host), so that the
// service worker can precache every page and the app runs offline.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `ANALYZE=1 npm run build` writes source maps for `npm run js-report` (never precached, see serwist.config.js).
  productionBrowserSourceMaps: process.env.ANALYZE === "1",
};

export default nextConfig;
