// Shared by the measuring scripts (Lighthouse, first card) and the offline journey: the routes of the
// static export, serving it locally, command-line options and the median.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every exported page of out/, as the URL path a browser asks for ("/reviser/"). */
export function exportedRoutes(dir = "out", prefix = "/"): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "index.html") found.push(prefix);
    else if (statSync(path).isDirectory() && !name.startsWith("_") && name !== "404") found.push(...exportedRoutes(path, `${prefix}${name}/`));
  }
  return found.sort();
}

/**
 * Serves out/ on 127.0.0.1:port (as the Playwright config does); kill the process when done. Refuses a
 * port something already answers on: a server left over from another build would be measured instead.
 * The server is started with node itself (not through npx), so killing the process stops it.
 */
export async function serveBuild(port: number, dir = "out"): Promise<ChildProcess> {
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${port} is already in use: stop what listens there, or choose another port.`);
  const bin = createRequire(import.meta.url).resolve("serve/build/main.js");
  return spawn(process.execPath, [bin, dir, "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-request-logging"], { stdio: "ignore" });
}

/** The value after `--name` on the command line, if any. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
