// The Redis stores against a real redis-server: what they write, how long it lives, and
// that concurrent claims over two connections (two instances) have exactly one winner.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RedisConnection, RedisRateLimitStore, RedisReplayStore } from '@ringfence/broker';
import { redisServerAvailable, startRedis } from '../../servers/redis/index.js';
import type { RedisServer } from '../../servers/redis/index.js';

const describeWithRedis = redisServerAvailable() ? describe : describe.skip;

describeWithRedis('the Redis stores', () => {
  let redis: RedisServer;
  let one: RedisConnection;
  let two: RedisConnection;
  const prefix = `adapters${randomUUID().slice(0, 8)}:`;
  const send = (...command: string[]) => one.send(command, 'INTERNAL_ERROR');

  beforeAll(async () => {
    redis = await startRedis();
    const config = { url: redis.url, keyPrefix: prefix, timeoutMs: 1000 };
    const forget = { windowMs: 60_000 };
    [one, two] = await Promise.all([RedisConnection.open(config, undefined, forget), RedisConnection.open(config, undefined, forget)]);
  });
  afterAll(async () => {
    await Promise.all([one.close(), two.close()]);
    await redis.close();
  });

  it('remembers a used token under a hash, for as long as asked, and accepts it once', async () => {
    const now = Date.now();
    const store = new RedisReplayStore(one, () => now);
    const jti = `jti-${randomUUID()}`;
    expect(await store.claim(`https://issuer.example ${jti}`, now + 90_000)).toBe(true);
    expect(await store.claim(`https://issuer.example ${jti}`, now + 90_000)).toBe(false);
    const keys = (await send('KEYS', `${prefix}replay:*`)) as string[];
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(jti);
    const ttl = (await send('PTTL', keys[0]!)) as number;
    expect(ttl).toBeGreaterThan(80_000);
    expect(ttl).toBeLessThanOrEqual(90_000);
  });

  it('never writes a replay key without a lifetime, even for a token already past its keep time', async () => {
    const now = Date.now();
    const store = new RedisReplayStore(one, () => now);
    expect(await store.claim(`past ${randomUUID()}`, now - 5000)).toBe(true);
    const keys = (await send('KEYS', `${prefix}replay:*`)) as string[];
    for (const key of keys) expect((await send('PTTL', key)) as number).toBeGreaterThan(0);
  });

  it('gives exactly one of any number of concurrent claims on two connections', async () => {
    const stores = [new RedisReplayStore(one), new RedisReplayStore(two)];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 1 }), { minLength: 2, maxLength: 20 }), async (plan) => {
        const key = `race ${randomUUID()}`;
        const results = await Promise.all(plan.map((i) => stores[i]!.claim(key, Date.now() + 60_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
      }),
      { numRuns: 50 },
    );
  });

  it('counts in a window that expires, and gives a counter left without expiry one', async () => {
    const store = new RedisRateLimitStore(one);
    const key = `repository:x ${randomUUID()}`;
    expect((await store.hit(key, 60_000)).count).toBe(1);
    const second = await store.hit(key, 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(0);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
    // A counter without expiry (written by hand here) would lock its repository out for good.
    await send('SET', `${prefix}rate:stuck`, '7');
    expect(await store.hit('stuck', 60_000)).toEqual({ count: 8, resetInMs: 60_000 });
    expect((await send('PTTL', `${prefix}rate:stuck`)) as number).toBeGreaterThan(0);
  });

  it('counts every one of concurrent hits on two connections', async () => {
    const stores = [new RedisRateLimitStore(one), new RedisRateLimitStore(two)];
    const key = `repository:y ${randomUUID()}`;
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => stores[i % 2]!.hit(key, 60_000).then((w) => w.count)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('refuses with the caller’s code when Redis answers an error', async () => {
    await send('SET', `${prefix}rate:text`, 'not a number');
    await expect(new RedisRateLimitStore(one).hit('text', 60_000)).rejects.toMatchObject({ code: 'RATE_LIMIT_UNAVAILABLE', message: expect.stringContaining('Redis EVAL failed') });
  });
});
