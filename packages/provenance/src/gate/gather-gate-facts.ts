import { describeThrown } from '@ringfence/core';
import { mergedPullRequestsOf } from './choose-pull-request.js';
import type { GateConfig, GateRequest } from './gate-config.js';
import type { Fact, GateFacts } from './gate-facts.js';
import type { GateDeps } from './ports.js';

/**
 * Reads what the gate decides from. A failed read becomes a problem in its fact (the
 * decision refuses on it), never an exception that could skip a check. The guard's check
 * runs are read only once exactly one merged pull request is known.
 */
export async function gatherGateFacts(deps: GateDeps, request: GateRequest, config: GateConfig): Promise<GateFacts> {
  const [reachability, pullRequests, ruleSuites] = await Promise.all([
    attempt(() => deps.comparer.compareWithBranch(config.protectedBranch, request.commit)),
    attempt(() => deps.pullRequests.listPullRequestsOfCommit(request.commit)),
    config.bypassCheck === 'off' ? Promise.resolve(undefined) : attempt(() => deps.ruleSuites.listRuleSuites(`refs/heads/${config.protectedBranch}`)),
  ]);
  const merged = pullRequests.ok ? mergedPullRequestsOf(pullRequests.value, request.commit, config.protectedBranch) : [];
  const [pull] = merged;
  const guardRuns = merged.length === 1 && pull ? await attempt(() => deps.checkRuns.listCheckRuns(pull.headSha, config.guardCheckName)) : undefined;
  return { reachability, pullRequests, ...(guardRuns ? { guardRuns } : {}), ...(ruleSuites ? { ruleSuites } : {}) };
}

async function attempt<T>(read: () => Promise<T>): Promise<Fact<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, problem: describeThrown(error) };
  }
}
