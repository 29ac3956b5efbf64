import { GitHubError } from './errors.js';

/**
 * Decodes a Snappy block (google/snappy `format_description.txt`): a varint of the
 * uncompressed length, then literals and back-references. GitHub serves attestation
 * bundles fetched by `bundle_url` this way (`*.json.sn`, `application/x-snappy`). Every
 * length and offset is checked; output over `maxBytes`, a reference before the start, or a
 * length that disagrees with the preamble is GITHUB_BAD_RESPONSE, never a partial result.
 */
export function decodeSnappy(input: Uint8Array, maxBytes: number): Uint8Array {
  const reader = { at: 0 };
  const length = readVarint(input, reader);
  if (length > maxBytes) throw bad(`declares ${length} bytes, more than the ${maxBytes} allowed`);
  const out = new Uint8Array(length);
  let written = 0;
  while (reader.at < input.length) {
    const tag = input[reader.at++]!;
    if ((tag & 3) === 0) {
      const size = literalLength(tag, input, reader);
      if (reader.at + size > input.length || written + size > length) throw bad('a literal runs past the input or the declared length');
      out.set(input.subarray(reader.at, reader.at + size), written);
      reader.at += size;
      written += size;
      continue;
    }
    const { size, offset } = copyOf(tag, input, reader);
    if (offset === 0 || offset > written) throw bad(`a back-reference of offset ${offset} at byte ${written}`);
    if (written + size > length) throw bad('a back-reference runs past the declared length');
    // Byte by byte: a copy may overlap what it writes (a run).
    for (let i = 0; i < size; i++, written++) out[written] = out[written - offset]!;
  }
  if (written !== length) throw bad(`holds ${written} bytes, its preamble says ${length}`);
  return out;
}

function readVarint(input: Uint8Array, reader: { at: number }): number {
  let value = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    const byte = input[reader.at++];
    if (byte === undefined) throw bad('ends inside its length preamble');
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return value;
  }
  throw bad('has a length preamble longer than 5 bytes');
}

// Lengths 1–60 sit in the tag; longer ones in the 1–4 little-endian bytes after it.
function literalLength(tag: number, input: Uint8Array, reader: { at: number }): number {
  const inTag = tag >> 2;
  if (inTag < 60) return inTag + 1;
  return readLittleEndian(input, reader, inTag - 59) + 1;
}

function copyOf(tag: number, input: Uint8Array, reader: { at: number }): { size: number; offset: number } {
  switch (tag & 3) {
    case 1:
      return { size: 4 + ((tag >> 2) & 7), offset: ((tag >> 5) << 8) | readLittleEndian(input, reader, 1) };
    case 2:
      return { size: 1 + (tag >> 2), offset: readLittleEndian(input, reader, 2) };
    default:
      return { size: 1 + (tag >> 2), offset: readLittleEndian(input, reader, 4) };
  }
}

function readLittleEndian(input: Uint8Array, reader: { at: number }, bytes: number): number {
  if (reader.at + bytes > input.length) throw bad('ends inside an element');
  let value = 0;
  for (let i = 0; i < bytes; i++) value += input[reader.at + i]! * 2 ** (8 * i);
  reader.at += bytes;
  return value;
}

function bad(what: string): GitHubError {
  return new GitHubError('GITHUB_BAD_RESPONSE', `the Snappy-compressed bundle ${what}`);
}
