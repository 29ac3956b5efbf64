import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encodeSnappy as encode } from '../../../test/support/snappy-encode.js';
import { decodeSnappy } from '../src/snappy.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: Uint8Array) => Buffer.from(value).toString('utf8');

describe('decodeSnappy', () => {
  it('decodes literals, a long literal (length in extra bytes) and overlapping copies (runs)', () => {
    expect(text(decodeSnappy(bytes(3, (3 - 1) << 2, 0x61, 0x62, 0x63), 100))).toBe('abc');
    // "ab" then a 1-byte-offset copy of 6 bytes from offset 2: "abababab".
    expect(text(decodeSnappy(bytes(8, (2 - 1) << 2, 0x61, 0x62, ((6 - 4) << 2) | 1, 2), 100))).toBe('abababab');
    const long = Buffer.alloc(100, 0x7a);
    expect(Buffer.from(decodeSnappy(bytes(100, 60 << 2, 99, ...long), 1000)).equals(long)).toBe(true);
    // A 4-byte-offset copy.
    expect(text(decodeSnappy(bytes(4, (1 - 1) << 2, 0x78, ((3 - 1) << 2) | 3, 1, 0, 0, 0), 100))).toBe('xxxx');
  });

  it('round-trips what the reference encoder writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(Buffer.from(decodeSnappy(encode(data), 4096)).equals(Buffer.from(data))).toBe(true);
      }),
    );
  });

  it('round-trips repetitive data (copies, overlapping ones included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 200 }), (unit, times) => {
        const data = Uint8Array.from(Array.from({ length: times }, () => [...unit]).flat());
        expect(Buffer.from(decodeSnappy(encode(data), 4096)).equals(Buffer.from(data))).toBe(true);
      }),
    );
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['a reference before the start', bytes(4, ((4 - 4) << 2) | 1, 9), /back-reference of offset 9/u],
    ['an offset of zero', bytes(5, 0, 0x61, ((4 - 4) << 2) | 1, 0), /offset 0/u],
    ['more output than declared', bytes(1, (2 - 1) << 2, 0x61, 0x62), /past the input or the declared length/u],
    ['less output than declared', bytes(5, 0, 0x61), /holds 1 bytes, its preamble says 5/u],
    ['a literal past the input', bytes(3, (3 - 1) << 2, 0x61), /past the input/u],
    ['a preamble that never ends', bytes(0x80, 0x80), /inside its length preamble/u],
    ['an element cut short', bytes(4, 0, 0x61, 2), /inside an element/u],
  ])('refuses %s', (_, input, message) => {
    expect(() => decodeSnappy(input, 100)).toThrow(message);
  });

  it('refuses a declared length over the cap before allocating it', () => {
    expect(() => decodeSnappy(bytes(0xff, 0xff, 0xff, 0xff, 0x0f), 1024)).toThrow(/more than the 1024 allowed/u);
  });

  it('never throws anything but its own error, never returns more than the cap, on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        try {
          expect(decodeSnappy(input, 512).length).toBeLessThanOrEqual(512);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('GITHUB_BAD_RESPONSE');
        }
      }),
    );
  });
});
