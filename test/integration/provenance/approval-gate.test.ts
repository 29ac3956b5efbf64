import { afterEach, describe, expect, it } from '@jest/globals';
import { GitHubGateFacts, routes } from '@ringfence/github';
import { formatGuardEvidence } from '@ringfence/core';
import { runGate } from '@ringfence/provenance';
import type { GateConfig, GateDecision, GateReasonCode, GateRequest } from '@ringfence/provenance';
import type { FakeGitHub, Fault, GateScenario } from '../../servers/fake-github/index.js';
import { GUARD_APP_ID, OTHER_APP_ID, gateScenario, hasOperation, startFakeGitHub } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from '../github/support.js';

/*
 * The approval gate against the fake GitHub: facts read through the real adapter over
 * loopback HTTP, every answer validated against GitHub's OpenAPI description. Each refusal
 * row asserts its reason code; deleting the rule turns the row red.
 */
const CONFIG: GateConfig = { guardAppId: GUARD_APP_ID, protectedBranch: 'main', bypassCheck: 'rule-suites', guardCheckName: 'ringfence/guard' };

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function gate(s: GateScenario, request: Partial<GateRequest> = {}, faults: readonly Fault[] = []): Promise<GateDecision> {
  server = await startFakeGitHub({ scenario: s.scenario, faults });
  const facts = new GitHubGateFacts(clientFor(server, { retries: 0 }), ACME);
  return runGate({ comparer: facts, pullRequests: facts, checkRuns: facts, ruleSuites: facts }, { eventName: 'push', ref: 'refs/heads/main', commit: s.merge, ...request }, CONFIG);
}

const codesOf = (decision: GateDecision): GateReasonCode[] => (decision.outcome === 'refused' ? decision.reasons.map((r) => r.code) : []);

describe('the approval gate against the fake GitHub', () => {
  it('every route it adds is an operation of the description', () => {
    expect(routes.GATE_ROUTES.filter((route) => !hasOperation(route.split(' ')[0]!, route.split(' ')[1]!))).toEqual([]);
  });

  it('approves the merge commit of an allowed pull request: evidence names the pull request, its final head and approvers', async () => {
    const s = gateScenario();
    const decision = await gate(s, { environment: 'release' });
    expect(decision).toEqual({
      outcome: 'approved',
      evidence: { commit: s.merge, pullRequest: 7, headSha: s.head, approvers: ['alice'], guardVerdict: 'allowed', policyBlobSha: s.policyBlobSha, protectedBranch: 'main', guardCheckRunId: 9001, guardAppId: GUARD_APP_ID, bypassCheck: 'rule-suites', environment: 'release' },
    });
  });

  it('compares from the branch tip read as a branch, never from the bare name (a tag named like the branch could stand in for it)', async () => {
    const s = gateScenario();
    expect(codesOf(await gate(s))).toEqual([]);
    const tip = s.repo.branches.get('main')!;
    expect(server!.requests.filter((r) => r.route === routes.GET_BRANCH).map((r) => r.path)).toEqual(['/repos/acme/app/branches/main']);
    expect(server!.requests.filter((r) => r.route === routes.COMPARE_COMMITS).map((r) => r.path)).toEqual([`/repos/acme/app/compare/${tip}...${s.merge}`]);
  });

  it('approves a tag that points at the approved merge commit', async () => {
    expect(codesOf(await gate(gateScenario(), { ref: 'refs/tags/v1.0.0' }))).toEqual([]);
  });

  it('refuses a build of an unprotected branch', async () => {
    const s = gateScenario();
    const codes = codesOf(await gate(s, { ref: 'refs/heads/feature-8', commit: s.unmerged }));
    expect(codes).toContain('GATE_NOT_ON_PROTECTED_BRANCH');
  });

  it('refuses a tag on an unmerged commit', async () => {
    const s = gateScenario();
    const decision = await gate(s, { ref: 'refs/tags/v9.9.9', commit: s.unmerged });
    expect(codesOf(decision)).toEqual(expect.arrayContaining(['GATE_NOT_ON_PROTECTED_BRANCH', 'GATE_NO_MERGED_PULL_REQUEST']));
    expect(decision.outcome === 'refused' && decision.reasons[0]!.message).toContain(`tag refs/tags/v9.9.9 at ${s.unmerged} is not reachable from main`);
  });

  it('refuses a merged pull request whose guard check came from another app', async () => {
    expect(codesOf(await gate(gateScenario({ guardAppId: OTHER_APP_ID })))).toEqual(['GATE_GUARD_CHECK_WRONG_APP']);
  });

  it('refuses when the only allowed verdict was posted after the merge (a re-run against a base that already holds the change)', async () => {
    const s = gateScenario();
    s.repo.seededCheckRuns.splice(0, 1, { ...s.repo.seededCheckRuns[0]!, completedAt: '2026-02-01T00:00:00Z' });
    expect(codesOf(await gate(s))).toEqual(['GATE_GUARD_CHECK_AFTER_MERGE']);
  });

  it('refuses the allowed verdict of another pull request with the same head into a looser branch (the latest check run on the head)', async () => {
    const s = gateScenario();
    const dev = s.repo.commit({ 'README.md': '# app\n' });
    s.repo.branch('dev', dev);
    s.repo.pullRequest({ number: 10, base: 'dev', head: s.head });
    const text = formatGuardEvidence({ version: 2, pullRequest: 10, baseRef: 'dev', baseSha: dev, headSha: s.head, outcome: 'allowed', approvers: [], policies: [{ layer: 'repository', blobSha: null }] });
    s.repo.seededCheckRuns.push({ ...s.repo.seededCheckRuns[0]!, id: 9002, text });
    const decision = await gate(s);
    expect(codesOf(decision)).toEqual(['GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST']);
    expect(decision.outcome === 'refused' && decision.reasons[0]!.message).toContain('judged pull request #10 into "dev": expected #7 into "main"');
  });

  it('refuses a merge that bypassed the rulesets, naming who bypassed', async () => {
    const decision = await gate(gateScenario({ bypass: true }));
    expect(codesOf(decision)).toEqual(['GATE_MERGE_BYPASSED']);
    expect(decision.outcome === 'refused' && decision.reasons[0]!.message).toContain('by org-admin');
  });

  it.each(['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment'])('refuses a %s-triggered build before any API call', async (eventName) => {
    expect(codesOf(await gate(gateScenario(), { eventName }))).toEqual(['GATE_EVENT_REFUSED']);
    expect(server!.requests).toEqual([]);
  });

  it.each<[string, Fault]>([
    ['compare answering 502', { route: routes.COMPARE_COMMITS, kind: 'bad-gateway', times: Infinity }],
    ['the branch read answering 404', { route: routes.GET_BRANCH, kind: 'not-found', times: Infinity }],
    ['the commit pulls list answering 500', { route: routes.LIST_COMMIT_PULLS, kind: 'server-error', times: Infinity }],
    ['the pull request read answering 404', { route: routes.GET_PULL_REQUEST, kind: 'not-found', times: Infinity }],
    ['the check runs answering 403', { route: routes.LIST_CHECK_RUNS_FOR_REF, kind: 'forbidden', times: Infinity }],
    ['the check runs answering with a body that is not JSON', { route: routes.LIST_CHECK_RUNS_FOR_REF, kind: 'not-json', times: Infinity }],
    ['the rule suites answering 403 (no administration permission)', { route: routes.LIST_RULE_SUITES, kind: 'forbidden', times: Infinity }],
  ])('refuses when %s (API fault)', async (_, fault) => {
    const decision = await gate(gateScenario(), {}, [fault]);
    expect(codesOf(decision)).toContain('GATE_FACT_UNAVAILABLE');
  });

  it('refuses when the rule suites come back cut short, hiding the merge: a bypass cannot be ruled out', async () => {
    const decision = await gate(gateScenario(), {}, [{ route: routes.LIST_RULE_SUITES, kind: 'truncated-page', times: Infinity }]);
    expect(codesOf(decision)).toEqual(['GATE_BYPASS_UNKNOWN']);
  });
});
