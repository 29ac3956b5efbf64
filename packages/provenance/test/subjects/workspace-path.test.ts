import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isInside, resolveInsideWorkspace } from '../../src/subjects/workspace-path.js';

describe('isInside', () => {
  it.each([
    ['/w', '/w', true],
    ['/w', '/w/a/b', true],
    ['/w', '/w/..a', true],
    ['/w', '/w2/a', false],
    ['/w', '/a', false],
    ['/w/sub', '/w', false],
  ])('%s contains %s: %s', (root, path, inside) => expect(isInside(root, path)).toBe(inside));
});

describe('resolveInsideWorkspace', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'rf-ws-')));
  const root = join(base, 'ws');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/app.tgz'), 'app');
  writeFileSync(join(base, 'secret'), 'secret');
  symlinkSync('app.tgz', join(root, 'dist/alias.tgz'));
  symlinkSync(join(base, 'secret'), join(root, 'dist/escape.tgz'));
  symlinkSync('../..', join(root, 'dist/up'));
  symlinkSync('missing', join(root, 'dist/dangling.tgz'));

  it('resolves a file and a symlink that stays inside to real paths', async () => {
    await expect(resolveInsideWorkspace(root, 'dist/app.tgz')).resolves.toBe(join(root, 'dist/app.tgz'));
    await expect(resolveInsideWorkspace(root, 'dist/alias.tgz')).resolves.toBe(join(root, 'dist/app.tgz'));
  });

  it.each([
    ['a symlink to a file outside', 'dist/escape.tgz', 'PROVENANCE_SYMLINK_ESCAPES'],
    ['a path through a directory symlink leading outside', 'dist/up/secret', 'PROVENANCE_SYMLINK_ESCAPES'],
    ['a dangling symlink', 'dist/dangling.tgz', 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a missing file', 'dist/none', 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a directory', 'dist', 'PROVENANCE_SUBJECT_UNREADABLE'],
  ])('refuses %s', async (_, name, code) => {
    await expect(resolveInsideWorkspace(root, name)).rejects.toMatchObject({ code, location: { subject: name } });
  });
});
