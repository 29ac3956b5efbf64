import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ProvenanceError } from '../../src/errors.js';
import { parseChecksums } from '../../src/subjects/parse-checksums.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('parseChecksums reads sha256sum output', () => {
  it('text and binary markers, CRLF, blank lines and uppercase hex', () => {
    const text = `${A}  dist/app.tgz\r\n\n${B.toUpperCase()} *dist/app.exe\n`;
    expect(parseChecksums(text, 'SUMS')).toEqual([
      { subject: { name: 'dist/app.tgz', digest: { sha256: A } }, line: 1 },
      { subject: { name: 'dist/app.exe', digest: { sha256: B } }, line: 3 },
    ]);
  });

  it('names with spaces, leading ./ and escaped backslashes', () => {
    expect(parseChecksums(`${A}  ./my app.tgz\n\\${B}  dist\\\\x.bin\n`, 'SUMS').map((e) => e.subject.name)).toEqual(['my app.tgz', 'dist/x.bin']);
  });

  it.each([
    ['a line without a name', `${A}  `, 1],
    ['a short digest', `${'a'.repeat(63)}  x`, 1],
    ['a tab instead of the mode character', `${A}\tx`, 1],
    ['one space and no mode', `${A} x`, 1],
    ['BSD tag format', `SHA256 (x) = ${A}`, 1],
    ['an unknown escape', `\\${A}  a\\tb`, 1],
    ['garbage on line 3', `${A}  a\n${B}  b\nhello`, 3],
  ])('refuses %s, naming the line', (_, text, line) => {
    expect(() => parseChecksums(text, 'SUMS')).toThrow(expect.objectContaining({ code: 'PROVENANCE_CHECKSUMS_MALFORMED', location: { file: 'SUMS', line } }));
  });

  it('refuses a name listed twice, naming both lines', () => {
    expect(() => parseChecksums(`${A}  x\n${B}  y\n${B} *./x\n`, 'SUMS')).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_DUPLICATE', message: 'SUMS:3: subject "x" is already listed on line 1; each name may appear once' }));
  });

  it('refuses names that leave the workspace or hide lines, with file and line', () => {
    expect(() => parseChecksums(`${A}  ../../etc/passwd\n`, 'SUMS')).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_NAME_INVALID', location: expect.objectContaining({ line: 1 }) }));
    expect(() => parseChecksums(`\\${A}  a\\nb\n`, 'SUMS')).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_NAME_INVALID' }));
  });
});

const hex = fc.stringMatching(/^[0-9a-f]{64}$/u);
const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_. @+-]{0,15}$/u).filter((s) => s.trim() === s && s !== '.' && s !== '..');
const name = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

describe('parseChecksums properties', () => {
  it('reads back whatever sha256sum would print for distinct names, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, hex, binary: fc.boolean(), crlf: fc.boolean() }), { selector: (e) => e.name, maxLength: 30 }), (entries) => {
        const text = entries.map((e) => `${e.hex} ${e.binary ? '*' : ' '}${e.name}${e.crlf ? '\r' : ''}\n`).join('');
        expect(parseChecksums(text, 'SUMS').map((e) => [e.subject.name, e.subject.digest.sha256])).toEqual(entries.map((e) => [e.name, e.hex]));
      }),
    );
  });

  it('never throws anything but a ProvenanceError, and names a real line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          parseChecksums(text, 'SUMS');
        } catch (error) {
          expect(error).toBeInstanceOf(ProvenanceError);
          const line = (error as ProvenanceError).location.line;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
    );
  });

  it('a corrupted line is reported at its own line number', () => {
    fc.assert(
      fc.property(fc.array(hex, { minLength: 1, maxLength: 20 }), fc.nat(), (digests, pick) => {
        const bad = pick % digests.length;
        const lines = digests.map((d, i) => (i === bad ? `${d.slice(1)}  f${i}` : `${d}  f${i}`));
        expect(() => parseChecksums(lines.join('\n'), 'SUMS')).toThrow(expect.objectContaining({ location: { file: 'SUMS', line: bad + 1 } }));
      }),
    );
  });
});
