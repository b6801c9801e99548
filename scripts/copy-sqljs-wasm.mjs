// Copies sql.js's WebAssembly build into public/anki/, where the Anki package export fetches it on
// demand (it is left out of the service worker's precache and cached the first time it is used).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve("sql.js")), "sql-wasm-browser.wasm");
mkdirSync("public/anki", { recursive: true });
copyFileSync(source, "public/anki/sql-wasm.wasm");
