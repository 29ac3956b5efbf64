import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { WORKSPACE_ROOT, joinPath, toRepositoryRelative, workspacePath } from '../src/resolve-path.js';
import { dialectOfShell, runsOnWindows } from '../src/shell-dialect.js';
import { substituteExpressions } from '../src/substitute-expressions.js';

describe('joinPath', () => {
  it.each([
    ['', './x.sh', 'x.sh'],
    ['web', '../scripts//x.sh', 'scripts/x.sh'],
    ['web', '../../x.sh', '../x.sh'],
    ['web', '/abs/x', '/abs/x'],
    ['/a/b', '../../../x', '/x'],
    ['a', '', 'a'],
    ['', '.', ''],
  ])('%j + %j = %j', (base, path, expected) => {
    expect(joinPath(base, path)).toBe(expected);
  });

  it('never leaves "." or empty segments', () => {
    const segment = fc.constantFrom('a', 'b', '.', '..', '');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.array(segment, { maxLength: 8 }), (base, path) => {
        const joined = joinPath(base.join('/'), path.join('/'));
        const parts = joined.replace(/^\//u, '').split('/').filter((p) => p !== '');
        expect(parts.every((p) => p !== '.')).toBe(true);
        expect(joined.includes('//')).toBe(false);
      }),
    );
  });
});

describe('toRepositoryRelative', () => {
  it.each([
    [`${WORKSPACE_ROOT}/a/b.sh`, 'a/b.sh'],
    [WORKSPACE_ROOT, ''],
    [`${WORKSPACE_ROOT}/../x`, undefined],
    [`${WORKSPACE_ROOT}x/y`, undefined],
    ['/tmp/x.sh', undefined],
  ])('%j is %j', (path, expected) => {
    expect(toRepositoryRelative(path)).toBe(expected);
  });

  it('inverts workspacePath', () => {
    expect(toRepositoryRelative(workspacePath('tools/x'))).toBe('tools/x');
  });
});

describe('substituteExpressions', () => {
  it('replaces known expressions wherever they stand and leaves the others', () => {
    const values = { 'github.action_path': '/w/act' };
    expect(substituteExpressions("'${{ github.action_path }}/a.sh' ${{GITHUB.ACTION_PATH}} ${{ matrix.x }} ${{ unterminated", values)).toBe(
      "'/w/act/a.sh' /w/act ${{ matrix.x }} ${{ unterminated",
    );
  });

  it('stays fast on a file full of unterminated expressions', () => {
    const text = '${{ '.repeat(200_000);
    const started = Date.now();
    expect(substituteExpressions(text, { a: 'b' })).toBe(text);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('dialectOfShell', () => {
  it.each([
    [undefined, false, 'posix'],
    [undefined, true, 'powershell'],
    ['bash', true, 'posix'],
    ['bash -e {0}', false, 'posix'],
    ['/usr/bin/sh', false, 'posix'],
    ['pwsh', false, 'powershell'],
    ['cmd', true, 'powershell'],
    ['python', false, undefined],
    ['node {0}', false, undefined],
    ['${{ matrix.shell }}', false, 'posix'],
  ])('%j on Windows=%j is %j', (shell, windows, expected) => {
    expect(dialectOfShell(shell, windows)).toBe(expected);
  });

  it('recognises Windows runners by label', () => {
    expect(runsOnWindows(['windows-latest'])).toBe(true);
    expect(runsOnWindows(['ubuntu-latest', 'self-hosted'])).toBe(false);
  });
});
