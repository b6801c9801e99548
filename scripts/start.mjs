// `npm start`: builds the static export when it is missing or older than the sources, then serves
// out/ with compression on http://localhost:3000 through `serve`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "content", "lib", "public", "next.config.mjs", "serwist.config.js", "package.json"];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync("out/index.html") && existsSync("out/sw.js");
const stale = built && SOURCES.filter(existsSync).some((s) => newestMtime(s) > statSync("out/sw.js").mtimeMs);
if (!built || stale) {
  console.log(built ? "Sources changed: rebuilding…" : "No build yet: building…");
  run("npm", ["run", "build"]);
}
run("npx", ["serve", "out", "--listen", process.env.PORT ?? "3000", "--no-clipboard"]);
