/**
 * Compact encoding of the facts a quiz link draws from, as indexes into the deck's fact list (content
 * order). The encoder measures four forms and keeps the shortest:
 *
 * - `all`: every fact of the deck, 0 bytes;
 * - `bitset`: one bit per fact of the deck, ⌈n/8⌉ bytes (7 bytes for 50 facts, whatever is picked);
 * - `list`: count, then sorted indexes as varint gaps (≈ 1–2 bytes a fact, best for a few facts of a big deck);
 * - `except`: the same list for the facts left out (best when nearly all of a big deck is picked).
 *
 * So a deck of a few thousand facts costs at most ⌈n/8⌉ bytes (375 for 3,000) and usually far less.
 * The form is given by 2 bits of the link's first byte, so it costs nothing.
 */
import { type ByteReader, ByteWriter, PayloadError, varintSize } from "./bytes";

export const FACT_REF_MODES = ["all", "bitset", "list", "except"] as const;
export type FactRefMode = (typeof FACT_REF_MODES)[number];

export interface EncodedFactRefs {
  mode: FactRefMode;
  bytes: Uint8Array;
}

function gapListSize(indexes: readonly number[]): number {
  let size = varintSize(indexes.length);
  let previous = -1;
  for (const index of indexes) {
    size += varintSize(index - previous - 1);
    previous = index;
  }
  return size;
}

function writeGapList(indexes: readonly number[]): Uint8Array {
  const writer = new ByteWriter().varint(indexes.length);
  let previous = -1;
  for (const index of indexes) {
    writer.varint(index - previous - 1);
    previous = index;
  }
  return writer.toBytes();
}

function readGapList(reader: ByteReader, deckSize: number): number[] {
  const count = reader.varint();
  if (count > deckSize) throw new PayloadError("more facts than the deck has");
  const indexes: number[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const index = previous + 1 + reader.varint();
    if (index >= deckSize) throw new PayloadError("fact index outside the deck");
    indexes.push(index);
    previous = index;
  }
  return indexes;
}

/**
 * Encodes sorted, distinct fact indexes of a deck of `deckSize` facts in the shortest form.
 *
 * @example
 * encodeFactRefs([0, 1, 2], 3); // { mode: "all", bytes: Uint8Array [] }
 * encodeFactRefs([2, 40], 3000).mode; // "list"
 */
export function encodeFactRefs(indexes: readonly number[], deckSize: number): EncodedFactRefs {
  if (indexes.length === deckSize) return { mode: "all", bytes: new Uint8Array(0) };
  const chosen = new Set(indexes);
  const excluded: number[] = [];
  for (let i = 0; i < deckSize; i++) if (!chosen.has(i)) excluded.push(i);
  const options: { mode: FactRefMode; size: number }[] = [
    { mode: "bitset", size: Math.ceil(deckSize / 8) },
    { mode: "list", size: gapListSize(indexes) },
    { mode: "except", size: gapListSize(excluded) },
  ];
  const best = options.reduce((a, b) => (b.size < a.size ? b : a));
  if (best.mode === "list") return { mode: "list", bytes: writeGapList(indexes) };
  if (best.mode === "except") return { mode: "except", bytes: writeGapList(excluded) };
  const bits = Array.from({ length: deckSize }, (_, i) => chosen.has(i));
  return { mode: "bitset", bytes: new ByteWriter().bits(bits).toBytes() };
}

/**
 * Reads fact indexes written by `encodeFactRefs` (sorted, distinct, all < `deckSize`); throws `PayloadError`
 * on bytes that do not fit the deck.
 *
 * @example
 * readFactRefs(new ByteReader(bytes), "list", 3000); // [2, 40]
 */
export function readFactRefs(reader: ByteReader, mode: FactRefMode, deckSize: number): number[] {
  switch (mode) {
    case "all":
      return Array.from({ length: deckSize }, (_, i) => i);
    case "bitset": {
      const bits = reader.bits(deckSize);
      const indexes: number[] = [];
      bits.forEach((on, i) => on && indexes.push(i));
      return indexes;
    }
    case "list":
      return readGapList(reader, deckSize);
    case "except": {
      const excluded = new Set(readGapList(reader, deckSize));
      const indexes: number[] = [];
      for (let i = 0; i < deckSize; i++) if (!excluded.has(i)) indexes.push(i);
      return indexes;
    }
  }
}
