// decodeBytes never throws on any bytes, with or without a (known) forced encoding, and its
// result is well-formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ENCODINGS } from '../../../src/normalize/decode/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Bytes biased towards what trips decoders: NULs, BOMs, high bytes, VNI mark bytes. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.array(fc.constantFrom(0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41, 0x61, 0xf9, 0xd9, 0xe2, 0xab, 0xb8, 0x0a, 0x20, 0x81, 0xc3), { maxLength: 500 }).map((a) => Uint8Array.from(a)),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
);

describe('decodeBytes never throws', () => {
  it('detecting', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        const d = decodeBytes(bytes);
        expect(typeof d.text).toBe('string');
        expect(typeof d.encoding).toBe('string');
        for (const n of d.notes) expect(n.rawOffset).toBeGreaterThanOrEqual(0);
        for (const n of d.notes) expect(n.rawOffset).toBeLessThanOrEqual(d.text.length);
      }),
      { numRuns: RUNS },
    );
  });
  it('forced', () => {
    fc.assert(
      fc.property(bytesArb, fc.constantFrom(...ENCODINGS), (bytes, enc) => {
        expect(typeof decodeBytes(bytes, enc).text).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
  it('valid UTF-8 of Vietnamese-looking text decodes to itself or to a repair, never to garbage with controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const d = decodeBytes(new TextEncoder().encode(s));
        if (d.encoding === 'utf-8') expect(d.text).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });
});
