/**
 * Quiz links: a `QuizSpec` packed into the URL fragment (`/quiz/play/#q1.…`), so no server ever sees it
 * and everyone who opens the link regenerates the same quiz offline.
 *
 * Body of version 1 (then a CRC-32, see `envelope.ts`):
 *
 * | bytes | field |
 * |---|---|
 * | 1 | kinds bitmask (bits 0–5, `QUESTION_KINDS` order) + fact-reference form (bits 6–7) |
 * | 1 | question count (5–40) |
 * | 4 | seed, unsigned 32-bit big-endian |
 * | 1–2 | time limit in seconds, varint (0 = none) |
 * | 2 | 16-bit hash of the deck id (decks are found by id, not by position, so adding decks breaks no link) |
 * | 2 | 16-bit content fingerprint: hash of the deck's fact ids in order (a link made for other content is detected) |
 * | 0–⌈n/8⌉ | chosen facts as indexes into the deck's fact list (`factRefs.ts`) |
 * | rest | title, UTF-8 (NFC) |
 *
 * A 20-question quiz on a 50-fact deck with a 40-character accented title is about 90 characters.
 *
 * Version 2 is one byte of flags followed by the version 1 body: bit 0 set = corrections at the end
 * (`corrections: "end"`); other bits are zero. A spec with no flag set is still written as version 1,
 * so the links of quizzes that use no new setting are byte for byte what they were.
 */
import { ByteReader, ByteWriter, utf8Bytes } from "./bytes";
import { hash16 } from "./checksum";
import { openEnvelope, sealEnvelope } from "./envelope";
import { encodeFactRefs, FACT_REF_MODES, readFactRefs } from "./factRefs";
import type { QuizLinkError } from "./linkErrors";
import { normalizeLinkText } from "./text";
import {
  normalizeQuizSpec,
  QUESTION_KINDS,
  quizSpecProblems,
  type QuestionKind,
  type QuizSpec,
  type ShareDeck,
} from "./quizSpec";

/** Current version of the quiz-link format (the digit after `q`); version 1 links still open. */
export const QUIZ_LINK_VERSION = 2;
const CORRECTIONS_AT_END = 0b1;
/** Longest payload `encodeQuizLink` produces, leaving room for the origin and path under the decoders' limit. */
export const MAX_QUIZ_PAYLOAD_LENGTH = 1600;

export type DecodedQuizLink = { ok: true; spec: QuizSpec } | { ok: false; error: QuizLinkError };

/**
 * 16-bit fingerprint of a deck's content: a hash of its fact ids in content order. It changes when a fact
 * is added, removed, renamed or moved, which is when fact indexes in old links stop meaning the same facts.
 *
 * @example
 * contentFingerprint(["onu-adhesion-date", "onu-adhesion-rang"]); // a number in 0..65535
 */
export function contentFingerprint(factIds: readonly string[]): number {
  return hash16(factIds.join("\n"));
}

/**
 * Encodes a quiz as the payload of a link fragment; the app builds `${origin}/quiz/play/#${payload}`.
 * The spec is normalised first (see `normalizeQuizSpec`), which is what `decodeQuizLink` gives back.
 *
 * @throws RangeError when the spec is invalid (`quizSpecProblems` lists why) — check user input first.
 * @example
 * const payload = encodeQuizLink(
 *   { deckId: "kazakhstan-onu", factIds, kinds: ["mcq", "typed"], count: 20, seed: 42, timeLimitSec: 600, title: "Révisions" },
 *   { id: deck.meta.id, factIds: deck.facts.map((f) => f.id) },
 * ); // "q1.Q…"
 */
export function encodeQuizLink(spec: QuizSpec, deck: ShareDeck): string {
  const problems = quizSpecProblems(spec, deck);
  if (problems.length > 0) throw new RangeError(`Cannot encode this quiz link: ${problems.join("; ")}`);
  const canonical = normalizeQuizSpec(spec, deck);
  const position = new Map<string, number>();
  deck.factIds.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  const indexes = canonical.factIds.map((id) => position.get(id)!).sort((a, b) => a - b);
  const refs = encodeFactRefs(indexes, deck.factIds.length);

  let kindMask = 0;
  canonical.kinds.forEach((kind) => (kindMask |= 1 << QUESTION_KINDS.indexOf(kind)));
  const flags = canonical.corrections === "end" ? CORRECTIONS_AT_END : 0;
  const writer = new ByteWriter();
  if (flags !== 0) writer.u8(flags);
  const body = writer
    .u8(kindMask | (FACT_REF_MODES.indexOf(refs.mode) << 6))
    .u8(canonical.count)
    .u32(canonical.seed)
    .varint(canonical.timeLimitSec)
    .u16(hash16(deck.id))
    .u16(contentFingerprint(deck.factIds))
    .bytes(refs.bytes)
    .bytes(utf8Bytes(canonical.title))
    .toBytes();
  const payload = sealEnvelope("q", flags === 0 ? 1 : QUIZ_LINK_VERSION, body);
  if (payload.length > MAX_QUIZ_PAYLOAD_LENGTH) {
    throw new RangeError(`Quiz link too long (${payload.length} characters, at most ${MAX_QUIZ_PAYLOAD_LENGTH})`);
  }
  return payload;
}

/**
 * Decodes a quiz link against the decks of this build. Accepts the bare payload, `#payload` or the whole
 * URL, with surrounding whitespace. Never throws: any problem is a typed error for `linkErrorMessage`.
 *
 * @example
 * const decoded = decodeQuizLink(location.hash, DECKS.map((d) => ({ id: d.meta.id, factIds: d.facts.map((f) => f.id) })));
 * if (!decoded.ok) showError(linkErrorMessage(decoded.error));
 */
export function decodeQuizLink(fragment: string, decks: readonly ShareDeck[]): DecodedQuizLink {
  try {
    const opened = openEnvelope(fragment, "q", QUIZ_LINK_VERSION);
    if (!opened.ok) return { ok: false, error: opened.error === "other-kind" ? "malformed" : opened.error };
    return readQuizBody(opened.body, opened.version, decks);
  } catch {
    // Only a bug could get here (the reader's errors are handled below); still, never throw at the UI.
    return { ok: false, error: "malformed" };
  }
}

function readQuizBody(body: Uint8Array, version: number, decks: readonly ShareDeck[]): DecodedQuizLink {
  const reader = new ByteReader(body);
  let spec: QuizSpec;
  try {
    const flags = version >= 2 ? reader.u8() : 0;
    // A version 2 link always has a flag set (else it is written as version 1); unknown bits are damage.
    if (version >= 2 && (flags === 0 || (flags & ~CORRECTIONS_AT_END) !== 0)) return { ok: false, error: "malformed" };
    const head = reader.u8();
    const count = reader.u8();
    const seed = reader.u32();
    const timeLimitSec = reader.varint();
    const deckHash = reader.u16();
    const fingerprint = reader.u16();

    const sameId = decks.filter((deck) => hash16(deck.id) === deckHash);
    if (sameId.length === 0) return { ok: false, error: "unknown-deck" };
    const deck = sameId.find((d) => contentFingerprint(d.factIds) === fingerprint);
    if (!deck) return { ok: false, error: "content-changed" };

    const indexes = readFactRefs(reader, FACT_REF_MODES[head >> 6], deck.factIds.length);
    const title = reader.restAsUtf8();
    const kinds: QuestionKind[] = QUESTION_KINDS.filter((_, bit) => (head >> bit) & 1);
    spec = { deckId: deck.id, factIds: indexes.map((i) => deck.factIds[i]), kinds, count, seed, timeLimitSec, title };
    if (flags & CORRECTIONS_AT_END) spec.corrections = "end";
  } catch {
    return { ok: false, error: "malformed" };
  }
  if (quizSpecProblems(spec).length > 0 || spec.title !== normalizeLinkText(spec.title)) {
    return { ok: false, error: "invalid-spec" };
  }
  return { ok: true, spec };
}
