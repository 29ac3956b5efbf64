import { describe, expect, it } from '@jest/globals';
import type { ProvenancePredicate } from '../../src/statement/types.js';
import { readApprovalEvidence } from '../../src/verify/approval-evidence.js';

const EVIDENCE = { commit: 'a'.repeat(40), pullRequest: 7, headSha: 'b'.repeat(64), approvers: ['alice', 'release-bot[bot]'], guardVerdict: 'allowed', policyBlobSha: 'c'.repeat(40) };
const predicate = (internalParameters: unknown): ProvenancePredicate => ({ buildDefinition: { buildType: 't', externalParameters: {}, internalParameters: internalParameters as Record<string, unknown> }, runDetails: { builder: { id: 'b' } } });

describe('readApprovalEvidence', () => {
  it('reads the evidence at internalParameters.ringfence.approval', () => {
    expect(readApprovalEvidence(predicate({ github: {}, ringfence: { approval: EVIDENCE } }))).toEqual(EVIDENCE);
  });

  it('accepts a null policy blob (the built-in default policy applied) and the gate\'s optional fields', () => {
    const evidence = { ...EVIDENCE, policyBlobSha: null, protectedBranch: 'main', guardCheckRunId: 9001, guardAppId: 4242, bypassCheck: 'rule-suites', environment: 'release' };
    expect(readApprovalEvidence(predicate({ ringfence: { approval: evidence } }))).toEqual(evidence);
  });

  it('refuses a policy blob that is neither a SHA nor null', () => {
    expect(() => readApprovalEvidence(predicate({ ringfence: { approval: { ...EVIDENCE, policyBlobSha: 'default' } } }))).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_MALFORMED', message: expect.stringContaining('or null for the built-in default policy') }));
  });

  it('accepts no approvers (the guard allowed a change that needed none)', () => {
    expect(readApprovalEvidence(predicate({ ringfence: { approval: { ...EVIDENCE, approvers: [] } } })).approvers).toEqual([]);
  });

  it.each([
    ['no internal parameters', undefined],
    ['no ringfence parameters', { github: {} }],
    ['ringfence parameters that are a list', { ringfence: [] }],
    ['no approval', { ringfence: {} }],
  ])('says the evidence is missing with %s', (_, internal) => {
    expect(() => readApprovalEvidence(predicate(internal))).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_MISSING' }));
  });

  it('names every problem of malformed evidence at once', () => {
    const bad = { commit: 'A'.repeat(40), pullRequest: 0, headSha: 'short', approvers: ['alice', 'not a login'], guardVerdict: 'blocked' };
    expect(() => readApprovalEvidence(predicate({ ringfence: { approval: bad } }))).toThrow(expect.objectContaining({
      code: 'VERIFY_APPROVAL_MALFORMED',
      message: expect.stringMatching(/commit: .*; headSha: .*; policyBlobSha: .*; pullRequest: .*; approvers: .*; guardVerdict: expected "allowed", found "blocked"$/u),
    }));
  });

  it.each([['a string', 'approved'], ['a list', [EVIDENCE]], ['null', null]])('refuses evidence that is %s', (_, evidence) => {
    expect(() => readApprovalEvidence(predicate({ ringfence: { approval: evidence } }))).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_MALFORMED' }));
  });

  it.each([
    ['a guard App id that is a string', { guardAppId: '4242' }, 'guardAppId'],
    ['a guard App id of 0', { guardAppId: 0 }, 'guardAppId'],
    ['a check run id that is fractional', { guardCheckRunId: 1.5 }, 'guardCheckRunId'],
    ['an empty protected branch', { protectedBranch: '' }, 'protectedBranch'],
    ['an environment that is a number', { environment: 1 }, 'environment'],
    ['an org policy blob that is no SHA', { orgPolicyBlobSha: 'latest' }, 'orgPolicyBlobSha'],
    ['an unknown bypass check', { bypassCheck: 'rulesets' }, 'bypassCheck'],
  ])('refuses the gate\'s optional fields in the wrong shape: %s', (_, fields, name) => {
    expect(() => readApprovalEvidence(predicate({ ringfence: { approval: { ...EVIDENCE, ...fields } } }))).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_MALFORMED', message: expect.stringContaining(`${name}: expected`) }));
  });
});
