import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteReader, ByteWriter, PayloadError, varintSize } from "./bytes";

describe("bytes", () => {
  it("reads back every unsigned 32-bit varint it writes, in the announced size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        const bytes = new ByteWriter().varint(value).toBytes();
        expect(bytes.length).toBe(varintSize(value));
        expect(new ByteReader(bytes).varint()).toBe(value);
      }),
      { seed: 2, numRuns: 1000 },
    );
  });

  it("refuses overlong and oversized varints", () => {
    expect(() => new ByteReader(new Uint8Array([0x80, 0x00])).varint()).toThrow(PayloadError);
    expect(() => new ByteReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7f])).varint()).toThrow(PayloadError);
    expect(() => new ByteReader(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])).varint()).toThrow(PayloadError);
  });

  it("reads back bitsets and refuses non-zero padding bits", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 64 }), (bits) => {
        expect(new ByteReader(new ByteWriter().bits(bits).toBytes()).bits(bits.length)).toEqual(bits);
      }),
      { seed: 3, numRuns: 300 },
    );
    expect(() => new ByteReader(new Uint8Array([0b1000])).bits(3)).toThrow(PayloadError);
  });

  it("throws PayloadError past the end and on invalid UTF-8, and keeps a leading BOM", () => {
    expect(() => new ByteReader(new Uint8Array([1])).u16()).toThrow(PayloadError);
    expect(() => new ByteReader(new Uint8Array([0xc3])).restAsUtf8()).toThrow(PayloadError);
    expect(new ByteReader(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).restAsUtf8()).toBe("\uFEFFA");
  });
});
