import { describeThrown } from '@ringfence/core';
import { createGitHubClient, revokeInstallationToken } from '@ringfence/github';
import type { GitHubClientOptions } from '@ringfence/github';
import type { RevocationReport, TokenPostInputs } from '@ringfence/runner';
import { hashToken } from '@ringfence/token';

/** Transport settings for tests; the post step passes none. */
export type RevokeOptions = Partial<Omit<GitHubClientOptions, 'token' | 'baseUrl'>>;

/**
 * The post step: revokes the token the main step minted, against `GITHUB_API_URL`. The
 * DELETE is always sent, whatever `expires_at` says: that time is the broker's or GitHub's
 * word read on the runner's clock, and a wrong one (a broker bug, clock skew) must not leave
 * a live token unrevoked. GitHub's 401 means the token is already invalid (expired or
 * revoked). A revocation that fails is reported as an `unrevoked` event (with the token's
 * hash, never the token) and a warning, never a failed job.
 */
export async function revokeAtEnd(inputs: TokenPostInputs, options: RevokeOptions = {}): Promise<RevocationReport> {
  if (inputs.token === undefined) return { outcome: 'nothing-to-revoke' };
  const hashedToken = hashToken(inputs.token);
  try {
    const client = createGitHubClient({ retries: 2, retryDelayMs: 500, timeoutMs: 10_000, ...options, token: inputs.token, baseUrl: inputs.apiUrl });
    return { outcome: await revokeInstallationToken(client), hashedToken, expiresAt: inputs.expiresAt };
  } catch (error) {
    const reason = describeThrown(error);
    const event = { event: 'ringfence.token.unrevoked', hashed_token: hashedToken, expires_at: inputs.expiresAt ?? null, installation_id: inputs.installationId ?? null, api_url: inputs.apiUrl, reason, at: new Date().toISOString() };
    return { outcome: 'unrevoked', reason, event };
  }
}
