// A Redis that restarted without persistence, or a replica promoted by a failover, has lost
// spent `jti`s. The broker notices a new run_id when its client reconnects and refuses every
// replay claim until no token spent before could still be accepted; counters are unaffected.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from '@jest/globals';
import { RedisConnection, RedisRateLimitStore, RedisReplayStore } from '@ringfence/broker';
import { redisServerAvailable, startRedis } from '../../servers/redis/index.js';
import type { RedisServer } from '../../servers/redis/index.js';

const describeWithRedis = redisServerAvailable() ? describe : describe.skip;
const WINDOW_MS = 1500;

describeWithRedis('a replay cache whose Redis may have forgotten', () => {
  let redis: RedisServer;
  const opened: RedisConnection[] = [];
  // The clock the connection and the store read: moved by hand, so no assertion waits on time.
  let now = Date.now();
  const clock = () => now;
  const open = async (server = redis) => {
    const connection = await RedisConnection.open({ url: server.url, keyPrefix: `restart${randomUUID().slice(0, 8)}:`, timeoutMs: 1000 }, undefined, { windowMs: WINDOW_MS, now: clock });
    opened.push(connection);
    return connection;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
    await redis.close();
  });

  it('refuses a new jti after Redis restarted without persistence, and accepts again once the window has passed', async () => {
    redis = await startRedis();
    const connection = await open();
    const store = new RedisReplayStore(connection, clock);
    const spent = `iss ${randomUUID()}`;
    expect(await store.claim(spent, now + 60_000)).toBe(true);
    await redis.kill();
    redis = await startRedis({ port: redis.port });
    await reconnected(connection);
    // The restarted Redis no longer knows `spent`: a SET NX would grant it a second time.
    await expect(store.claim(spent, now + 60_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringMatching(/^Redis restarted or failed over at \S+ \(its run_id changed\); spent tokens may be forgotten; refusing until \S+$/u) });
    await expect(store.claim(`iss ${randomUUID()}`, now + 60_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringContaining('Redis restarted or failed over') });
    expect((await new RedisRateLimitStore(connection).hit(`repository:r ${randomUUID()}`, 60_000)).count).toBe(1);
    now += WINDOW_MS - 1;
    await expect(store.claim(`iss ${randomUUID()}`, now + 60_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE' });
    now += 1;
    expect(await store.claim(`iss ${randomUUID()}`, now + 60_000)).toBe(true);
  });

  it('keeps granting after a reconnect to the same Redis (same run_id)', async () => {
    redis = await startRedis();
    const [connection, other] = [await open(), await open()];
    const store = new RedisReplayStore(connection, clock);
    const spent = `iss ${randomUUID()}`;
    expect(await store.claim(spent, now + 60_000)).toBe(true);
    await other.send(['CLIENT', 'KILL', 'TYPE', 'normal'], 'INTERNAL_ERROR');
    await reconnected(connection);
    expect(connection.reasonToRefuseClaims(now)).toBeUndefined();
    expect(await store.claim(spent, now + 60_000)).toBe(false);
    expect(await store.claim(`iss ${randomUUID()}`, now + 60_000)).toBe(true);
  });

  it('refuses when the run_id cannot be read after a reconnect', async () => {
    redis = await startRedis();
    const [connection, other] = [await open(), await open()];
    await other.send(['ACL', 'SETUSER', 'default', '-info'], 'INTERNAL_ERROR');
    await other.send(['CLIENT', 'KILL', 'TYPE', 'normal'], 'INTERNAL_ERROR');
    await reconnected(connection);
    await expect(new RedisReplayStore(connection, clock).claim(`iss ${randomUUID()}`, now + 60_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringMatching(/^Redis reconnected at \S+ and its run_id or maxmemory-policy could not be read; spent tokens may be forgotten; refusing until /u) });
  });

  it('refuses, with no end, when Redis came back evicting keys', async () => {
    redis = await startRedis();
    const [connection, other] = [await open(), await open()];
    await other.send(['CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru'], 'INTERNAL_ERROR');
    await other.send(['CLIENT', 'KILL', 'TYPE', 'normal'], 'INTERNAL_ERROR');
    await reconnected(connection);
    now += 24 * 3600 * 1000;
    await expect(new RedisReplayStore(connection, clock).claim(`iss ${randomUUID()}`, now + 60_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE', message: expect.stringContaining('Redis reconnected with maxmemory-policy allkeys-lru; the broker needs noeviction') });
  });
});

// The client reconnects on its own, with backoff: wait until it answers and its check is done.
async function reconnected(connection: RedisConnection): Promise<void> {
  for (let tries = 0; !(await connection.ping()) || connection.reasonToRefuseClaims(0)?.includes('being checked') === true; tries += 1) {
    if (tries > 400) throw new Error('the connection did not reconnect to Redis');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
