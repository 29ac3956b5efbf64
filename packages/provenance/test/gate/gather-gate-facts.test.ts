import { describe, expect, it } from '@jest/globals';
import { gatherGateFacts } from '../../src/gate/gather-gate-facts.js';
import type { GateConfig, GateRequest } from '../../src/gate/gate-config.js';
import type { PullRequestFact } from '../../src/gate/gate-facts.js';
import type { GateDeps } from '../../src/gate/ports.js';
import { runGate } from '../../src/gate/run-gate.js';

const MERGE = 'a'.repeat(40);
const CONFIG: GateConfig = { guardAppId: 1, protectedBranch: 'main', bypassCheck: 'rule-suites', guardCheckName: 'ringfence/guard' };
const REQUEST: GateRequest = { eventName: 'push', ref: 'refs/heads/main', commit: MERGE };
const PULL: PullRequestFact = { number: 7, merged: true, mergeCommitSha: MERGE, headSha: 'b'.repeat(40), baseRef: 'main', mergedAt: '2026-01-02T00:00:00Z' };

// In-memory answers for the four ports, recording what was asked.
function deps(pulls: readonly PullRequestFact[], overrides: Partial<GateDeps> = {}): { deps: GateDeps; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    deps: {
      comparer: { compareWithBranch: (branch, commit) => (asked.push(`compare ${branch}...${commit}`), Promise.resolve('identical')) },
      pullRequests: { listPullRequestsOfCommit: (commit) => (asked.push(`pulls ${commit}`), Promise.resolve(pulls)) },
      checkRuns: { listCheckRuns: (commit, name) => (asked.push(`checks ${name} ${commit}`), Promise.resolve([])) },
      ruleSuites: { listRuleSuites: (ref) => (asked.push(`suites ${ref}`), Promise.resolve([])) },
      ...overrides,
    },
  };
}

describe('gatherGateFacts', () => {
  it('reads the guard check on the final head of the one merged pull request, and the rule suites of the branch', async () => {
    const { deps: d, asked } = deps([PULL]);
    await gatherGateFacts(d, REQUEST, CONFIG);
    expect(asked.sort()).toEqual([`checks ringfence/guard ${PULL.headSha}`, `compare main...${MERGE}`, `pulls ${MERGE}`, 'suites refs/heads/main']);
  });

  it('reads no check runs without exactly one merged pull request, and no rule suites when the check is off', async () => {
    const { deps: d, asked } = deps([PULL, { ...PULL, number: 8 }]);
    const facts = await gatherGateFacts(d, REQUEST, { ...CONFIG, bypassCheck: 'off' });
    expect(asked.some((a) => a.startsWith('checks') || a.startsWith('suites'))).toBe(false);
    expect([facts.guardRuns, facts.ruleSuites]).toEqual([undefined, undefined]);
  });

  it('turns a failed read (a rejection or a synchronous throw) into a fact with its problem, never an exception', async () => {
    const { deps: d } = deps([PULL], { comparer: { compareWithBranch: () => Promise.reject(new Error('GitHub answered 502')) }, ruleSuites: { listRuleSuites: () => { throw new Error('403 Resource not accessible by integration'); } } });
    const facts = await gatherGateFacts(d, REQUEST, CONFIG);
    expect(facts.reachability).toEqual({ ok: false, problem: 'GitHub answered 502' });
    expect(facts.ruleSuites).toEqual({ ok: false, problem: '403 Resource not accessible by integration' });
  });

  it('runGate asks nothing for a refused event', async () => {
    const { deps: d, asked } = deps([PULL]);
    const decision = await runGate(d, { ...REQUEST, eventName: 'pull_request_target' }, CONFIG);
    expect(decision.outcome).toBe('refused');
    expect(asked).toEqual([]);
  });
});
