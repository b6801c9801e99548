/**
 * Reads an .apkg back with code this project did not write, for the unit test and the browser
 * journey: Python's zipfile checks and extracts the archive, SQLite itself (better-sqlite3) opens the
 * collection. Node only; not used by the app.
 */
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const UNZIP = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nz.extractall(sys.argv[2])\nprint('\\n'.join(z.namelist()))";

export interface ReadPackage {
  /** File names in the archive. */
  names: string[];
  /** The collection, read-only. */
  db: Database.Database;
  /** The `media` file's text. */
  media: string;
}

/** Unzips the package's bytes into a fresh folder and opens its collection. */
export function readAnkiPackage(bytes: Uint8Array): ReadPackage {
  const dir = mkdtempSync(join(tmpdir(), "apkg-"));
  const file = join(dir, "export.apkg");
  writeFileSync(file, bytes);
  const names = execFileSync("python3", ["-c", UNZIP, file, dir], { encoding: "utf8" }).trim().split("\n");
  return { names, db: new Database(join(dir, "collection.anki21"), { readonly: true }), media: readFileSync(join(dir, "media"), "utf8") };
}
