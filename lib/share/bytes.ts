/**
 * Byte writer and reader for the binary share-link payloads: fixed-width integers, LEB128 varints,
 * bitsets and UTF-8 text.
 *
 * The reader is strict and throws `PayloadError` on anything unexpected (running past the end,
 * an overlong varint, non-zero padding bits, invalid UTF-8); the link decoders catch it and turn it
 * into a typed error, so it never escapes the public API.
 */

/** Thrown by `ByteReader` when the bytes do not follow the format; caught by the decoders. */
export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PayloadError";
  }
}

const UTF8_ENCODER = new TextEncoder();
// fatal: invalid UTF-8 is an error rather than U+FFFD; ignoreBOM: a leading U+FEFF is kept, not eaten.
const UTF8_DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * UTF-8 bytes of a string.
 *
 * @example
 * utf8Bytes("é"); // Uint8Array [0xc3, 0xa9]
 */
export function utf8Bytes(text: string): Uint8Array {
  return UTF8_ENCODER.encode(text);
}

/**
 * Number of bytes a value takes as an unsigned LEB128 varint.
 *
 * @example
 * varintSize(127); // 1
 * varintSize(3600); // 2
 */
export function varintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

/** Appends bytes to a growing buffer. */
export class ByteWriter {
  private readonly parts: number[] = [];

  u8(value: number): this {
    this.parts.push(value & 0xff);
    return this;
  }

  u16(value: number): this {
    return this.u8(value >>> 8).u8(value);
  }

  u32(value: number): this {
    return this.u8(value >>> 24).u8(value >>> 16).u8(value >>> 8).u8(value);
  }

  /** Unsigned LEB128, for 0 ≤ value < 2^32. */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`varint out of range: ${value}`);
    while (value >= 0x80) {
      this.parts.push((value % 128) | 0x80);
      value = Math.floor(value / 128);
    }
    this.parts.push(value);
    return this;
  }

  /** Bits packed least-significant first, padded with zeros to whole bytes. */
  bits(values: readonly boolean[]): this {
    for (let i = 0; i < values.length; i += 8) {
      let byte = 0;
      for (let b = 0; b < 8 && i + b < values.length; b++) if (values[i + b]) byte |= 1 << b;
      this.parts.push(byte);
    }
    return this;
  }

  bytes(values: Uint8Array): this {
    for (let i = 0; i < values.length; i++) this.parts.push(values[i]);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }

  /** The bytes so far followed by what `more` writes, leaving this writer as it was (to try several tails). */
  toBytesWith(more: (writer: ByteWriter) => void): Uint8Array {
    const tail = new ByteWriter();
    more(tail);
    return Uint8Array.from([...this.parts, ...tail.parts]);
  }
}

/** Reads a payload front to back; every method throws `PayloadError` rather than returning garbage. */
export class ByteReader {
  private offset = 0;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.offset;
  }

  u8(): number {
    if (this.offset >= this.data.length) throw new PayloadError("unexpected end of payload");
    return this.data[this.offset++];
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  u32(): number {
    return ((this.u8() << 24) | (this.u8() << 16) | (this.u8() << 8) | this.u8()) >>> 0;
  }

  /** Unsigned LEB128 up to 2^32 - 1, minimal encoding only (so each value has exactly one form). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (i > 0 && byte === 0) throw new PayloadError("overlong varint");
        if (value > 0xffffffff) throw new PayloadError("varint too large");
        return value;
      }
      scale *= 128;
    }
    throw new PayloadError("varint too long");
  }

  /** `count` bits packed least-significant first; the padding bits must be zero. */
  bits(count: number): boolean[] {
    const out: boolean[] = new Array<boolean>(count);
    for (let i = 0; i < count; i += 8) {
      const byte = this.u8();
      const used = Math.min(8, count - i);
      if (used < 8 && byte >> used !== 0) throw new PayloadError("non-zero padding bits");
      for (let b = 0; b < used; b++) out[i + b] = ((byte >> b) & 1) === 1;
    }
    return out;
  }

  bytes(count: number): Uint8Array {
    if (count > this.remaining) throw new PayloadError("unexpected end of payload");
    const out = this.data.subarray(this.offset, this.offset + count);
    this.offset += count;
    return out;
  }

  /** The rest of the payload as UTF-8 text. */
  restAsUtf8(): string {
    return this.utf8(this.remaining);
  }

  /** The next `count` bytes as UTF-8 text. */
  utf8(count: number): string {
    const bytes = this.bytes(count);
    try {
      return UTF8_DECODER.decode(bytes);
    } catch {
      throw new PayloadError("invalid UTF-8");
    }
  }
}
