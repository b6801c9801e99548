/**
 * Checksums and short hashes for share links, written here so the wire format depends on nothing else.
 *
 * - CRC-32 (IEEE 802.3, the zip/PNG one) protects each link's bytes: it detects every error burst up to
 *   32 bits, so any single altered byte, and misses random damage only once in ~4 billion.
 * - FNV-1a 32 gives stable ids (`quizId`) and, folded to 16 bits, the deck and content fingerprints.
 *   None of these is a security measure: links are not secret and not signed.
 */

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 of some bytes, continuing from `seed` (the CRC of earlier bytes) when given.
 *
 * @example
 * crc32(new TextEncoder().encode("123456789")); // 0xcbf43926
 */
export function crc32(bytes: Uint8Array, seed = 0): number {
  let crc = ~seed >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const UTF8 = new TextEncoder();

/**
 * FNV-1a 32-bit hash of a string's UTF-8 bytes.
 *
 * @example
 * fnv1a32("a"); // 0xe40c292c
 */
export function fnv1a32(text: string): number {
  const bytes = UTF8.encode(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A 16-bit hash: FNV-1a 32 folded by xor-ing its halves.
 *
 * @example
 * hash16("kazakhstan-onu"); // a number in 0..65535
 */
export function hash16(text: string): number {
  const h = fnv1a32(text);
  return ((h >>> 16) ^ h) & 0xffff;
}
