import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatGuardEvidence, parseGuardEvidence } from '../src/guard-evidence.js';
import type { GuardEvidence } from '../src/guard-evidence.js';

const EVIDENCE: GuardEvidence = { version: 2, pullRequest: 7, baseRef: 'main', baseSha: 'c'.repeat(40), headSha: 'b'.repeat(40), outcome: 'allowed', approvers: ['alice', 'ci-bot[bot]'], policies: [{ layer: 'repository', blobSha: null }] };

describe('guard evidence in a check run text', () => {
  it('reads back what it wrote, among other lines', () => {
    expect(parseGuardEvidence(`- ring ci: ok\n\n${formatGuardEvidence(EVIDENCE)}\n`)).toEqual({ ok: true, evidence: EVIDENCE });
  });

  it.each([
    ['no text', undefined, 'found 0'],
    ['no evidence line', '- ring ci: ok', 'found 0'],
    ['two evidence lines', `${formatGuardEvidence(EVIDENCE)}\n${formatGuardEvidence(EVIDENCE)}`, 'found 2'],
    ['an unterminated line', '<!-- ringfence-guard-evidence {}', 'does not end'],
    ['a line that is not JSON', '<!-- ringfence-guard-evidence {nope} -->', 'not JSON'],
    ['a JSON list', '<!-- ringfence-guard-evidence [] -->', 'expected a JSON object'],
    ['an uppercase head', formatGuardEvidence({ ...EVIDENCE, headSha: 'B'.repeat(40) }), 'headSha'],
    ['an unknown outcome', formatGuardEvidence({ ...EVIDENCE, outcome: 'maybe' as 'allowed' }), 'outcome'],
    ['an approver that is no login', formatGuardEvidence({ ...EVIDENCE, approvers: ['not a login'] }), 'approvers'],
    ['no policy', formatGuardEvidence({ ...EVIDENCE, policies: [] }), 'policies'],
    ['another version', formatGuardEvidence({ ...EVIDENCE, version: 3 as 2 }), 'version'],
    ['a version 1 line, which names no pull request', formatGuardEvidence({ version: 1, headSha: 'b'.repeat(40), outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] } as unknown as GuardEvidence), 'pullRequest'],
    ['no pull request', formatGuardEvidence({ ...EVIDENCE, pullRequest: undefined as unknown as number }), 'pullRequest'],
    ['pull request 0', formatGuardEvidence({ ...EVIDENCE, pullRequest: 0 }), 'pullRequest'],
    ['a pull request number as a string', formatGuardEvidence({ ...EVIDENCE, pullRequest: '7' as unknown as number }), 'pullRequest'],
    ['a fractional pull request number', formatGuardEvidence({ ...EVIDENCE, pullRequest: 7.5 }), 'pullRequest'],
    ['no base ref', formatGuardEvidence({ ...EVIDENCE, baseRef: undefined as unknown as string }), 'baseRef'],
    ['an empty base ref', formatGuardEvidence({ ...EVIDENCE, baseRef: '' }), 'baseRef'],
    ['a base ref with a space', formatGuardEvidence({ ...EVIDENCE, baseRef: 'main x' }), 'baseRef'],
    ['a base ref with ..', formatGuardEvidence({ ...EVIDENCE, baseRef: 'a..b' }), 'baseRef'],
    ['a base ref that could end the comment', '<!-- ringfence-guard-evidence {"version":2,"baseRef":"x>"} -->', 'baseRef'],
    ['an uppercase base commit', formatGuardEvidence({ ...EVIDENCE, baseSha: 'C'.repeat(40) }), 'baseSha'],
  ])('refuses %s', (_, text, problem) => {
    const reading = parseGuardEvidence(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toContain(problem);
  });

  it('never accepts text without exactly one well-formed line (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const reading = parseGuardEvidence(text);
        return !reading.ok || text.split('\n').filter((l) => l.startsWith('<!-- ringfence-guard-evidence ')).length === 1;
      }),
    );
  });

  it('round-trips any well-formed evidence (property)', () => {
    const sha = fc.stringMatching(/^[0-9a-f]{40}$/u);
    const login = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,10}$/u);
    const evidence = fc.record({
      version: fc.constant(2 as const),
      pullRequest: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      baseRef: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}(?:\/[A-Za-z0-9_-]{1,20}){0,2}$/u),
      baseSha: sha,
      headSha: sha,
      outcome: fc.constantFrom('allowed' as const, 'blocked' as const, 'error' as const),
      approvers: fc.array(login, { maxLength: 5 }),
      policies: fc.array(fc.record({ layer: fc.constantFrom('org' as const, 'repository' as const), blobSha: fc.option(sha, { nil: null }) }), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(fc.property(evidence, (e) => JSON.stringify(parseGuardEvidence(formatGuardEvidence(e))) === JSON.stringify({ ok: true, evidence: e })));
  });

  it('refuses any pull request that is not a positive integer, and any base that is not a branch name (property)', () => {
    const notPositive = fc.oneof(fc.integer({ max: 0 }), fc.double().filter((n) => !Number.isSafeInteger(n)), fc.string(), fc.constant(null));
    fc.assert(fc.property(notPositive, (pullRequest) => !parseGuardEvidence(formatGuardEvidence({ ...EVIDENCE, pullRequest: pullRequest as number })).ok));
    const badBranch = fc.oneof(fc.constant(''), fc.string().map((s) => `${s} x`), fc.string().map((s) => `${s}..`), fc.string().map((s) => `/${s}`), fc.string().map((s) => `${s}~1`));
    fc.assert(fc.property(badBranch, (baseRef) => {
      const reading = parseGuardEvidence(`<!-- ringfence-guard-evidence ${JSON.stringify({ ...EVIDENCE, baseRef })} -->`);
      return !reading.ok && reading.problem.includes('baseRef');
    }));
  });
});
