import { describeThrown, redactSecrets } from '@ringfence/core';
import { BrokerError } from '../errors.js';
import type { MintedAnswer, MintGrant, TokenMinter } from '../ports.js';

/** A minted token; `revoke` withdraws it (true when the minter confirmed). */
export interface MintResult {
  readonly answer: MintedAnswer;
  revoke(): Promise<boolean>;
}

/**
 * Asks the minter for exactly the grant, within `timeoutMs`. An answer that arrives after
 * the timeout is revoked when it comes. Throws MINT_FAILED or MINT_TIMEOUT; the caller
 * checks the answer (`findBroader`).
 */
export async function mintToken(minter: TokenMinter, grant: MintGrant, timeoutMs: number): Promise<MintResult> {
  const minting = minter.mint(grant);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  let answer: MintedAnswer | 'timeout';
  try {
    answer = await Promise.race([minting, timeout]);
  } catch (error) {
    throw new BrokerError('MINT_FAILED', `the minter failed: ${redactSecrets(describeThrown(error))}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (answer === 'timeout') {
    void minting.then((late) => revokeQuietly(minter, late.token), () => undefined);
    throw new BrokerError('MINT_TIMEOUT', `the minter did not answer within ${timeoutMs} ms`);
  }
  const minted = answer;
  return { answer: minted, revoke: () => revokeQuietly(minter, minted.token) };
}

// Revocation is best effort: the reason the token is withdrawn is what the caller hears.
async function revokeQuietly(minter: TokenMinter, token: unknown): Promise<boolean> {
  if (!minter.revoke || typeof token !== 'string' || token === '') return false;
  return minter.revoke(token).then(() => true, () => false);
}
