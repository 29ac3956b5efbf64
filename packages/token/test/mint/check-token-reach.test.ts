import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkTokenReach } from '../../src/mint/check-token-reach.js';

describe('checkTokenReach holds GitHub\'s listing for the token to the request', () => {
  it('takes exactly the repositories asked, in any order', () => {
    expect(checkTokenReach({ totalCount: 2, ids: ['202', '101'] }, ['101', '202'])).toBeUndefined();
  });

  it.each([
    ['one more repository than asked (a broker that listed only the asked ones)', { totalCount: 3, ids: ['101', '202', '303'] }, /not asked: 303 \(total_count 3\)/u],
    ['every repository of a large installation, only counted', { totalCount: 4000, ids: undefined }, /lists 4000 repositories for the token; the request named 2/u],
    ['a count above the listed ids', { totalCount: 5, ids: ['101', '202'] }, /total_count 5 does not match the 2/u],
    ['an id listed twice', { totalCount: 3, ids: ['101', '202', '202'] }, /total_count 3 does not match the 3/u],
    ['fewer repositories than asked', { totalCount: 1, ids: ['101'] }, /does not list asked repositories for the token: 202/u],
  ])('refuses %s', (_, listed, reason) => {
    expect(checkTokenReach(listed, ['101', '202'])).toMatch(reason);
  });

  it('names at most ten repositories that were not asked', () => {
    const ids = Array.from({ length: 15 }, (_, i) => String(1000 + i));
    expect(checkTokenReach({ totalCount: 15, ids }, ['1'])).toMatch(/1009 and 5 more/u);
  });

  it('accepts a listing only when it is the request exactly', () => {
    const id = fc.integer({ min: 1, max: 50 }).map(String);
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), fc.uniqueArray(id, { maxLength: 8 }), (asked, listed) => {
        const same = asked.length === listed.length && asked.every((a) => listed.includes(a));
        expect(checkTokenReach({ totalCount: listed.length, ids: listed }, asked) === undefined).toBe(same);
      }),
    );
  });
});
