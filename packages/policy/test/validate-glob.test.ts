import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { findGlobProblem, isRepositoryPath } from '../src/validate-glob.js';

describe('findGlobProblem', () => {
  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['/etc/**', 'leading "/"'],
    ['./src/**', 'leading "./"'],
    ['src\\main', '"\\"'],
    ['ops/', 'trailing "/"'],
    ['a//b', 'empty path segment'],
    ['a/../b', '".."'],
    ['!docs/**', 'negated'],
    ['a\u0007b', 'control'],
    ['"release"/**', 'quotes'],
    ['release/[!_]*', '[^...]'],
    ['a{b', 'unclosed'],
    ['a]b', 'unbalanced'],
    ['.github/workflows/*.yml|.github/workflows/*.yaml', '"|"'],
  ])('refuses %j (%s)', (glob, fragment) => {
    expect(findGlobProblem(glob)).toContain(fragment);
  });

  it.each(['**/Makefile', '.github/workflows/**', 'ops/*.sh', '{a,b}/**', 'release/**'])('accepts %j', (glob) => {
    expect(findGlobProblem(glob)).toBeUndefined();
  });

  it('never accepts a glob that cannot match any generated repository path built from its own literal parts', () => {
    // Property: a literal path accepted as a glob matches itself.
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9._-]{1,8}$/u), { minLength: 1, maxLength: 4 }), (parts) => {
        const path = parts.join('/');
        fc.pre(isRepositoryPath(path));
        if (findGlobProblem(path) === undefined) expect(picomatch.isMatch(path, path, { dot: true })).toBe(true);
      }),
    );
  });
});

describe('isRepositoryPath', () => {
  it.each(['', '/a', 'a/', 'a//b', './a', 'a/./b', 'a/../b', '..'])('refuses %j', (path) => expect(isRepositoryPath(path)).toBe(false));
  it.each(['a', 'a/b', '.github/workflows/ci.yml', 'a b/c', 'é/ü'])('accepts %j', (path) => expect(isRepositoryPath(path)).toBe(true));
});
