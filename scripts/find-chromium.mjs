// Pre-flight for `npm test`: says plainly how to get a Chromium when none is found.
import { findChromium } from "./chromium-path.mjs";

const path = findChromium();
if (!path) {
  console.error(`No Chromium found for the browser tests.
Install one, then run npm test again:
  - Debian/Ubuntu: sudo apt-get install -y chromium
  - or set CHROMIUM_PATH=/path/to/chromium
  - or, where downloads are allowed: npx playwright install chromium`);
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
