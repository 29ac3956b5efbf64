import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { digestFile } from '../../src/subjects/digest-file.js';

const dir = mkdtempSync(join(tmpdir(), 'rf-digest-'));

describe('digestFile', () => {
  it.each([
    ['an empty file', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc" (FIPS 180-2 vector)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %s', async (_, content, expected) => {
    writeFileSync(join(dir, 'f'), content);
    await expect(digestFile(join(dir, 'f'))).resolves.toBe(expected);
  });

  it('hashes across read chunks (3 MiB + 1 byte of zeros)', async () => {
    writeFileSync(join(dir, 'big'), Buffer.alloc(3 * 1024 * 1024 + 1));
    await expect(digestFile(join(dir, 'big'))).resolves.toBe('5983281b51c767c831104f52c95e4075f27e6f4fa8dd0526e3929f79176a1217');
  });

  it('a missing file is unreadable, named by its subject name', async () => {
    await expect(digestFile(join(dir, 'nope'), 'dist/nope')).rejects.toMatchObject({ code: 'PROVENANCE_SUBJECT_UNREADABLE', message: expect.stringContaining('"dist/nope"'), location: { subject: 'dist/nope' } });
  });

  it('a directory is unreadable', async () => {
    await expect(digestFile(dir)).rejects.toMatchObject({ code: 'PROVENANCE_SUBJECT_UNREADABLE', message: expect.stringContaining('EISDIR') });
  });
});
