import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrokerStack } from './stack.js';
import { startBrokerStack } from './stack.js';

/**
 * The issuer rotates its signing key the way GitHub does: the next key is published ahead
 * of its use, signing moves to it while the old one stays published, then the old one is
 * retired. Exchanges succeed at every step, tokens signed before the switch included, and
 * the broker needs no fetch on a caller's unknown kid to get there.
 */
let s: BrokerStack;
beforeAll(async () => {
  s = await startBrokerStack();
});
afterAll(() => s.close());

const jwksFetches = () => s.issuer.requests.filter((path) => path === '/.well-known/jwks').length;
const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
const exchange = async (token: string) => (await s.call('/v1/exchange', { token })).status;

describe('a rotation of the issuer\'s key without downtime', () => {
  it('serves every exchange while the next key is published, used, and the old one retired', async () => {
    const underOld = await s.mint();
    expect(await exchange(underOld)).toBe(200);

    await s.issuer.publishNextKey();
    expect(await exchange(await s.mint())).toBe(200);
    // The broker's cache expires (jwks_cache_seconds, 600) and it learns the next key.
    s.clock.advance(601);
    expect(await exchange(await s.mint())).toBe(200);
    expect(jwksFetches()).toBe(2);

    const inFlight = await s.mint();
    await s.issuer.rotateKey({ keepPrevious: true });
    const underNew = await s.mint();
    expect(kidOf(underNew)).not.toBe(kidOf(underOld));
    expect(await exchange(underNew)).toBe(200);
    // Signed under the old key just before the switch: accepted while that key is published.
    expect(kidOf(inFlight)).toBe(kidOf(underOld));
    expect(await exchange(inFlight)).toBe(200);
    expect(jwksFetches()).toBe(2);

    s.issuer.retirePreviousKeys();
    s.clock.advance(601);
    expect(await exchange(await s.mint())).toBe(200);
    expect(jwksFetches()).toBe(3);
    expect(s.minter.grants).toHaveLength(6);
  });
});
