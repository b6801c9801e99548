import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64urlToBytes, bytesToBase64url } from "./base64url";

describe("base64url", () => {
  it("matches the RFC 4648 test vectors, unpadded and URL-safe", () => {
    const vectors: [string, string][] = [["", ""], ["f", "Zg"], ["fo", "Zm8"], ["foo", "Zm9v"], ["foob", "Zm9vYg"], ["fooba", "Zm9vYmE"]];
    for (const [text, encoded] of vectors) {
      expect(bytesToBase64url(new TextEncoder().encode(text))).toBe(encoded);
    }
    expect(bytesToBase64url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it("decodes what it encodes, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it("refuses characters outside the alphabet, padding and impossible lengths", () => {
    for (const bad of ["Zm9v+", "Zm9v/", "Zg==", "Zm 9v", "Zm9vé", "Z"]) expect(base64urlToBytes(bad)).toBeNull();
  });

  it("refuses texts whose unused bits are not zero, so one byte string has one text", () => {
    expect(base64urlToBytes("Zh")).toBeNull();
    expect(base64urlToBytes("-_9")).toBeNull();
  });
});
