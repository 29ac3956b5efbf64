/**
 * A Snappy block encoder for tests (google/snappy `format_description.txt`): literals of up
 * to 60 bytes, and a 2-byte-offset copy wherever the previous 4 bytes repeat. Not a good
 * compressor; a correct one, so decoders can be checked against it.
 */
export function encodeSnappy(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let n = data.length;
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  let i = 0;
  while (i < data.length) {
    if (i >= 4 && i + 4 <= data.length && data.subarray(i, i + 4).every((b, k) => b === data[i - 4 + k])) {
      out.push(((4 - 1) << 2) | 2, 4, 0);
      i += 4;
      continue;
    }
    const size = Math.min(60, data.length - i);
    out.push((size - 1) << 2, ...data.subarray(i, i + size));
    i += size;
  }
  return Uint8Array.from(out);
}
