import { describe, expect, it } from "vitest";
import { crc32, fnv1a32, hash16 } from "./checksum";

const ascii = (text: string) => new TextEncoder().encode(text);

describe("checksums", () => {
  it("computes the standard CRC-32 check value", () => {
    expect(crc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("chains CRC-32 over consecutive pieces", () => {
    expect(crc32(ascii("6789"), crc32(ascii("12345")))).toBe(crc32(ascii("123456789")));
  });

  it("computes the reference FNV-1a 32 values", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("folds hashes into 16 bits and tells near names apart", () => {
    const value = hash16("kazakhstan-onu");
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(65536);
    expect(hash16("kazakhstan-onu")).not.toBe(hash16("kazakhstan-onv"));
  });
});
