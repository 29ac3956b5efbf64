import type { BrokerConfig } from './config/types.js';
import type { BrokerMetrics } from './metrics/metrics.js';
import type { RateLimitStore, ReplayStore } from './ports.js';
import { MemoryRateLimitStore } from './rate/memory-rate-limit-store.js';
import { RedisConnection } from './redis/redis-connection.js';
import type { ForgetWindow } from './redis/redis-connection.js';
import { RedisRateLimitStore } from './redis/redis-rate-limit-store.js';
import { RedisReplayStore } from './redis/redis-replay-store.js';
import { MemoryReplayStore } from './replay/memory-replay-store.js';

/** The stores of one broker instance and what they need at the end. */
export interface BrokerStores {
  readonly replay: ReplayStore;
  readonly rateLimit: RateLimitStore;
  /** True when every shared store answers (the embedded ones always do). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** What `openStores` may be handed instead of building from the configuration. */
export interface StoreDeps {
  readonly replay?: ReplayStore;
  readonly rateLimit?: RateLimitStore;
  /** The Redis password (the composition reads it from `redis.password_env`). */
  readonly redisPassword?: string;
  readonly now: () => number;
  readonly metrics: BrokerMetrics;
}

// Rate windows are per repository of the allowed owners: far fewer than the jtis of a minute.
const MAX_RATE_WINDOWS = 100_000;

/**
 * The replay cache and the call counter the configuration names: in memory (one instance,
 * the default) or in the shared Redis, over one connection opened here. Throws a
 * BrokerError when Redis cannot be reached or would evict keys, so a broker that cannot
 * share its replay cache never starts believing it does.
 */
export async function openStores(config: BrokerConfig, deps: StoreDeps): Promise<BrokerStores> {
  const { stores, redis } = config;
  const needsRedis = (deps.replay === undefined && stores.replay.kind === 'redis') || (deps.rateLimit === undefined && stores.rateLimit.kind === 'redis');
  const connection = needsRedis && redis !== undefined ? await RedisConnection.open(redis, deps.redisPassword, forgetWindow(config, deps.now), { onError: () => deps.metrics.count('ringfence_broker_redis_errors_total') }) : undefined;
  const replay = deps.replay ?? (stores.replay.kind === 'memory' ? new MemoryReplayStore({ maxEntries: stores.replay.maxEntries, now: deps.now }) : new RedisReplayStore(need(connection), deps.now));
  const rateLimit = deps.rateLimit ?? (stores.rateLimit.kind === 'memory' ? new MemoryRateLimitStore({ maxKeys: MAX_RATE_WINDOWS, now: deps.now }) : new RedisRateLimitStore(need(connection)));
  if (replay instanceof MemoryReplayStore) deps.metrics.gauge('ringfence_broker_replay_entries', 'ID tokens remembered as used.', () => replay.size);
  return {
    replay,
    rateLimit,
    ready: () => connection?.ping() ?? Promise.resolve(true),
    close: () => connection?.close() ?? Promise.resolve(),
  };
}

// Defense in depth: the configuration check makes a Redis store without a redis section impossible.
function need(connection: RedisConnection | undefined): RedisConnection {
  if (connection === undefined) throw new Error('a store is kept in Redis but the configuration has no redis section');
  return connection;
}

// A token spent just before a restart stays accepted until its iat (at most the tolerance
// ahead of the clock) plus the age limit plus the tolerance: that long a forgotten key matters.
function forgetWindow(config: BrokerConfig, now: () => number): ForgetWindow {
  const v = config.verification;
  return { windowMs: (v.maxTokenAgeSeconds + 2 * v.clockToleranceSeconds) * 1000, now };
}
