import { afterEach, describe, expect, it } from '@jest/globals';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import { compact, strangerSigner } from './hand-issuer.js';
import type { BrokerStack } from './stack.js';
import { AUDIENCE, startBrokerStack } from './stack.js';

const stacks: BrokerStack[] = [];
async function stack(...args: Parameters<typeof startBrokerStack>): Promise<BrokerStack> {
  const started = await startBrokerStack(...args);
  stacks.push(started);
  return started;
}
afterEach(async () => {
  for (const started of stacks.splice(0)) await started.close();
});

const jwksFetches = (s: BrokerStack) => s.issuer.requests.filter((path) => path === '/.well-known/jwks').length;

describe('issuer keys rotate without downtime and are never fetched on a caller\'s say-so', () => {
  it('accepts a token under a new key once the cooldown allows a refetch, and refuses one under the dropped key', async () => {
    const s = await stack();
    expect((await s.call('/v1/exchange', { token: await s.mint() })).status).toBe(200);
    const underOldKey = await s.mint();
    await s.issuer.rotateKey();
    s.clock.advance(31);
    expect((await s.call('/v1/exchange', { token: await s.mint() })).status).toBe(200);
    const old = await s.call('/v1/exchange', { token: underOldKey });
    expect([old.status, s.auditOf(old).reason]).toEqual([401, 'ID_TOKEN_KID_UNKNOWN']);
    expect(jwksFetches(s)).toBe(2);
  });

  it('fetches the key set at most once per cooldown for a flood of unknown kids', async () => {
    const s = await stack();
    expect((await s.call('/v1/exchange', { token: await s.mint() })).status).toBe(200);
    const payload = JSON.parse(Buffer.from((await s.mint()).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const signer = strangerSigner();
    s.clock.advance(31);
    for (let i = 0; i < 20; i++) {
      const forged = compact({ alg: 'RS256', typ: 'JWT', kid: `made-up-${i}` }, { ...payload, iat: Math.floor(s.clock.now() / 1000) }, signer);
      expect(s.auditOf(await s.call('/v1/exchange', { token: forged })).reason).toBe('ID_TOKEN_KID_UNKNOWN');
    }
    expect(jwksFetches(s)).toBe(2);
  });
});

describe('an issuer outage', () => {
  it('is ridden out on cached keys, counted in the metrics, until the keys are too stale', async () => {
    const s = await stack();
    expect((await s.call('/v1/exchange', { token: await s.mint() })).status).toBe(200);
    await s.issuer.close();
    s.clock.advance(700);
    const served = await s.call('/v1/exchange', { token: await s.mint() });
    expect(served.status).toBe(200);
    const metrics = await (await fetch(`${s.broker.url}/metrics`)).text();
    expect(metrics).toContain('ringfence_broker_jwks_fetches_total{result="error"} 1');
    expect(metrics).toMatch(/^ringfence_broker_jwks_stale_total [1-9]/mu);
    s.clock.advance(86_400);
    const stale = await s.call('/v1/exchange', { token: await s.mint() });
    expect([stale.status, stale.json['error'], s.auditOf(stale).reason]).toEqual([503, 'unavailable', 'ISSUER_UNAVAILABLE']);
  });

  it('fails closed when no key was ever fetched', async () => {
    const issuer = await startOidcIssuer({ audience: AUDIENCE });
    const s = await stack({ issuer });
    const token = await s.mint();
    await issuer.close();
    const reply = await s.call('/v1/exchange', { token });
    expect([reply.status, reply.json['error'], s.auditOf(reply).reason]).toEqual([503, 'unavailable', 'ISSUER_UNAVAILABLE']);
    expect(s.minter.grants).toEqual([]);
  });
});
