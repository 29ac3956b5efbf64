import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { REASON_CODES, formatGuardEvidence } from '@ringfence/core';
import { decideGate, gateVerdict, ungatedVerdict, withSigned } from '@ringfence/provenance';
import type { CheckRunFact, GateConfig, GateFacts, GateReasonCode, GateRequest, PullRequestFact, RuleSuiteFact } from '@ringfence/provenance';
import { verdictProblems } from '../support/verdict-schema.js';

/**
 * The provenance gate's decision as a verdict document: the real decision over gate facts,
 * turned into the document the action reports, validated against schema/verdict.schema.json.
 */
const MERGE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const POLICY = 'c'.repeat(40);
const CONFIG: GateConfig = { guardAppId: 4242, protectedBranch: 'main', bypassCheck: 'rule-suites', guardCheckName: 'ringfence/guard' };
const REQUEST: GateRequest = { eventName: 'push', ref: 'refs/heads/main', commit: MERGE, environment: 'release' };
const PULL: PullRequestFact = { number: 7, merged: true, mergeCommitSha: MERGE, headSha: HEAD, baseRef: 'main', mergedAt: '2026-01-02T00:00:00Z' };
const TEXT = formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: '9'.repeat(40), headSha: HEAD, outcome: 'allowed', approvers: ['alice'], policies: [{ layer: 'repository', blobSha: POLICY }] });
const RUN: CheckRunFact = { id: 10, name: 'ringfence/guard', appId: 4242, headSha: HEAD, status: 'completed', conclusion: 'success', completedAt: '2026-01-01T23:59:00Z', text: TEXT };
const SUITE: RuleSuiteFact = { id: 21, ref: 'refs/heads/main', afterSha: MERGE, result: 'pass', actorName: 'alice' };
const ok = <T>(value: T) => ({ ok: true as const, value });
const FACTS: GateFacts = { reachability: ok('identical'), pullRequests: ok([PULL]), guardRuns: ok([RUN]), ruleSuites: ok([SUITE]) };

const judge = (facts: GateFacts, request: GateRequest = REQUEST) => gateVerdict(request, CONFIG, decideGate(request, CONFIG, facts));

describe('the provenance verdict', () => {
  it('allowed: names the commit, pull request, head, approvers, policy blob SHA, guard check run and environment', () => {
    const verdict = judge(FACTS);
    expect(verdict).toMatchObject({ version: 1, control: 'provenance', outcome: 'allowed', reasons: [], detail: { gate: 'on', approval: { pullRequest: 7 } } });
    expect(verdict.inputs).toEqual({ eventName: 'push', ref: 'refs/heads/main', commit: MERGE, environment: 'release', approvalGate: 'on', guardAppId: 4242, bypassCheck: 'rule-suites', protectedBranch: 'main', pullRequest: 7, headSha: HEAD, approvers: ['alice'], policyBlobSha: POLICY, guardCheckRunId: 10 });
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('allowed and signed: the report lists what was signed', () => {
    const signed = withSigned(judge(FACTS), { bundlePath: '/tmp/b.json', signedWith: 'keyless', subjects: [{ name: 'app.tgz', digest: { sha256: 'd'.repeat(64) } }], buildType: 'https://example.test/bt', logEntries: [{ logIndex: '1' }] });
    expect(verdictProblems(signed)).toEqual([]);
  });

  it('blocked: every GATE_* reason with its message, and no approval', () => {
    const verdict = judge({ ...FACTS, guardRuns: ok([{ ...RUN, appId: 666 }]), ruleSuites: ok([{ ...SUITE, result: 'bypass' }]) });
    expect(verdict.outcome).toBe('blocked');
    expect(verdict.reasons.map((r) => r.code)).toEqual(['GATE_GUARD_CHECK_WRONG_APP', 'GATE_MERGE_BYPASSED']);
    expect(verdict.detail).toEqual({ gate: 'on' });
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('blocked before any fact is read: a pull_request run', () => {
    const request = { ...REQUEST, eventName: 'pull_request' };
    const verdict = judge(FACTS, request);
    expect([verdict.outcome, verdict.reasons[0]?.code]).toEqual(['blocked', 'GATE_EVENT_REFUSED']);
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('error when the only reasons are facts that could not be read (an API fault decides nothing)', () => {
    const verdict = judge({ ...FACTS, reachability: { ok: false, problem: 'HTTP 502' } });
    expect([verdict.outcome, verdict.reasons.map((r) => r.code)]).toEqual(['error', ['GATE_FACT_UNAVAILABLE']]);
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('a refusal without any reason still refuses and says so (defense in depth)', () => {
    const verdict = gateVerdict(REQUEST, CONFIG, { outcome: 'refused', reasons: [] });
    expect([verdict.outcome, verdict.reasons.map((r) => r.code)]).toEqual(['error', ['GATE_FACT_UNAVAILABLE']]);
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('the gate off: allowed, and the document says no approval was asked for', () => {
    const verdict = ungatedVerdict({ eventName: 'push', ref: 'refs/heads/main', commit: MERGE });
    expect(verdict).toMatchObject({ outcome: 'allowed', inputs: { approvalGate: 'off' }, detail: { gate: 'off' } });
    expect(verdictProblems(verdict)).toEqual([]);
  });

  it('any refusal, whatever its reasons, is never allowed, keeps every reason and validates', () => {
    const gateCodes = REASON_CODES.filter((code): code is GateReasonCode => code.startsWith('GATE_'));
    const reason = fc.record({ code: fc.constantFrom(...gateCodes), message: fc.string() });
    fc.assert(
      fc.property(fc.array(reason, { maxLength: 6 }), (reasons) => {
        const verdict = gateVerdict(REQUEST, CONFIG, { outcome: 'refused', reasons });
        expect(verdict.outcome).not.toBe('allowed');
        if (reasons.length > 0) expect(verdict.reasons).toEqual(reasons);
        expect(verdict.outcome === 'error').toBe(verdict.reasons.every((r) => r.code === 'GATE_FACT_UNAVAILABLE'));
        expect(verdictProblems(verdict)).toEqual([]);
      }),
    );
  });
});
