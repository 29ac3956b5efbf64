import { GitHubApp } from '@ringfence/github';
import type { GitHubAppOptions } from '@ringfence/github';
import type { TokenInputs, TokenReport } from '@ringfence/runner';
import { describeThrown } from '@ringfence/core';
import { TokenMintError, createAppJwtSigner, decideToken, explainTokenRequest, formatExplanation, hashToken, mintToken } from '@ringfence/token';
import type { MintDeps, Refusal, TokenPolicy, TokenRequest } from '@ringfence/token';
import { checkReachAtGitHub } from './check-reach-at-github.js';
import { describeFailure } from './describe-failure.js';
import { readOrgTokenPolicy } from './read-org-policy.js';
import { resolveRepositories } from './resolve-repositories.js';

/** Transport settings for tests (a loopback fetch, short waits); the action passes none. */
export type TokenRunOptions = Partial<Omit<GitHubAppOptions, 'jwt' | 'baseUrl' | 'token'>>;

/**
 * The token action: decide the request (inputs) for this job (the runner's values under
 * claim names) against the org policy (read through the API), then mint exactly what was
 * decided, check GitHub's answer (and GitHub's list of the repositories the token reaches,
 * asked with the token) and hand the token to the report. Refused: nothing is
 * minted for the job. Any failure is a failed report, never a token.
 */
export async function runToken(inputs: TokenInputs, options: TokenRunOptions = {}): Promise<TokenReport> {
  const notes: string[] = [];
  try {
    return await decideAndMint(inputs, options, notes);
  } catch (error) {
    return { ...describeFailure(error), explanation: undefined, notes };
  }
}

async function decideAndMint(inputs: TokenInputs, options: TokenRunOptions, notes: string[]): Promise<TokenReport> {
  const malformed = refuseMalformed(inputs.permissions);
  if (malformed) return { outcome: 'refused', code: malformed.code, message: malformed.message, explanation: undefined, notes };
  if (!inputs.orgPolicy) throw new TokenMintError('TOKEN_INPUT_INVALID', 'input org-policy is required (owner/repo/path@ref): without a policy nothing can be granted');
  const signer = createAppJwtSigner({ issuer: inputs.issuer, privateKey: inputs.privateKey });
  const app = new GitHubApp({ ...options, baseUrl: inputs.apiUrl, jwt: signer });
  const deps: MintDeps = { installations: app, issuer: app, revoker: app, mask: inputs.mask };
  const [org, repositories] = await Promise.all([readOrgTokenPolicy(inputs.orgPolicy, app, deps, notes), resolveRepositories(inputs, app, deps, notes)]);
  const request: TokenRequest = { repositories: repositories.ids, permissions: inputs.permissions };
  const explanation = explainTokenRequest(org.policy, inputs.claims, request, { hostRepositoryId: org.hostRepositoryId });
  const { decision } = explanation;
  if (decision.outcome === 'refused') return { outcome: 'refused', code: decision.refusal.code, message: describeRefusal(decision.refusal), explanation: formatExplanation(explanation), notes };
  const minted = await mintToken({ installation: { kind: 'repository', owner: inputs.owner, repo: repositories.names[0]! }, repositories: { ids: decision.token.repositoryIds }, permissions: decision.token.permissions }, deps);
  await holdReachToRequest(app, minted.token, decision.token.repositoryIds);
  const { rule } = decision;
  return {
    outcome: 'granted',
    token: minted.token,
    expiresAt: minted.expiresAt,
    permissions: minted.permissions,
    repositories: (minted.repositories ?? []).map((r) => r.name),
    installationId: minted.installationId,
    hashedToken: minted.hashedToken,
    rule: `rule ${rule.name} (${rule.layer}, ${rule.origin})`,
    revokeInPost: !inputs.skipTokenRevoke,
    notes,
  };
}

// GitHub's mint answer lists the repositories; its listing for the token itself must agree.
async function holdReachToRequest(app: GitHubApp, token: string, expectedIds: readonly string[]): Promise<void> {
  const problem = await checkReachAtGitHub(app.installationClient(token), expectedIds);
  if (problem === undefined) return;
  const revoked = await app.revokeToken(token).then((outcome) => `it was ${outcome === 'revoked' ? 'revoked at once' : 'already invalid'}`, (error: unknown) => `revoking it failed (${describeThrown(error)}): it stays valid until it expires, within the hour`);
  throw new TokenMintError('TOKEN_BROADER_THAN_REQUESTED', `the minted token (sha256 base64 ${hashToken(token)}) cannot be used: ${problem}; ${revoked}`);
}

const NO_POLICY: TokenPolicy = { file: undefined, ceiling: {}, protectedRefs: [], protectedRefsSource: 'policy', protectedRepositories: [], rules: [] };
const REQUEST_CODES = new Set(['TOKEN_EMPTY_REQUEST', 'TOKEN_UNKNOWN_PERMISSION', 'TOKEN_UNKNOWN_LEVEL']);

/** Permission inputs that no policy could grant, refused before anything is sent (both modes). */
export function refuseMalformed(permissions: Readonly<Record<string, string>>): Refusal | undefined {
  const decision = decideToken({ repositories: ['1'], permissions }, { claims: {}, hostRepositoryId: '1' }, NO_POLICY);
  if (decision.outcome !== 'refused' || !REQUEST_CODES.has(decision.refusal.code)) return undefined;
  const input = decision.refusal.permission ? ` (input permission-${decision.refusal.permission.name.replace(/_/gu, '-')})` : '';
  const hint = decision.refusal.code === 'TOKEN_EMPTY_REQUEST' ? ': set at least one permission-<name> input' : '';
  return { ...decision.refusal, message: `${decision.refusal.message}${input}${hint}` };
}

// The refusal, with where its rule is written; App mode cannot see two claims rules may need.
function describeRefusal(refusal: Refusal): string {
  const rule = refusal.rule ?? refusal.closest?.rule;
  const where = rule ? ` [rule ${rule.name} at ${rule.origin}]` : '';
  const blind = refusal.closest?.mismatches.find((m) => m.found === undefined && (m.field === 'job_workflow_ref' || m.field === 'environment'));
  const note = blind ? `; in App mode the runner does not expose ${blind.field}, so rules that need it match only through the broker (OIDC)` : '';
  return `${refusal.message}${where}${note}`;
}
