import { createHash } from 'node:crypto';
import { BrokerError } from '../errors.js';
import type { ReplayStore } from '../ports.js';
import type { RedisConnection } from './redis-connection.js';

/**
 * The replay cache shared by every instance: `SET <prefix>replay:<hash> 1 NX PX <ttl>`, atomic
 * in Redis, so of any number of concurrent claims of one key on any instances exactly one
 * wins. Keys are a SHA-256 of issuer and `jti` (bounded length, nothing a caller chose).
 * After a reconnect to a Redis that restarted or failed over, every claim is refused until
 * no token spent before could still be accepted (see RedisConnection).
 */
export class RedisReplayStore implements ReplayStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string, keepUntil: number): Promise<boolean> {
    // A Redis that restarted may have forgotten a spent key: a SET NX would then grant it again.
    const refusal = this.connection.reasonToRefuseClaims(this.now());
    if (refusal !== undefined) throw new BrokerError('REPLAY_STORE_UNAVAILABLE', refusal);
    // At least a second: a key must never be written without a lifetime, nor expire at once.
    const ttl = Math.max(1000, Math.ceil(keepUntil - this.now()));
    const id = createHash('sha256').update(key).digest('base64url');
    const answer = await this.connection.send(['SET', `${this.connection.keyPrefix}replay:${id}`, '1', 'NX', 'PX', String(ttl)], 'REPLAY_STORE_UNAVAILABLE');
    if (answer === 'OK') return true;
    if (answer === null) return false;
    // Defense in depth: any other answer is no proof of a first use.
    throw new BrokerError('REPLAY_STORE_UNAVAILABLE', `Redis SET answered ${JSON.stringify(answer)?.slice(0, 100)}`);
  }
}
