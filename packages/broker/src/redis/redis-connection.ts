import { TimeoutError, createClient } from '@redis/client';
import { describeThrown, redactSecrets } from '@ringfence/core';
import type { RedisConfig } from '../config/types.js';
import { BrokerError } from '../errors.js';
import type { BrokerReasonCode } from '../errors.js';

/** What a connection reports, for the metrics and the operator's log. */
export interface RedisEvents {
  /** A connection error (the message is free of credentials). */
  readonly onError?: (message: string) => void;
}

// The first connection may take longer than one command (TLS, a cold network path).
const CONNECT_FACTOR = 5;
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * The one Redis connection of a broker instance. Commands never wait for a connection to
 * come back (the offline queue is off): while Redis is unreachable every command fails at
 * once, and a command that gets no answer within `timeoutMs` fails too. Either way `send`
 * throws a BrokerError with the caller's code, so the call it serves is refused.
 */
export class RedisConnection {
  private lastError = 'not connected';

  private constructor(
    private readonly client: ReturnType<typeof createRedisClient>,
    readonly keyPrefix: string,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Connects, within `CONNECT_FACTOR × timeoutMs`, and checks that Redis will not evict the
   * broker's keys. Throws a BrokerError (REPLAY_STORE_UNAVAILABLE) naming the URL, never
   * the password.
   */
  static async open(config: RedisConfig, password: string | undefined, events: RedisEvents = {}): Promise<RedisConnection> {
    // Until the first connection succeeds there is nothing to retry for: a refused password
    // or an unreachable host fails the start at once. After it, reconnect with backoff.
    let started = false;
    const client = createRedisClient(config, password, () => started);
    const connection = new RedisConnection(client, config.keyPrefix, config.timeoutMs);
    client.on('error', (error: unknown) => {
      connection.lastError = redactSecrets(describeThrown(error)).slice(0, 300);
      events.onError?.(connection.lastError);
    });
    try {
      await withTimeout(client.connect(), config.timeoutMs * CONNECT_FACTOR, `no connection within ${config.timeoutMs * CONNECT_FACTOR} ms`);
      started = true;
      await connection.checkEviction();
    } catch (error) {
      destroyQuietly(client);
      const why = error instanceof BrokerError ? error.message : redactSecrets(describeThrown(error));
      throw new BrokerError('REPLAY_STORE_UNAVAILABLE', `cannot use Redis at ${config.url}: ${why}`, { cause: error });
    }
    return connection;
  }

  /** Sends one command; any failure or a late answer throws a BrokerError with `code`. */
  async send(command: readonly string[], code: BrokerReasonCode): Promise<unknown> {
    try {
      return await withTimeout(this.client.sendCommand(command, { timeout: this.timeoutMs }), this.timeoutMs, `no answer within ${this.timeoutMs} ms`);
    } catch (error) {
      // The client's own timeout and the backstop say the same thing, whichever came first.
      const late = error instanceof TimeoutError || (error instanceof BrokerError && error.message.startsWith('no answer'));
      const why = late ? `no answer within ${this.timeoutMs} ms` : this.client.isReady ? redactSecrets(describeThrown(error)) : `not connected (${this.lastError})`;
      throw new BrokerError(code, `Redis ${command[0]} failed: ${why}`, { cause: error });
    }
  }

  /** True when Redis answers PING in time. */
  ping(): Promise<boolean> {
    return this.send(['PING'], 'REPLAY_STORE_UNAVAILABLE').then(
      (answer) => answer === 'PONG',
      () => false,
    );
  }

  /** Closes the connection; commands still waiting fail. */
  close(): Promise<void> {
    destroyQuietly(this.client);
    return Promise.resolve();
  }

  // A Redis that evicts keys under memory pressure could forget a spent `jti`. Every key the
  // broker writes has a TTL, so only noeviction keeps them. An INFO the ACL refuses is no proof.
  private async checkEviction(): Promise<void> {
    const info = String(await this.send(['INFO', 'memory'], 'REPLAY_STORE_UNAVAILABLE'));
    const policy = /^maxmemory_policy:(\S+)/mu.exec(info)?.[1];
    if (policy !== 'noeviction') throw new BrokerError('REPLAY_STORE_UNAVAILABLE', `maxmemory-policy is ${policy ?? 'not reported'}; the broker needs noeviction (evicted keys would let an ID token be used twice)`);
  }
}

function createRedisClient(config: RedisConfig, password: string | undefined, started: () => boolean) {
  return createClient({
    url: config.url,
    ...(config.username === undefined ? {} : { username: config.username }),
    ...(password === undefined ? {} : { password }),
    RESP: 2,
    disableOfflineQueue: true,
    socket: { connectTimeout: config.timeoutMs * CONNECT_FACTOR, reconnectStrategy: (retries: number) => (started() ? Math.min(50 * 2 ** Math.min(retries, 6), MAX_RECONNECT_DELAY_MS) : false) },
  });
}

// A client that already gave up throws when destroyed again; the reason it gave up is what counts.
function destroyQuietly(client: { destroy(): void }): void {
  try {
    client.destroy();
  } catch {
    // Already closed.
  }
}

// The backstop to the client's own command timeout: nothing waits longer than `ms`.
async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new BrokerError('REPLAY_STORE_UNAVAILABLE', message)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
