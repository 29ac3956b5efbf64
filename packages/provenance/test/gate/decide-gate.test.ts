import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatGuardEvidence } from '@ringfence/core';
import { decideGate } from '../../src/gate/decide-gate.js';
import type { GateConfig, GateRequest } from '../../src/gate/gate-config.js';
import type { CheckRunFact, GateFacts, PullRequestFact, RuleSuiteFact } from '../../src/gate/gate-facts.js';
import type { GateReasonCode } from '../../src/gate/gate-reasons.js';

const MERGE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const POLICY = 'c'.repeat(40);
const BASE = '9'.repeat(40);
const APP = 4242;
const CONFIG: GateConfig = { guardAppId: APP, protectedBranch: 'main', bypassCheck: 'rule-suites', guardCheckName: 'ringfence/guard' };
const REQUEST: GateRequest = { eventName: 'push', ref: 'refs/heads/main', commit: MERGE };
const PULL: PullRequestFact = { number: 7, merged: true, mergeCommitSha: MERGE, headSha: HEAD, baseRef: 'main', mergedAt: '2026-01-02T00:00:00Z' };
const EVIDENCE_TEXT = formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: BASE, headSha: HEAD, outcome: 'allowed', approvers: ['alice'], policies: [{ layer: 'repository', blobSha: POLICY }] });
const RUN: CheckRunFact = { id: 10, name: 'ringfence/guard', appId: APP, headSha: HEAD, status: 'completed', conclusion: 'success', completedAt: '2026-01-01T23:59:00Z', text: `rings\n${EVIDENCE_TEXT}` };
const SUITE: RuleSuiteFact = { id: 21, ref: 'refs/heads/main', afterSha: MERGE, result: 'pass', actorName: 'alice' };
const ok = <T>(value: T) => ({ ok: true as const, value });
const FACTS: GateFacts = { reachability: ok('identical'), pullRequests: ok([PULL]), guardRuns: ok([RUN]), ruleSuites: ok([SUITE]) };

function codes(request: GateRequest, facts: GateFacts, config: GateConfig = CONFIG): GateReasonCode[] {
  const decision = decideGate(request, config, facts);
  return decision.outcome === 'refused' ? decision.reasons.map((r) => r.code) : [];
}

describe('decideGate', () => {
  it('approves a merge commit of an allowed pull request, recording the pull request, head, approvers and policy', () => {
    const decision = decideGate({ ...REQUEST, environment: 'release' }, CONFIG, FACTS);
    expect(decision).toEqual({
      outcome: 'approved',
      evidence: { commit: MERGE, pullRequest: 7, headSha: HEAD, approvers: ['alice'], guardVerdict: 'allowed', policyBlobSha: POLICY, protectedBranch: 'main', guardCheckRunId: 10, guardAppId: APP, bypassCheck: 'rule-suites', environment: 'release' },
    });
  });

  it('approves a head first blocked, then allowed after the approval, and one re-run with success after the merge', () => {
    const blockedFirst = { ...RUN, id: 9, conclusion: 'failure', completedAt: '2026-01-01T12:00:00Z' };
    expect(codes(REQUEST, { ...FACTS, guardRuns: ok([blockedFirst, RUN]) })).toEqual([]);
    expect(codes(REQUEST, { ...FACTS, guardRuns: ok([RUN, { ...RUN, id: 11, completedAt: '2026-01-03T00:00:00Z' }]) })).toEqual([]);
  });

  it('approves a rebase merge (the commit is the pull request head) and a tag on an approved commit behind the branch tip', () => {
    expect(codes({ ...REQUEST, commit: HEAD }, { ...FACTS, pullRequests: ok([{ ...PULL, mergeCommitSha: 'd'.repeat(40) }]), ruleSuites: ok([{ ...SUITE, afterSha: HEAD }]) })).toEqual([]);
    expect(codes({ ...REQUEST, ref: 'refs/tags/v1.0.0' }, { ...FACTS, reachability: ok('behind') })).toEqual([]);
  });

  it('records the built-in default policy as null and the org policy beside it', () => {
    const text = formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: BASE, headSha: HEAD, outcome: 'allowed', approvers: [], policies: [{ layer: 'org', blobSha: POLICY }, { layer: 'repository', blobSha: null }] });
    const decision = decideGate(REQUEST, CONFIG, { ...FACTS, guardRuns: ok([{ ...RUN, text }]) });
    expect(decision.outcome === 'approved' && [decision.evidence.policyBlobSha, decision.evidence.orgPolicyBlobSha]).toEqual([null, POLICY]);
  });

  it.each<[string, Partial<GateRequest>, Partial<GateFacts>, GateReasonCode]>([
    ['a pull_request run', { eventName: 'pull_request' }, {}, 'GATE_EVENT_REFUSED'],
    ['a pull_request_target run', { eventName: 'pull_request_target' }, {}, 'GATE_EVENT_REFUSED'],
    ['a workflow_run run', { eventName: 'workflow_run' }, {}, 'GATE_EVENT_REFUSED'],
    ['an issue_comment run', { eventName: 'issue_comment' }, {}, 'GATE_EVENT_REFUSED'],
    ['an event the gate does not know', { eventName: 'schedule' }, {}, 'GATE_EVENT_REFUSED'],
    ['a commit on an unprotected branch (compare: ahead)', { ref: 'refs/heads/feature' }, { reachability: ok('ahead') }, 'GATE_NOT_ON_PROTECTED_BRANCH'],
    ['a tag on an unmerged commit (compare: diverged)', { ref: 'refs/tags/v9' }, { reachability: ok('diverged'), pullRequests: ok([{ ...PULL, merged: false, mergeCommitSha: undefined }]) }, 'GATE_NOT_ON_PROTECTED_BRANCH'],
    ['a tag on an unmerged commit (its pull request is open)', { ref: 'refs/tags/v9' }, { reachability: ok('diverged'), pullRequests: ok([{ ...PULL, merged: false, mergeCommitSha: undefined }]) }, 'GATE_NO_MERGED_PULL_REQUEST'],
    ['a commit pushed straight to the branch (no pull request)', {}, { pullRequests: ok([]) }, 'GATE_NO_MERGED_PULL_REQUEST'],
    ['a pull request merged into another branch', {}, { pullRequests: ok([{ ...PULL, baseRef: 'dev' }]) }, 'GATE_NO_MERGED_PULL_REQUEST'],
    ['a commit that is neither merge commit nor head of the pull request', {}, { pullRequests: ok([{ ...PULL, mergeCommitSha: 'e'.repeat(40) }]) }, 'GATE_NO_MERGED_PULL_REQUEST'],
    ['two merged pull requests claiming the commit', {}, { pullRequests: ok([PULL, { ...PULL, number: 8 }]) }, 'GATE_PULL_REQUEST_AMBIGUOUS'],
    ['a merged pull request whose guard check came from another app', {}, { guardRuns: ok([{ ...RUN, appId: 666 }]) }, 'GATE_GUARD_CHECK_WRONG_APP'],
    ['a guard check whose app GitHub does not name', {}, { guardRuns: ok([{ ...RUN, appId: undefined }]) }, 'GATE_GUARD_CHECK_WRONG_APP'],
    ['no guard check on the final head', {}, { guardRuns: ok([]) }, 'GATE_GUARD_CHECK_MISSING'],
    ['a guard check on an earlier head only', {}, { guardRuns: ok([{ ...RUN, headSha: 'f'.repeat(40) }]) }, 'GATE_GUARD_CHECK_MISSING'],
    ['a guard check under another name', {}, { guardRuns: ok([{ ...RUN, name: 'ringfence/guard (evaluate)' }]) }, 'GATE_GUARD_CHECK_MISSING'],
    ['a blocked guard verdict', {}, { guardRuns: ok([{ ...RUN, conclusion: 'failure' }]) }, 'GATE_GUARD_NOT_ALLOWED'],
    ['a guard check still running (no verdict stood at the merge)', {}, { guardRuns: ok([{ ...RUN, status: 'in_progress', conclusion: undefined, completedAt: undefined }]) }, 'GATE_GUARD_CHECK_AFTER_MERGE'],
    ['a completed guard check without a completion time (it cannot be placed before the merge)', {}, { guardRuns: ok([{ ...RUN, completedAt: undefined }]) }, 'GATE_GUARD_CHECK_AFTER_MERGE'],
    ['an allowed verdict followed by a blocked re-run that completed after the merge (approval dismissed)', {}, { guardRuns: ok([RUN, { ...RUN, id: 11, conclusion: 'failure', completedAt: '2026-01-02T00:05:00Z' }]) }, 'GATE_GUARD_VERDICT_WITHDRAWN'],
    ['an allowed verdict followed by a re-run still in progress', {}, { guardRuns: ok([RUN, { ...RUN, id: 11, status: 'in_progress', conclusion: undefined, completedAt: undefined }]) }, 'GATE_GUARD_VERDICT_WITHDRAWN'],
    ['an allowed verdict, a blocked re-run after the merge, and an allowed one after that', {}, { guardRuns: ok([RUN, { ...RUN, id: 11, conclusion: 'failure', completedAt: '2026-01-02T00:05:00Z' }, { ...RUN, id: 12, completedAt: '2026-01-02T00:10:00Z' }]) }, 'GATE_GUARD_VERDICT_WITHDRAWN'],
    ['an allowed verdict replaced by a later blocked one', {}, { guardRuns: ok([RUN, { ...RUN, id: 11, conclusion: 'failure' }]) }, 'GATE_GUARD_NOT_ALLOWED'],
    ['an allowed verdict posted only after the merge (a re-run against a base that holds the change)', {}, { guardRuns: ok([{ ...RUN, completedAt: '2026-01-03T00:00:00Z' }]) }, 'GATE_GUARD_CHECK_AFTER_MERGE'],
    ['a guard check whose completion time cannot be read', {}, { guardRuns: ok([{ ...RUN, completedAt: 'yesterday' }]) }, 'GATE_GUARD_CHECK_AFTER_MERGE'],
    ['a merged pull request without a merge time', {}, { pullRequests: ok([{ ...PULL, mergedAt: undefined }]) }, 'GATE_GUARD_CHECK_AFTER_MERGE'],
    ['a blocked verdict before the merge, replaced by an allowed one after it', {}, { guardRuns: ok([{ ...RUN, conclusion: 'failure' }, { ...RUN, id: 11, completedAt: '2026-01-03T00:00:00Z' }]) }, 'GATE_GUARD_NOT_ALLOWED'],
    ['a guard check without evidence', {}, { guardRuns: ok([{ ...RUN, text: 'rings' }]) }, 'GATE_GUARD_EVIDENCE_INVALID'],
    ['evidence for another head', {}, { guardRuns: ok([{ ...RUN, text: formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: BASE, headSha: 'f'.repeat(40), outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] }) }]) }, 'GATE_GUARD_EVIDENCE_INVALID'],
    ['evidence saying blocked under a success conclusion', {}, { guardRuns: ok([{ ...RUN, text: formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: BASE, headSha: HEAD, outcome: 'blocked', approvers: [], policies: [{ layer: 'repository', blobSha: null }] }) }]) }, 'GATE_GUARD_EVIDENCE_INVALID'],
    ['an allowed verdict of another pull request with the same head (into a looser branch)', {}, { guardRuns: ok([{ ...RUN, text: formatGuardEvidence({ version: 2, pullRequest: 10, baseRef: 'dev', baseSha: BASE, headSha: HEAD, outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] }) }]) }, 'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST'],
    ['an allowed verdict naming this pull request but another base', {}, { guardRuns: ok([{ ...RUN, text: formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'dev', baseSha: BASE, headSha: HEAD, outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] }) }]) }, 'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST'],
    ['an allowed verdict of another pull request into the same branch', {}, { guardRuns: ok([{ ...RUN, text: formatGuardEvidence({ version: 2, pullRequest: 10, baseRef: 'main', baseSha: BASE, headSha: HEAD, outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] }) }]) }, 'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST'],
    ['a version 1 evidence line (bound to no pull request)', {}, { guardRuns: ok([{ ...RUN, text: `<!-- ringfence-guard-evidence ${JSON.stringify({ version: 1, headSha: HEAD, outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] })} -->` }]) }, 'GATE_GUARD_EVIDENCE_INVALID'],
    ['a merge that bypassed the rulesets', {}, { ruleSuites: ok([{ ...SUITE, result: 'bypass', actorName: 'admin' }]) }, 'GATE_MERGE_BYPASSED'],
    ['a bypass beside a passing evaluation', {}, { ruleSuites: ok([SUITE, { ...SUITE, id: 22, result: 'bypass' }]) }, 'GATE_MERGE_BYPASSED'],
    ['no ruleset evaluation of the merge', {}, { ruleSuites: ok([{ ...SUITE, afterSha: 'e'.repeat(40) }]) }, 'GATE_BYPASS_UNKNOWN'],
    ['a ruleset evaluation of another ref only', {}, { ruleSuites: ok([{ ...SUITE, ref: 'refs/heads/dev' }]) }, 'GATE_BYPASS_UNKNOWN'],
    ['compare failing (API fault)', {}, { reachability: { ok: false, problem: 'GitHub answered 502' } }, 'GATE_FACT_UNAVAILABLE'],
    ['the pull request list failing (API fault)', {}, { pullRequests: { ok: false, problem: 'timeout' } }, 'GATE_FACT_UNAVAILABLE'],
    ['the check runs failing (API fault)', {}, { guardRuns: { ok: false, problem: 'truncated' } }, 'GATE_FACT_UNAVAILABLE'],
    ['the rule suites failing (API fault)', {}, { ruleSuites: { ok: false, problem: '403 Resource not accessible by integration' } }, 'GATE_FACT_UNAVAILABLE'],
  ])('refuses %s', (_, request, facts, code) => {
    expect(codes({ ...REQUEST, ...request }, { ...FACTS, ...facts })).toContain(code);
  });

  it('refuses GitHub Actions\' own App as the guard App, whose check runs any workflow can post', () => {
    const actions = { ...CONFIG, guardAppId: 15368 };
    expect(codes(REQUEST, { ...FACTS, guardRuns: ok([{ ...RUN, appId: 15368 }]) }, actions)).toEqual(['GATE_GUARD_APP_IS_GITHUB_ACTIONS']);
  });

  it('refuses facts the gatherer never read (defense in depth)', () => {
    expect(codes(REQUEST, { reachability: ok('identical'), pullRequests: ok([PULL]) })).toEqual(['GATE_FACT_UNAVAILABLE', 'GATE_FACT_UNAVAILABLE']);
  });

  it('skips the bypass check only when configured off, and says so in the evidence', () => {
    const decision = decideGate(REQUEST, { ...CONFIG, bypassCheck: 'off' }, { reachability: FACTS.reachability, pullRequests: FACTS.pullRequests, guardRuns: FACTS.guardRuns! });
    expect(decision.outcome === 'approved' && decision.evidence.bypassCheck).toBe('off');
  });

  it('names the actor of a bypass, and the app of a foreign check', () => {
    const bypass = decideGate(REQUEST, CONFIG, { ...FACTS, ruleSuites: ok([{ ...SUITE, result: 'bypass', actorName: 'root-admin' }]) });
    expect(bypass.outcome === 'refused' && bypass.reasons[0]!.message).toContain('rule suite 21 by root-admin');
    const foreign = decideGate(REQUEST, CONFIG, { ...FACTS, guardRuns: ok([{ ...RUN, appId: 666 }]) });
    expect(foreign.outcome === 'refused' && foreign.reasons[0]!.message).toContain('only from App 666, not from the guard App 4242');
  });

  it('never approves when any fact failed, or for any event but the four it judges (property)', () => {
    const failed = { ok: false as const, problem: 'fault' };
    const keys = ['reachability', 'pullRequests', 'guardRuns', 'ruleSuites'] as const;
    fc.assert(
      fc.property(fc.subarray([...keys], { minLength: 1 }), fc.string(), (broken, event) => {
        const facts = { ...FACTS, ...Object.fromEntries(broken.map((k) => [k, failed])) };
        const byFault = decideGate(REQUEST, CONFIG, facts).outcome === 'refused';
        const byEvent = ['push', 'create', 'release', 'workflow_dispatch'].includes(event) || decideGate({ ...REQUEST, eventName: event }, CONFIG, FACTS).outcome === 'refused';
        return byFault && byEvent;
      }),
    );
  });
});
