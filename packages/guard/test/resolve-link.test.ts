import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { resolveLinkTarget } from '../src/resolve-link.js';
import { isRepositoryPath } from '@ringfence/policy';

describe('resolveLinkTarget', () => {
  it.each([
    ['docs/link', '../src/a.ts', 'src/a.ts'],
    ['link', 'src/', 'src'],
    ['a/b/link', './c', 'a/b/c'],
    ['a/link', '..', ''],
    ['link', '.', ''],
  ])('%s -> %s is %j', (link, target, expected) => expect(resolveLinkTarget(link, target)).toBe(expected));

  it.each([
    ['link', '/etc/passwd'],
    ['link', '../outside'],
    ['a/link', '../../x'],
    ['link', ''],
  ])('%s -> %s leaves the repository', (link, target) => expect(resolveLinkTarget(link, target)).toBeUndefined());

  it('always yields a repository path, the root, or nothing', () => {
    const part = fc.constantFrom('a', 'b', '..', '.', '', 'c.txt');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 }), fc.array(part, { minLength: 1, maxLength: 6 }), (link, target) => {
        const resolved = resolveLinkTarget(link.join('/'), target.join('/'));
        return resolved === undefined || resolved === '' || isRepositoryPath(resolved);
      }),
    );
  });
});
