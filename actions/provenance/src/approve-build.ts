import { describeThrown } from '@ringfence/core';
import { GitHubGateFacts, createGitHubClient, readRepository } from '@ringfence/github';
import type { GitHubClient, RepoRef } from '@ringfence/github';
import { GUARD_CHECK_NAME, ProvenanceError, refuseEvent, refuseGuardApp, runGate } from '@ringfence/provenance';
import type { ApprovalEvidence, GateRefusal, GateRequest, WorkflowRun } from '@ringfence/provenance';
import type { ApprovalGateInputs } from '@ringfence/runner';

/**
 * The approval gate before signing: the run's event, ref and commit (from the verified
 * token when signing keylessly) must be approved, merged source, or nothing is signed.
 * Returns the evidence to record; throws PROVENANCE_GATE_REFUSED with every reason.
 */
export async function approveBuild(gate: ApprovalGateInputs, run: WorkflowRun, environment: string | undefined): Promise<ApprovalEvidence> {
  const request: GateRequest = { eventName: run.eventName, ref: run.ref, commit: run.sha, environment };
  const early = refuseEvent(request) ?? refuseGuardApp(gate.guardAppId);
  if (early) throw refusal(early);
  const [owner = '', name = ''] = run.repository.split('/');
  const repo: RepoRef = { owner, repo: name };
  const client = createGitHubClient({ token: gate.githubToken, baseUrl: gate.apiUrl });
  const rulesClient = gate.rulesToken === gate.githubToken ? client : createGitHubClient({ token: gate.rulesToken, baseUrl: gate.apiUrl });
  const protectedBranch = gate.protectedBranch ?? (await defaultBranch(client, repo));
  const facts = new GitHubGateFacts(client, repo, rulesClient);
  const decision = await runGate({ comparer: facts, pullRequests: facts, checkRuns: facts, ruleSuites: facts }, request, { guardAppId: gate.guardAppId, protectedBranch, bypassCheck: gate.bypassCheck, guardCheckName: GUARD_CHECK_NAME });
  if (decision.outcome === 'refused') throw refusal(decision);
  return decision.evidence;
}

async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  try {
    return (await readRepository(client, repo)).defaultBranch;
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_GATE_REFUSED', `approval gate refused: GATE_FACT_UNAVAILABLE: cannot read the default branch of ${repo.owner}/${repo.repo} (set \`protected-branch\`): ${describeThrown(error)}`, { cause: error });
  }
}

function refusal(decision: GateRefusal): ProvenanceError {
  return new ProvenanceError('PROVENANCE_GATE_REFUSED', `approval gate refused, nothing signed: ${decision.reasons.map((r) => `${r.code}: ${r.message}`).join('; ')}`);
}
