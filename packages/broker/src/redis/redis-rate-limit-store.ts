import { BrokerError } from '../errors.js';
import type { RateLimitStore, WindowCount } from '../ports.js';
import type { RedisConnection } from './redis-connection.js';

// INCR and the window's expiry in one atomic step: a key that outlived a crash between the
// two would never expire and would lock its repository out for good. Returns {count, pttl}.
const HIT = `local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

/** Call counts shared by every instance: a fixed window per key, counted by a Lua script. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly connection: RedisConnection) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const answer = await this.connection.send(['EVAL', HIT, '1', `${this.connection.keyPrefix}rate:${key}`, String(windowMs)], 'RATE_LIMIT_UNAVAILABLE');
    if (Array.isArray(answer) && answer.length === 2 && answer.every((n) => typeof n === 'number' && Number.isSafeInteger(n))) {
      const [count, resetInMs] = answer as [number, number];
      return { count, resetInMs };
    }
    // Defense in depth: an answer that is not two integers counts nothing.
    throw new BrokerError('RATE_LIMIT_UNAVAILABLE', `Redis EVAL answered ${JSON.stringify(answer)?.slice(0, 100)}`);
  }
}
