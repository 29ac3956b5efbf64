import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { errorVerdict } from '../src/error-verdict.js';
import { findSharedHead, refuseSharedHead } from '../src/shared-head.js';
import type { PullRequestAtHead } from '../src/shared-head.js';
import type { GuardVerdict } from '../src/verdict.js';

const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const judged = { number: 9, headSha: HEAD };
const pr = (number: number, baseRef: string, state = 'open', headSha = HEAD): PullRequestAtHead => ({ number, headSha, baseRef, state });
const allowed: GuardVerdict = { version: 1, control: 'guard', outcome: 'allowed', reasons: [], inputs: { headSha: HEAD }, detail: { author: { login: 'eve', maintainer: false }, rings: [], openPaths: 1, warnings: [] } };

describe('findSharedHead', () => {
  it('a pull request alone at its head shares it with nobody', () => expect(findSharedHead(judged, [pr(9, 'main')])).toBeUndefined());
  it('another open pull request with the same head into another branch is refused, naming it and the fix', () => {
    const found = findSharedHead(judged, [pr(9, 'main'), pr(10, 'release')]);
    expect(found).toEqual({ reason: { code: 'HEAD_SHARED', message: expect.stringContaining('#10 (into release)') }, others: [10] });
    expect(found?.reason.message).toContain('Close #10 and re-run the guard for #9');
  });
  it('another open pull request with the same head into the same branch is refused too (its reviews and author differ)', () => expect(findSharedHead(judged, [pr(10, 'main')])?.others).toEqual([10]));
  it('a state GitHub does not document counts as open', () => expect(findSharedHead(judged, [pr(10, 'main', 'locked')])?.others).toEqual([10]));
  it('head SHAs compare without case', () => expect(findSharedHead(judged, [pr(10, 'dev', 'open', HEAD.toUpperCase())])?.others).toEqual([10]));
  it('names every other pull request, lowest number first', () => expect(findSharedHead(judged, [pr(12, 'b'), pr(10, 'a'), pr(9, 'main')])?.others).toEqual([10, 12]));
  it('a closed pull request with the same head does not count', () => expect(findSharedHead(judged, [pr(10, 'release', 'closed')])).toBeUndefined());
  it('a pull request whose head is another commit (one that only contains the head) does not count', () => expect(findSharedHead(judged, [pr(10, 'release', 'open', OTHER)])).toBeUndefined());

  it('refuses exactly when some other, not closed pull request has the judged head (property)', () => {
    const listed = fc.array(fc.record({ number: fc.integer({ min: 1, max: 20 }), headSha: fc.constantFrom(HEAD, OTHER), baseRef: fc.constantFrom('main', 'dev'), state: fc.constantFrom('open', 'closed', 'draft') }), { maxLength: 8 });
    fc.assert(
      fc.property(listed, (prs) => {
        const expected = [...new Set(prs.filter((p) => p.number !== 9 && p.headSha === HEAD && p.state !== 'closed').map((p) => p.number))].sort((a, b) => a - b);
        const found = findSharedHead(judged, prs);
        return expected.length === 0 ? found === undefined : found !== undefined && [...new Set(found.others)].join() === expected.join() && expected.every((n) => found.reason.message.includes(`#${n} `));
      }),
    );
  });
});

describe('refuseSharedHead', () => {
  it('an allowed verdict becomes blocked, with the reason and the other pull requests recorded', () => {
    const verdict = refuseSharedHead(allowed, judged, [pr(10, 'release')]);
    expect(verdict).toMatchObject({ outcome: 'blocked', reasons: [{ code: 'HEAD_SHARED' }], inputs: { headSha: HEAD, sharedHeadWith: [10] } });
  });
  it('a blocked verdict stays blocked and gains the reason', () => {
    const blocked: GuardVerdict = { ...allowed, outcome: 'blocked', reasons: [{ code: 'RING_APPROVAL_REQUIRED', message: 'ci' }] };
    expect(refuseSharedHead(blocked, judged, [pr(10, 'release')]).reasons.map((r) => r.code)).toEqual(['RING_APPROVAL_REQUIRED', 'HEAD_SHARED']);
  });
  it('an error stays an error', () => expect(refuseSharedHead(errorVerdict('INPUT_ERROR', 'x'), judged, [pr(10, 'release')]).outcome).toBe('error'));
  it('leaves the verdict untouched when no other pull request shares the head', () => expect(refuseSharedHead(allowed, judged, [pr(9, 'main')])).toBe(allowed));
});
