// Several broker instances behind one load balancer share their replay cache and call counts
// through a real redis-server on loopback; when Redis cannot answer, every call is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadBrokerConfig, startBroker } from '@ringfence/broker';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { redisServerAvailable, startRedis } from '../../servers/redis/index.js';
import type { RedisServer } from '../../servers/redis/index.js';
import type { BrokerStack } from './stack.js';
import { AUDIENCE, RecordingMinter, startBrokerStack } from './stack.js';

const describeWithRedis = redisServerAvailable() ? describe : describe.skip;

// Each pair of instances gets its own key prefix: counts and spent tokens never leak between tests.
function sharedStores(redis: RedisServer, options: { replay?: string; rateLimit?: string; perRepository?: number; global?: number; timeoutMs?: number } = {}): { stores: string; config: string } {
  const prefix = `t${randomUUID().slice(0, 8)}:`;
  const limits = [`per_repository_per_minute: ${options.perRepository ?? 10_000}`, ...(options.global === undefined ? [] : [`global_per_minute: ${options.global}`])].join(', ');
  return {
    stores: `stores: { replay: { kind: ${options.replay ?? 'redis'} }, rate_limit: { kind: ${options.rateLimit ?? 'redis'} }, audit: { kind: memory } }`,
    config: `redis: { url: "${redis.url}", key_prefix: "${prefix}", timeout_ms: ${options.timeoutMs ?? 1000} }\nlimits: { ${limits} }\n`,
  };
}

describeWithRedis('two instances sharing one Redis', () => {
  let redis: RedisServer;
  let issuer: OidcIssuer;
  const stacks: BrokerStack[] = [];
  const pair = async (options: Parameters<typeof sharedStores>[1] = {}, server = redis): Promise<[BrokerStack, BrokerStack]> => {
    const shared = sharedStores(server, options);
    const a = await startBrokerStack({ issuer, ...shared });
    stacks.push(a);
    const b = await startBrokerStack({ issuer, ...shared });
    stacks.push(b);
    return [a, b];
  };

  beforeAll(async () => {
    redis = await startRedis();
    issuer = await startOidcIssuer({ audience: AUDIENCE });
  });
  afterEach(async () => {
    await Promise.all(stacks.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await redis.close();
    await issuer.close();
  });

  it('refuses an ID token on instance B that instance A already exchanged', async () => {
    const [a, b] = await pair();
    const token = await a.mint();
    expect((await a.call('/v1/exchange', { token })).status).toBe(200);
    const replayed = await b.call('/v1/exchange', { token });
    expect([replayed.status, replayed.json['error'], b.auditOf(replayed).reason]).toEqual([401, 'invalid_token', 'ID_TOKEN_REPLAYED']);
    expect(b.minter.grants).toEqual([]);
  });

  it('accepts each token exactly once however many copies race to both instances at once', async () => {
    const [a, b] = await pair();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 4 }), async (plan) => {
        const tokens = await Promise.all(plan.map(() => a.mint()));
        const calls = plan.flatMap((targets, i) => targets.map((toA) => (toA ? a : b).call('/v1/exchange', { token: tokens[i]! }).then((answer) => ({ i, status: answer.status }))));
        const answers = await Promise.all(calls);
        plan.forEach((_, i) => {
          const statuses = answers.filter((answer) => answer.i === i).map((answer) => answer.status);
          expect(statuses.filter((status) => status === 200)).toHaveLength(1);
          expect(statuses.filter((status) => status !== 200).every((status) => status === 401)).toBe(true);
        });
      }),
      { numRuns: 15 },
    );
  });

  it('counts a repository’s calls across instances and answers 429 with Retry-After past its limit', async () => {
    const [a, b] = await pair({ perRepository: 3 });
    const statuses: number[] = [];
    for (const stack of [a, b, a, b]) statuses.push((await stack.call('/v1/exchange', { token: await stack.mint() })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await a.call('/v1/exchange', { token: await a.mint() });
    expect([limited.status, limited.json['error'], a.auditOf(limited).reason, a.auditOf(limited).outcome]).toEqual([429, 'rate_limited', 'RATE_LIMITED_REPOSITORY', 'blocked']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('keeps a token refused for the rate unspent: it works once the window has passed', async () => {
    // The call counter in memory, so the broker's clock can move past the window.
    const [a] = await pair({ perRepository: 1, rateLimit: 'memory' });
    expect((await a.call('/v1/exchange', { token: await a.mint() })).status).toBe(200);
    const token = await a.mint();
    const refused = await a.call('/v1/exchange', { token });
    expect([refused.status, a.auditOf(refused).reason]).toEqual([429, 'RATE_LIMITED_REPOSITORY']);
    a.clock.advance(61);
    expect((await a.call('/v1/exchange', { token })).status).toBe(200);
  });

  it('caps all repositories together with the global limit', async () => {
    const [a, b] = await pair({ global: 2 });
    const statuses = [(await a.call('/v1/exchange', { token: await a.mint() })).status, (await b.call('/v1/exchange', { token: await b.mint() })).status];
    const over = await b.call('/v1/exchange', { token: await b.mint() });
    expect([...statuses, over.status, b.auditOf(over).reason]).toEqual([200, 200, 429, 'RATE_LIMITED_GLOBAL']);
  });

  it('never counts a forged token against the repository it names', async () => {
    const [a] = await pair({ perRepository: 1 });
    for (let i = 0; i < 3; i += 1) expect((await a.call('/v1/exchange', { token: await issuer.mint({ signer: 'stranger' }) })).status).toBe(401);
    expect((await a.call('/v1/exchange', { token: await a.mint() })).status).toBe(200);
  });

  it('reports ready on /healthz while Redis answers', async () => {
    const [a] = await pair();
    const reply = await a.call('/healthz', { method: 'GET' });
    expect([reply.status, reply.json['status']]).toEqual([200, 'ok']);
  });
});

describeWithRedis('when Redis cannot answer, nothing is granted', () => {
  let issuer: OidcIssuer;
  beforeAll(async () => {
    issuer = await startOidcIssuer({ audience: AUDIENCE });
  });
  afterAll(() => issuer.close());

  it.each([
    ['the replay cache', 'redis', 'memory', 'REPLAY_STORE_UNAVAILABLE'],
    ['the call counter', 'memory', 'redis', 'RATE_LIMIT_UNAVAILABLE'],
  ])('refuses with 503 when Redis is killed mid-run (%s in Redis)', async (_, replay, rateLimit, reason) => {
    const redis = await startRedis();
    const stack = await startBrokerStack({ issuer, ...sharedStores(redis, { replay, rateLimit }) });
    try {
      expect((await stack.call('/v1/exchange', { token: await stack.mint() })).status).toBe(200);
      await redis.kill();
      const refused = await stack.call('/v1/exchange', { token: await stack.mint() });
      expect([refused.status, refused.json]).toEqual([503, { error: 'unavailable', request_id: refused.headers.get('x-request-id') }]);
      expect(stack.auditOf(refused)).toMatchObject({ outcome: 'error', reason, detail: expect.stringContaining('Redis') });
      expect(stack.minter.grants).toHaveLength(1);
      const health = await stack.call('/healthz', { method: 'GET' });
      expect([health.status, health.json['status']]).toEqual([503, 'store_unavailable']);
    } finally {
      await stack.close();
      await redis.close();
    }
  });

  it('serves again once Redis is back, without a restart of the broker, after the spent tokens it forgot are too old', async () => {
    let redis = await startRedis();
    const stack = await startBrokerStack({ issuer, ...sharedStores(redis) });
    try {
      const spent = await stack.mint();
      expect((await stack.call('/v1/exchange', { token: spent })).status).toBe(200);
      await redis.kill();
      expect((await stack.call('/v1/exchange', { token: await stack.mint() })).status).toBe(503);
      redis = await startRedis({ port: redis.port });
      // The client reconnects on its own, with backoff: wait until the broker reports ready.
      for (let tries = 0; (await stack.call('/healthz', { method: 'GET' })).status !== 200; tries += 1) {
        if (tries > 200) throw new Error('the broker did not reconnect to Redis');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // The new Redis never saw `spent`: until it is too old to verify, no claim is trusted.
      for (const token of [spent, await stack.mint()]) {
        const refused = await stack.call('/v1/exchange', { token });
        expect([refused.status, stack.auditOf(refused).reason]).toEqual([503, 'REPLAY_STORE_UNAVAILABLE']);
        expect(stack.auditOf(refused).detail).toMatch(/Redis restarted or failed over at \S+ \(its run_id changed\); spent tokens may be forgotten; refusing until /u);
      }
      // max_token_age_seconds (600) and twice clock_tolerance_seconds (30) by default.
      stack.clock.advance(660);
      expect((await stack.call('/v1/exchange', { token: spent })).status).toBe(401);
      expect((await stack.call('/v1/exchange', { token: await stack.mint() })).status).toBe(200);
      expect(stack.minter.grants).toHaveLength(2);
    } finally {
      await stack.close();
      await redis.close();
    }
  });

  it('refuses with 503 when Redis stops answering (a command past timeout_ms)', async () => {
    const redis = await startRedis();
    const stack = await startBrokerStack({ issuer, ...sharedStores(redis, { timeoutMs: 200 }) });
    try {
      const token = await stack.mint();
      redis.pause();
      const refused = await stack.call('/v1/exchange', { token });
      expect([refused.status, stack.auditOf(refused).reason]).toEqual([503, 'RATE_LIMIT_UNAVAILABLE']);
      expect(stack.auditOf(refused).detail).toContain('no answer within 200 ms');
      expect(stack.minter.grants).toEqual([]);
    } finally {
      redis.resume();
      await stack.close();
      await redis.close();
    }
  });

  it('does not start when Redis cannot be reached', async () => {
    const redis = await startRedis();
    const shared = sharedStores(redis, { timeoutMs: 100 });
    await redis.close();
    await expect(startBrokerStack({ issuer, ...shared })).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringContaining(`cannot use Redis at ${redis.url}`) });
  });

  it('does not start on a Redis that may evict keys (a spent jti could be forgotten)', async () => {
    const redis = await startRedis({ maxmemoryPolicy: 'volatile-lru' });
    try {
      await expect(startBrokerStack({ issuer, ...sharedStores(redis) })).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringContaining('maxmemory-policy is volatile-lru; the broker needs noeviction') });
    } finally {
      await redis.close();
    }
  });
});

describeWithRedis('a Redis with a password', () => {
  const password = `pw-${randomUUID()}`;
  let redis: RedisServer;
  let issuer: OidcIssuer;
  beforeAll(async () => {
    redis = await startRedis({ password });
    issuer = await startOidcIssuer({ audience: AUDIENCE });
  });
  afterAll(async () => {
    await redis.close();
    await issuer.close();
  });

  it('is used with the password handed over by the composition', async () => {
    const stack = await startBrokerStack({ issuer, ...sharedStores(redis), redisPassword: password });
    try {
      expect((await stack.call('/v1/exchange', { token: await stack.mint() })).status).toBe(200);
    } finally {
      await stack.close();
    }
  });

  it('refuses to start with a wrong password and never names it', async () => {
    const wrong = `wrong-${randomUUID()}`;
    const failure = await startBrokerStack({ issuer, ...sharedStores(redis), redisPassword: wrong }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringMatching(/^cannot use Redis at redis:\/\/127\.0\.0\.1:\d+: .*WRONGPASS/u) });
    expect(String(failure?.message)).not.toContain(wrong);
    expect(String(failure?.message)).not.toContain(password);
  });
});

describe('the embedded default', () => {
  it('keeps the replay cache in memory and opens no connection (each instance accepts a token once)', async () => {
    const issuer = await startOidcIssuer({ audience: AUDIENCE });
    const configText = `version: 1\naudience: ${AUDIENCE}\nissuers: [{ url: "${issuer.issuer}", owner_ids: [987654] }]\napp: { id: 1, private_key_env: UNUSED }\npolicy: { file: ${JSON.stringify(`${import.meta.dirname}/../../fixtures/broker/org-policy.yml`)}, host_repository_id: 100001 }\nstores: { audit: { kind: memory } }\n`;
    const config = loadBrokerConfig(configText, '/etc/ringfence/broker.yml');
    expect([config.stores.replay.kind, config.stores.rateLimit.kind, config.redis]).toEqual(['memory', 'memory', undefined]);
    const [a, b] = await Promise.all([0, 1].map(() => startBroker(config, { minter: new RecordingMinter() }, { host: '127.0.0.1', port: 0 })));
    try {
      const token = await issuer.mint();
      const send = (url: string) => fetch(`${url}/v1/exchange`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"permissions":{"contents":"write"}}' }).then((r) => r.status);
      expect([await send(a!.url), await send(a!.url), await send(b!.url)]).toEqual([200, 401, 200]);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
      await issuer.close();
    }
  });
});
