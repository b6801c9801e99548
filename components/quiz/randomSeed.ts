// A fresh quiz seed (unsigned 32-bit) from the browser's crypto: lib/ stays deterministic and seeded.
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** Today's date on this device as YYYY-MM-DD (what a result link records). */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
