import { describeThrown } from '@ringfence/core';
import { createGitHubClient } from '@ringfence/github';
import type { BrokerTokenInputs, TokenReport } from '@ringfence/runner';
import { TokenExchangeError, TokenMintError, checkAudience, checkExchangedToken, exchangeIdToken, hashToken, parseBrokerUrl } from '@ringfence/token';
import type { TokenRequest } from '@ringfence/token';
import { describeFailure } from './describe-failure.js';
import { describeBrokerRefusal } from './describe-broker-refusal.js';
import { checkReachAtGitHub } from './check-reach-at-github.js';
import type { ReachCheckOptions } from './check-reach-at-github.js';
import { revokeAtEnd } from './revoke-at-end.js';
import { revokeStrayTokens } from './revoke-stray-tokens.js';
import { refuseMalformed } from './run-token.js';

/** Transport settings for tests; the action passes none. */
export interface BrokerRunOptions extends ReachCheckOptions {
  readonly timeoutMs?: number;
}

/**
 * The token action in broker mode: the job's OIDC ID token for the broker's audience is
 * exchanged for an installation token of exactly the request (the broker decides by the org
 * policy and mints from its own App, so the repository holds no App key). The token is
 * masked as it arrives, held to the request, by the broker's answer and by GitHub's own list
 * of the repositories it reaches (anything broader or longer-lived is revoked through GitHub
 * and fails the step), and reported like an App mode token.
 */
export async function runBrokerToken(inputs: BrokerTokenInputs, options: BrokerRunOptions = {}): Promise<TokenReport> {
  const notes: string[] = [];
  try {
    return await exchange(inputs, options, notes);
  } catch (error) {
    return { ...describeFailure(error), explanation: undefined, notes };
  }
}

async function exchange(inputs: BrokerTokenInputs, options: BrokerRunOptions, notes: string[]): Promise<TokenReport> {
  const malformed = refuseMalformed(inputs.permissions);
  if (malformed) return { outcome: 'refused', code: malformed.code, message: malformed.message, explanation: undefined, notes };
  const base = parseBrokerUrl(inputs.brokerUrl);
  const audience = checkAudience(inputs.audience);
  const expectedIds = inputs.repositoryIds.length > 0 ? inputs.repositoryIds : [ownRepositoryId(inputs)];
  const request: TokenRequest = { ...(inputs.repositoryIds.length > 0 ? { repositories: inputs.repositoryIds } : {}), permissions: inputs.permissions };
  const call = { base, request, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) };
  const answer = await exchangeIdToken({ ...call, idToken: await requestIdToken(inputs, audience) }, inputs.mask);
  if (answer.outcome === 'refused') {
    await revokeStrayTokens(answer.strayTokens, inputs.apiUrl, notes);
    return { ...(await describeBrokerRefusal(answer, { ...call, idToken: () => requestIdToken(inputs, audience) })), notes };
  }
  const checked = checkExchangedToken(answer.body, { repositoryIds: expectedIds, permissions: inputs.permissions }, Date.now());
  // The broker's list of repositories is its word; GitHub's, asked with the token, decides.
  const problem = 'problem' in checked ? checked.problem : await checkReachAtGitHub(createGitHubClient({ token: answer.token, baseUrl: inputs.apiUrl, retries: 2, retryDelayMs: 500, timeoutMs: 10_000 }), expectedIds, options);
  if (problem !== undefined || 'problem' in checked) {
    const revoked = await revokeAtEnd({ token: answer.token, expiresAt: undefined, installationId: undefined, apiUrl: inputs.apiUrl });
    const what = revoked.outcome === 'revoked' || revoked.outcome === 'already-invalid' ? 'it was revoked at once' : `revoking it failed (${revoked.outcome === 'unrevoked' ? revoked.reason : revoked.outcome}): it stays valid until it expires, within the hour`;
    throw new TokenExchangeError('TOKEN_BROADER_THAN_REQUESTED', `the broker's token cannot be used: ${problem ?? 'its answer does not hold'}; ${what}`);
  }
  const { token } = checked;
  return {
    outcome: 'granted',
    token: answer.token,
    expiresAt: token.expiresAt,
    permissions: token.permissions,
    repositories: token.repositoryIds,
    installationId: '',
    hashedToken: hashToken(answer.token),
    rule: `the broker at ${base.origin} (request ${answer.requestId ?? 'without id'}; its audit log names the rule)`,
    revokeInPost: !inputs.skipTokenRevoke,
    notes,
  };
}

// A request without repositories is for the job's own repository, which the answer is held to.
function ownRepositoryId(inputs: BrokerTokenInputs): string {
  if (inputs.repositoryId !== undefined && /^[1-9][0-9]*$/u.test(inputs.repositoryId)) return inputs.repositoryId;
  throw new TokenMintError('TOKEN_INPUT_INVALID', 'GITHUB_REPOSITORY_ID is not set (an older GitHub Enterprise Server): give the repository id in input repositories');
}

// The runner hands an ID token only to jobs granted `id-token: write`; say so, not just "failed".
async function requestIdToken(inputs: BrokerTokenInputs, audience: string): Promise<string> {
  try {
    const idToken = await inputs.requestIdToken(audience);
    inputs.mask(idToken);
    return idToken;
  } catch (error) {
    throw new TokenExchangeError('TOKEN_ID_TOKEN_UNAVAILABLE', `the runner gave this job no OIDC ID token (${describeThrown(error).slice(0, 300)}): add \`permissions: id-token: write\` to the job (or the workflow); jobs of pull requests from forks never get one`, { cause: error });
  }
}
