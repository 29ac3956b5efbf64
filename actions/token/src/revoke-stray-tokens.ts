import { hashToken } from '@ringfence/token';
import { revokeAtEnd } from './revoke-at-end.js';
import type { RevokeOptions } from './revoke-at-end.js';

/**
 * Revokes, best effort, the tokens a broker's refusal carried (already masked): a token is
 * live whatever status came with it, and the job was never given it to revoke later. Each
 * outcome becomes a note for the summary, naming the token by its hash only.
 */
export async function revokeStrayTokens(tokens: readonly string[], apiUrl: string, notes: string[], options: RevokeOptions = {}): Promise<void> {
  for (const token of tokens) {
    const revoked = await revokeAtEnd({ token, expiresAt: undefined, installationId: undefined, apiUrl }, options);
    const what = revoked.outcome === 'unrevoked' ? `could not be revoked (${revoked.reason}) and stays valid until it expires, within the hour` : revoked.outcome === 'revoked' ? 'was revoked' : 'was already invalid';
    notes.push(`the broker's refusal carried a token (sha256 base64 ${hashToken(token)}), which was not used: it ${what}; tell the broker's operators`);
  }
}
