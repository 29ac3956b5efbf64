import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { matchFiles } from '../../src/subjects/match-files.js';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'rf-match-')));
for (const file of ['dist/a.tgz', 'dist/.hidden.tgz', 'dist/sub/b.tgz', 'docs/readme.md', 'top.tgz']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), file);
}
symlinkSync(join(root, 'docs'), join(root, 'dist/docs-link'));
symlinkSync('a.tgz', join(root, 'dist/link.tgz'));

const sorted = async (pattern: string): Promise<string[]> => (await matchFiles(root, pattern)).sort();

describe('matchFiles', () => {
  it.each([
    ['dist/*.tgz', ['dist/.hidden.tgz', 'dist/a.tgz', 'dist/link.tgz']],
    ['dist/**/*.tgz', ['dist/.hidden.tgz', 'dist/a.tgz', 'dist/link.tgz', 'dist/sub/b.tgz']],
    ['./dist/sub/*', ['dist/sub/b.tgz']],
    ['**/*.md', ['docs/readme.md']],
    ['*.tgz', ['top.tgz']],
    ['nothing/**', []],
    ['top.tgz/*', []],
  ])('%s matches %j (dotfiles included, * never crosses /, directory links not descended)', async (pattern, expected) => {
    expect(await sorted(pattern)).toEqual(expected);
  });

  it('a plain path names one file, even a missing one (checked later)', async () => {
    expect(await matchFiles(root, './dist//missing.tgz')).toEqual(['dist/missing.tgz']);
  });

  it.each(['/etc/*', '../*', 'dist/../../*', 'C:/x/*', ''])('refuses the pattern %j', async (pattern) => {
    await expect(matchFiles(root, pattern)).rejects.toMatchObject({ code: 'PROVENANCE_PATTERN_INVALID' });
  });
});
