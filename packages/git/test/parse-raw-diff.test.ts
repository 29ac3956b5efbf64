import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RawDiffParser } from '../src/parse-raw-diff.js';
import type { RawDiffRecord } from '../src/parse-raw-diff.js';
import { GitError } from '../src/errors.js';

const MODES = ['100644', '100755', '120000', '160000', '000000'];
const path = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((p) => !p.includes('\0'));

const recordArb = fc.record({
  status: fc.constantFrom('A', 'M', 'D', 'T', 'R', 'C', 'U', 'X'),
  score: fc.integer({ min: 0, max: 100 }),
  oldMode: fc.constantFrom(...MODES),
  newMode: fc.constantFrom(...MODES),
  idLength: fc.constantFrom(40, 64),
  path,
  previousPath: path,
});

interface GeneratedRecord {
  status: string;
  score: number;
  oldMode: string;
  newMode: string;
  idLength: number;
  path: string;
  previousPath: string;
}

function serialize(records: GeneratedRecord[]): Buffer {
  return Buffer.concat(
    records.map((r) => {
      const twoPaths = r.status === 'R' || r.status === 'C';
      const id = '0'.repeat(r.idLength);
      const header = `:${r.oldMode} ${r.newMode} ${id} ${id} ${r.status}${twoPaths ? String(r.score).padStart(3, '0') : ''}`;
      return Buffer.from([header, ...(twoPaths ? [r.previousPath, r.path] : [r.path]), ''].join('\0'), 'utf8');
    }),
  );
}

function parseInChunks(bytes: Buffer, cuts: number[]): RawDiffRecord[] {
  const out: RawDiffRecord[] = [];
  const parser = new RawDiffParser((r) => out.push(r));
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(from, cut));
    from = cut;
  }
  parser.push(bytes.subarray(from));
  parser.end();
  return out;
}

describe('RawDiffParser', () => {
  it('gives back every record exactly, however the output is split into chunks', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 10 }), (records, cuts) => {
        const parsed = parseInChunks(serialize(records), cuts);
        expect(parsed).toEqual(
          records.map((r) => {
            const twoPaths = r.status === 'R' || r.status === 'C';
            return { status: r.status, oldMode: r.oldMode, newMode: r.newMode, path: r.path, ...(twoPaths ? { previousPath: r.previousPath } : {}) };
          }),
        );
      }),
    );
  });

  it('never throws anything but a GitError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          parseInChunks(Buffer.from(bytes), []);
        } catch (error) {
          expect(error).toBeInstanceOf(GitError);
        }
      }),
    );
  });

  it.each([
    ['a header that is not git raw format', ':100644 100644 xyz M\0a\0'],
    ['an unknown status letter', `:100644 100644 ${'0'.repeat(40)} ${'0'.repeat(40)} Q\0a\0`],
    ['an upper-case object id', `:100644 100644 ${'A'.repeat(40)} ${'0'.repeat(40)} M\0a\0`],
    ['output that stops after a header', `:100644 100644 ${'0'.repeat(40)} ${'0'.repeat(40)} M\0`],
    ['output that stops inside a path', `:100644 100644 ${'0'.repeat(40)} ${'0'.repeat(40)} M\0abc`],
  ])('refuses %s', (_name, text) => {
    expect(() => parseInChunks(Buffer.from(text, 'latin1'), [])).toThrow(GitError);
  });

  it('refuses a path that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(`:100644 100644 ${'0'.repeat(40)} ${'0'.repeat(40)} M\0`), Buffer.from([0x61, 0xff, 0]), Buffer.alloc(0)]);
    expect(() => parseInChunks(bytes, [])).toThrow(/not valid UTF-8/u);
  });
});
