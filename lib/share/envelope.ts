/**
 * The envelope shared by quiz links and result links: `<letter><version>.<base64url(body + CRC-32)>`,
 * e.g. `q1.AbC…` for a quiz, `r1.XyZ…` for a result.
 *
 * Opening an envelope does everything that does not depend on what is inside: refuse oversized input
 * before any work, accept a whole URL, a `#fragment` or a bare payload with surrounding whitespace, read
 * the prefix (so a newer format is recognised as such rather than as damage), decode base64url strictly
 * and verify the checksum. The CRC also covers the prefix text, so a quiz body pasted behind `r1.` (or a
 * body of another version) fails the checksum instead of being misread.
 */
import { bytesToBase64url, base64urlToBytes } from "./base64url";
import { utf8Bytes } from "./bytes";
import { crc32 } from "./checksum";

/** Longest text a decoder looks at (whole URL included); anything longer is refused unread. */
export const MAX_LINK_INPUT_LENGTH = 2000;

/** One letter per kind of link. */
export type LinkLetter = "q" | "r";
const LETTERS: readonly string[] = ["q", "r"] satisfies LinkLetter[];

export type EnvelopeError = "empty" | "malformed" | "checksum" | "future-version" | "too-long" | "other-kind";

export type OpenedEnvelope = { ok: true; body: Uint8Array; version: number } | { ok: false; error: EnvelopeError };

const CHECKSUM_BYTES = 4;
const PREFIX = /^([a-z])(\d{1,4})\.(.*)$/is;

function checksumOf(letter: LinkLetter, version: number, body: Uint8Array): number {
  return crc32(body, crc32(utf8Bytes(`${letter}${version}`)));
}

/**
 * Wraps a body into link text: prefix, base64url of the body followed by its CRC-32.
 *
 * @example
 * sealEnvelope("q", 1, new Uint8Array([1, 2, 3])); // "q1.AQID" followed by 6 checksum characters
 */
export function sealEnvelope(letter: LinkLetter, version: number, body: Uint8Array): string {
  const framed = new Uint8Array(body.length + CHECKSUM_BYTES);
  framed.set(body);
  const crc = checksumOf(letter, version, body);
  framed[body.length] = crc >>> 24;
  framed[body.length + 1] = (crc >>> 16) & 0xff;
  framed[body.length + 2] = (crc >>> 8) & 0xff;
  framed[body.length + 3] = crc & 0xff;
  return `${letter}${version}.${bytesToBase64url(framed)}`;
}

/**
 * The link text inside what the user gave: trimmed, and only what follows the last `#` when there is one
 * (a whole URL or a fragment). A URL without a fragment gives "" (some apps drop fragments).
 *
 * @example
 * extractLinkText(" https://exemple.fr/resultats/#r1.AbC \n"); // "r1.AbC"
 * extractLinkText("https://exemple.fr/quiz/play/"); // ""
 */
export function extractLinkText(input: string): string {
  const text = input.trim();
  const hash = text.lastIndexOf("#");
  if (hash >= 0) return text.slice(hash + 1).trim();
  if (text.includes("://")) return "";
  return text;
}

/**
 * Opens link text of the expected letter, of any version from 1 to `latest` (older links keep
 * opening after a format change): returns the verified body and its version, or the first problem
 * found. Never throws, whatever `input` is.
 *
 * @example
 * openEnvelope(sealEnvelope("r", 1, body), "r", 2); // { ok: true, body, version: 1 }
 * openEnvelope("q1.AAAA", "r", 2); // { ok: false, error: "other-kind" }
 */
export function openEnvelope(input: unknown, letter: LinkLetter, latest: number): OpenedEnvelope {
  if (typeof input !== "string") return { ok: false, error: "malformed" };
  if (input.length > MAX_LINK_INPUT_LENGTH) return { ok: false, error: "too-long" };
  const text = extractLinkText(input);
  if (text === "") return { ok: false, error: "empty" };
  const prefix = PREFIX.exec(text);
  if (!prefix) return { ok: false, error: "malformed" };
  // Case-insensitive: phones capitalise the first letter of a pasted message.
  const foundLetter = prefix[1].toLowerCase();
  const foundVersion = Number(prefix[2]);
  if (foundLetter !== letter) return { ok: false, error: LETTERS.includes(foundLetter) ? "other-kind" : "malformed" };
  if (foundVersion > latest) return { ok: false, error: "future-version" };
  if (foundVersion < 1 || prefix[2] !== String(foundVersion)) return { ok: false, error: "malformed" };
  const version = foundVersion;
  const framed = base64urlToBytes(prefix[3]);
  if (!framed || framed.length < CHECKSUM_BYTES + 1) return { ok: false, error: "malformed" };
  const body = framed.subarray(0, framed.length - CHECKSUM_BYTES);
  const n = body.length;
  const stored = ((framed[n] << 24) | (framed[n + 1] << 16) | (framed[n + 2] << 8) | framed[n + 3]) >>> 0;
  if (stored !== checksumOf(letter, version, body)) return { ok: false, error: "checksum" };
  return { ok: true, body, version };
}
