import { describeThrown } from '@ringfence/core';
import type { TokenRevoker } from '@ringfence/token';

/**
 * Revokes a helper token (policy reader, name resolver) once its read is done. It was never
 * output, so a failure is a note for the summary, not a failure of the step.
 */
export async function revokeQuietly(revoker: TokenRevoker, token: string, purpose: string, notes: string[]): Promise<void> {
  try {
    await revoker.revokeToken(token);
  } catch (error) {
    notes.push(`${purpose} token (never output) could not be revoked and expires within the hour: ${describeThrown(error)}`);
  }
}
