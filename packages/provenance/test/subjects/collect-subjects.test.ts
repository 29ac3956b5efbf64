import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { MAX_CHECKSUMS_BYTES, checkSubjectSet, collectSubjects } from '../../src/subjects/collect-subjects.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rf-collect-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('collectSubjects', () => {
  it('mixes globs, checksums files and pairs, sorted by name, a file matched twice counted once', async () => {
    const dir = workspace({ 'dist/a.tgz': 'a', 'dist/b.tgz': 'b', SUMS: `${sha256('c')}  remote/c.bin\n` });
    const subjects = await collectSubjects({ workspace: dir, patterns: ['dist/*.tgz', 'dist/a.tgz'], checksumFiles: ['SUMS'], pairs: [`img@sha256:${sha256('d')}`] });
    expect(subjects).toEqual([
      { name: 'dist/a.tgz', digest: { sha256: sha256('a') } },
      { name: 'dist/b.tgz', digest: { sha256: sha256('b') } },
      { name: 'img', digest: { sha256: sha256('d') } },
      { name: 'remote/c.bin', digest: { sha256: sha256('c') } },
    ]);
  });

  it('digests 10,000 files', async () => {
    const dir = workspace({});
    for (let i = 0; i < 100; i++) {
      mkdirSync(join(dir, `out/${i}`), { recursive: true });
      for (let j = 0; j < 100; j++) writeFileSync(join(dir, `out/${i}/${j}.bin`), `${i}/${j}`);
    }
    const subjects = await collectSubjects({ workspace: dir, patterns: ['out/**'] });
    expect(subjects).toHaveLength(10_000);
    expect(subjects.find((s) => s.name === 'out/42/7.bin')?.digest.sha256).toBe(sha256('42/7'));
  }, 30_000);

  it.each<[string, Record<string, string>, (dir: string) => Parameters<typeof collectSubjects>[0], string]>([
    ['nothing at all', {}, (dir) => ({ workspace: dir }), 'PROVENANCE_SUBJECTS_EMPTY'],
    ['a checksums file with no lines', { SUMS: '' }, (dir) => ({ workspace: dir, checksumFiles: ['SUMS'] }), 'PROVENANCE_SUBJECTS_EMPTY'],
    ['a missing checksums file', {}, (dir) => ({ workspace: dir, checksumFiles: ['SUMS'] }), 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a checksums file that is not UTF-8', { SUMS: '' }, (dir) => (writeFileSync(join(dir, 'SUMS'), Buffer.from([0xff, 0xfe])), { workspace: dir, checksumFiles: ['SUMS'] }), 'PROVENANCE_CHECKSUMS_MALFORMED'],
    ['a checksums file over the size cap', {}, (dir) => (writeFileSync(join(dir, 'SUMS'), Buffer.alloc(MAX_CHECKSUMS_BYTES + 1)), { workspace: dir, checksumFiles: ['SUMS'] }), 'PROVENANCE_CHECKSUMS_TOO_LARGE'],
    ['the same name from a file and a pair', { 'a.txt': 'a' }, (dir) => ({ workspace: dir, patterns: ['a.txt'], pairs: [`./a.txt@sha256:${sha256('a')}`] }), 'PROVENANCE_SUBJECT_DUPLICATE'],
    ['the same name in two checksums files', { S1: `${sha256('a')}  a\n`, S2: `${sha256('b')}  a\n` }, (dir) => ({ workspace: dir, checksumFiles: ['S1', 'S2'] }), 'PROVENANCE_SUBJECT_DUPLICATE'],
    ['a glob that matches nothing', { 'a.txt': 'a' }, (dir) => ({ workspace: dir, patterns: ['a.txt', 'dist/*'] }), 'PROVENANCE_PATTERN_UNMATCHED'],
    ['a symlink out of the workspace', {}, (dir) => (symlinkSync('/etc/hostname', join(dir, 'host.txt')), { workspace: dir, patterns: ['*.txt'] }), 'PROVENANCE_SYMLINK_ESCAPES'],
    ['a workspace that does not exist', {}, (dir) => ({ workspace: join(dir, 'nope'), patterns: ['*'] }), 'PROVENANCE_SUBJECT_UNREADABLE'],
  ])('refuses %s', async (_, files, sources, code) => {
    await expect(collectSubjects(sources(workspace(files)))).rejects.toMatchObject({ code });
  });

  it('refuses more than MAX_SUBJECTS', () => {
    const many = Array.from({ length: 100_001 }, (_, i) => ({ name: `f${i}`, digest: { sha256: sha256('x') } }));
    expect(() => checkSubjectSet(many)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECTS_TOO_MANY' }));
  });
});
