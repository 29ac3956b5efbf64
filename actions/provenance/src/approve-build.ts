import { describeThrown } from '@ringfence/core';
import { GitHubGateFacts, createGitHubClient, readRepository } from '@ringfence/github';
import type { GitHubClient, RepoRef } from '@ringfence/github';
import { GUARD_CHECK_NAME, gateVerdict, refuseEvent, refuseGuardApp, runGate } from '@ringfence/provenance';
import type { GateRequest, GateSettings, ProvenanceVerdict, WorkflowRun } from '@ringfence/provenance';
import type { ApprovalGateInputs } from '@ringfence/runner';

/**
 * The approval gate before signing: the run's event, ref and commit (from the verified
 * token when signing keylessly) must be approved, merged source, or nothing is signed.
 * Returns the gate's verdict: `allowed` with the evidence to record, else every reason.
 */
export async function approveBuild(gate: ApprovalGateInputs, run: WorkflowRun, environment: string | undefined): Promise<ProvenanceVerdict> {
  const request: GateRequest = { eventName: run.eventName, ref: run.ref, commit: run.sha, environment };
  const settings: GateSettings = { guardAppId: gate.guardAppId, bypassCheck: gate.bypassCheck, protectedBranch: gate.protectedBranch };
  const early = refuseEvent(request) ?? refuseGuardApp(gate.guardAppId);
  if (early) return gateVerdict(request, settings, early);
  const [owner = '', name = ''] = run.repository.split('/');
  const repo: RepoRef = { owner, repo: name };
  const client = createGitHubClient({ token: gate.githubToken, baseUrl: gate.apiUrl });
  const rulesClient = gate.rulesToken === gate.githubToken ? client : createGitHubClient({ token: gate.rulesToken, baseUrl: gate.apiUrl });
  const branch = gate.protectedBranch === undefined ? await defaultBranch(client, repo) : { ok: true as const, value: gate.protectedBranch };
  if (!branch.ok) return gateVerdict(request, settings, { outcome: 'refused', reasons: [{ code: 'GATE_FACT_UNAVAILABLE', message: branch.problem }] });
  const protectedBranch = branch.value;
  const facts = new GitHubGateFacts(client, repo, rulesClient);
  const decision = await runGate({ comparer: facts, pullRequests: facts, checkRuns: facts, ruleSuites: facts }, request, { guardAppId: gate.guardAppId, protectedBranch, bypassCheck: gate.bypassCheck, guardCheckName: GUARD_CHECK_NAME });
  return gateVerdict(request, { ...settings, protectedBranch }, decision);
}

// The repository's default branch, or why it could not be read (the gate then refuses: it cannot know what is protected).
async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<{ ok: true; value: string } | { ok: false; problem: string }> {
  try {
    return { ok: true, value: (await readRepository(client, repo)).defaultBranch };
  } catch (error) {
    return { ok: false, problem: `cannot read the default branch of ${repo.owner}/${repo.repo} (set \`protected-branch\`): ${describeThrown(error)}` };
  }
}
