/**
 * `npm run bench`: runs every case of bench/cases/*.ts with tinybench and prints a table of medians
 * and 95th percentiles, then the 10k/1k ratio of each case measured at both sizes (near 10 means
 * linear growth). `npm run bench -- --json` prints `[{"name","size","median_ms","p95_ms"}]`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { storedSizes } from "./cases/store";
import type { BenchCase } from "./types";

interface Row {
  name: string;
  size: number;
  median_ms: number;
  p95_ms: number;
}

const json = process.argv.includes("--json");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

async function loadCases(): Promise<BenchCase[]> {
  const dir = join(import.meta.dirname, "cases");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const modules = await Promise.all(files.map((f) => import(pathToFileURL(join(dir, f)).href)));
  return modules.flatMap((m: { cases: BenchCase[] }) => m.cases);
}

async function measure(benchCase: BenchCase): Promise<Row> {
  await benchCase.setup?.();
  const bench = new Bench({ time: 400, iterations: 8, warmupTime: 100, retainSamples: true });
  bench.add(`${benchCase.name} ${benchCase.size}`, benchCase.fn);
  await bench.run();
  const result = bench.tasks[0].result;
  if (result.state !== "completed") throw new Error(`${benchCase.name} (${benchCase.size}) did not complete: ${result.state}`);
  const samples = [...(result.latency.samples ?? [])].sort((a, b) => a - b);
  return { name: benchCase.name, size: benchCase.size, median_ms: quantile(samples, 0.5), p95_ms: quantile(samples, 0.95) };
}

const rows: Row[] = [];
for (const benchCase of await loadCases()) {
  if (only && !benchCase.name.includes(only)) continue;
  rows.push(await measure(benchCase));
  if (!json) process.stderr.write(".");
}

const round = (n: number) => Math.round(n * 1000) / 1000;
if (json) {
  console.log(JSON.stringify(rows.map((r) => ({ ...r, median_ms: round(r.median_ms), p95_ms: round(r.p95_ms) }))));
} else {
  console.log("\n");
  console.table(rows.map((r) => ({ case: r.name, size: r.size, "median ms": round(r.median_ms), "p95 ms": round(r.p95_ms) })));
  const ratios = [...new Set(rows.map((r) => r.name))].flatMap((name) => {
    const at = (size: number) => rows.find((r) => r.name === name && r.size === size);
    const [small, large] = [at(1_000), at(10_000)];
    return small && large ? [{ case: name, "10k/1k median ratio": round(large.median_ms / small.median_ms) }] : [];
  });
  if (ratios.length) console.table(ratios);
  const size = storedSizes(10_000, 100_000);
  console.log(
    `Storage for 10k cards + 100k logs: ${(size.total / 1e6).toFixed(2)} M chars ` +
      `(${size.perCard.toFixed(1)} per card, ${size.perLog.toFixed(1)} per log; budget 4 M).`,
  );
}
