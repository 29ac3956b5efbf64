import { TimeoutError, createClient } from '@redis/client';
import { describeThrown, redactSecrets } from '@ringfence/core';
import type { RedisConfig } from '../config/types.js';
import { BrokerError } from '../errors.js';
import type { BrokerReasonCode } from '../errors.js';
import { RestartWatch } from './redis-restart-watch.js';

/** What a connection reports, for the metrics and the operator's log. */
export interface RedisEvents {
  /** A connection error (the message is free of credentials). */
  readonly onError?: (message: string) => void;
}

/** How long a Redis that restarted may have forgotten tokens that are still accepted. */
export interface ForgetWindow {
  /** The longest an ID token stays accepted after it was spent (its age limit and clock tolerance). */
  readonly windowMs: number;
  readonly now?: () => number;
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
  private watch: RestartWatch | undefined;
  // Counts reconnects: the answer to an older reconnect's check never clears a newer one.
  private reconnects = 0;

  private constructor(
    private readonly client: ReturnType<typeof createRedisClient>,
    readonly keyPrefix: string,
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  /**
   * Connects, within `CONNECT_FACTOR × timeoutMs`, checks that Redis will not evict the
   * broker's keys and records its `run_id`, so that a reconnect to a Redis that restarted
   * is noticed (see `reasonToRefuseClaims`). Throws a BrokerError (REPLAY_STORE_UNAVAILABLE)
   * naming the URL, never the password.
   */
  static async open(config: RedisConfig, password: string | undefined, forget: ForgetWindow, events: RedisEvents = {}): Promise<RedisConnection> {
    // Until the first connection succeeds there is nothing to retry for: a refused password
    // or an unreachable host fails the start at once. After it, reconnect with backoff.
    let started = false;
    const client = createRedisClient(config, password, () => started);
    const connection = new RedisConnection(client, config.keyPrefix, config.timeoutMs, forget.now ?? Date.now);
    client.on('error', (error: unknown) => {
      connection.lastError = redactSecrets(describeThrown(error)).slice(0, 300);
      events.onError?.(connection.lastError);
    });
    try {
      await withTimeout(client.connect(), config.timeoutMs * CONNECT_FACTOR, `no connection within ${config.timeoutMs * CONNECT_FACTOR} ms`);
      started = true;
      await connection.checkEviction();
      const runId = await connection.readInfo('server', 'run_id');
      if (runId === undefined) throw new BrokerError('REPLAY_STORE_UNAVAILABLE', 'INFO server reports no run_id (a restart could not be noticed)');
      connection.watch = new RestartWatch(runId, forget.windowMs);
      // Only reconnects from here on: the first connection's `ready` has already been emitted.
      client.on('ready', () => void connection.checkAfterReconnect());
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

  /**
   * Why a replay claim at `now` must be refused: Redis reconnected and is not yet checked,
   * restarted or failed over within the window, or now evicts keys. Undefined when its
   * memory of spent tokens can be trusted.
   */
  reasonToRefuseClaims(now: number): string | undefined {
    // Defense in depth: `open` sets the watch before it hands the connection out.
    return this.watch === undefined ? 'Redis was not checked for restarts' : this.watch.reasonToRefuse(now);
  }

  /** Closes the connection; commands still waiting fail. */
  close(): Promise<void> {
    destroyQuietly(this.client);
    return Promise.resolve();
  }

  // A Redis that evicts keys under memory pressure could forget a spent `jti`. Every key the
  // broker writes has a TTL, so only noeviction keeps them. An INFO the ACL refuses is no proof.
  private async checkEviction(): Promise<void> {
    const policy = await this.readInfo('memory', 'maxmemory_policy');
    if (policy !== 'noeviction') throw new BrokerError('REPLAY_STORE_UNAVAILABLE', `maxmemory-policy is ${policy ?? 'not reported'}; the broker needs noeviction (evicted keys would let an ID token be used twice)`);
  }

  // Everything before the first await runs inside the client's `ready` event, so no claim can
  // use the new link before it counts as unchecked.
  private async checkAfterReconnect(): Promise<void> {
    const reconnect = (this.reconnects += 1);
    this.watch?.reconnected();
    const [runId, policy] = await Promise.all([this.readInfo('server', 'run_id'), this.readInfo('memory', 'maxmemory_policy')].map((read) => read.catch(() => undefined)));
    if (reconnect === this.reconnects) this.watch?.checked(runId, policy, this.now());
  }

  // One `field:value` line of an INFO section; undefined when Redis does not report it.
  private async readInfo(section: string, field: string): Promise<string | undefined> {
    const info = String(await this.send(['INFO', section], 'REPLAY_STORE_UNAVAILABLE'));
    return new RegExp(`^${field}:(\\S+)`, 'mu').exec(info)?.[1];
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
