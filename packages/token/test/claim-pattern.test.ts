import { describe, expect, it } from '@jest/globals';
import { findPatternProblem, matchesPattern, toPattern } from '../src/claim-pattern.js';

const matches = (pattern: string, value: string) => matchesPattern(toPattern(pattern), value);

describe('claim values match exactly unless written as a glob', () => {
  it.each([
    ['refs/heads/main', 'refs/heads/main', true],
    ['refs/heads/main', 'refs/heads/Main', false],
    ['refs/heads/main', 'refs/heads/main/', false],
    ['refs/tags/v*', 'refs/tags/v1.2.0', true],
    ['refs/tags/v*', 'refs/tags/v1/x', false],
    ['refs/heads/*', 'refs/heads/main/', false],
    ['refs/heads/*', 'refs/heads/.hidden', true],
    ['refs/heads/release/**', 'refs/heads/release/1/2', true],
    ['acme/*/.github/workflows/ci.yml@refs/heads/main', 'acme/app/.github/workflows/ci.yml@refs/heads/main', true],
    ['acme/*/.github/workflows/ci.yml@refs/heads/main', 'acme/a/b/.github/workflows/ci.yml@refs/heads/main', false],
    ['prod-{eu,us}', 'prod-eu', true],
    ['a+b', 'a+b', true],
  ])('%s against %s: %s', (pattern, value, expected) => {
    expect(matches(pattern, value)).toBe(expected);
  });

  it('knows a glob when it sees one', () => {
    expect(toPattern('refs/heads/main')).toEqual({ text: 'refs/heads/main', glob: false });
    expect(toPattern('refs/tags/v*')).toEqual({ text: 'refs/tags/v*', glob: true });
  });

  it('matches the same glob again from its cache', () => {
    const pattern = toPattern('refs/tags/v*');
    expect([matchesPattern(pattern, 'refs/tags/v1'), matchesPattern(pattern, 'refs/tags/x')]).toEqual([true, false]);
  });
});

describe('unusable patterns', () => {
  it('refuses a negated glob, glob or not', () => {
    expect(findPatternProblem(toPattern('!refs/heads/dev'))).toMatch(/negated/u);
    expect(findPatternProblem(toPattern('!refs/heads/*'))).toMatch(/negated/u);
  });

  it('refuses a glob picomatch cannot compile', () => {
    expect(findPatternProblem(toPattern(`*${'a'.repeat(70_000)}`))).toMatch(/^not a valid glob/u);
  });

  it('accepts values and ordinary globs', () => {
    expect(findPatternProblem(toPattern('production'))).toBeUndefined();
    expect(findPatternProblem(toPattern('refs/tags/v*'))).toBeUndefined();
  });
});
