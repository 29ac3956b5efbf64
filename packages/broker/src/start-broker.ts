import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileAuditLog } from './audit/file-audit-log.js';
import { MemoryAuditSink } from './audit/memory-audit-sink.js';
import type { BrokerConfig } from './config/types.js';
import { explainExchange, exchangeToken } from './exchange/exchange.js';
import type { ExchangeDeps } from './exchange/exchange.js';
import { createBrokerHttpServer } from './http/server.js';
import { BrokerMetrics, meteredSink } from './metrics/metrics.js';
import { FilePolicySource } from './policy/file-policy-source.js';
import type { Reply } from './exchange/replies.js';
import { openStores } from './open-stores.js';
import type { BrokerStores } from './open-stores.js';
import type { AuditSink, PolicySource, RateLimitStore, ReplayStore, TokenMinter } from './ports.js';
import { createIdTokenVerifier } from './verify/verify-id-token.js';

/** The ports a broker runs on; each but the minter defaults to what the configuration names. */
export interface BrokerDeps {
  readonly minter: TokenMinter;
  readonly audit?: AuditSink;
  readonly replay?: ReplayStore;
  readonly rateLimit?: RateLimitStore;
  /** The Redis password when `redis.password_env` names one (read by the composition, never logged). */
  readonly redisPassword?: string;
  readonly policy?: PolicySource;
  /** Epoch ms; tests move it. Default `Date.now`. */
  readonly now?: () => number;
}

/** A listening broker. */
export interface RunningBroker {
  /** `http://host:port`. */
  readonly url: string;
  readonly server: Server;
  readonly metrics: BrokerMetrics;
  /** Reads the policy file again now (the file source only; others refresh themselves). */
  refreshPolicy(): Promise<void>;
  /** Stops accepting, ends open connections, closes the audit log. */
  close(): Promise<void>;
}

/**
 * Composes and starts the broker: verifier, policy, stores and metrics from the
 * configuration, the minter from `deps`, on `listen` (default: the configuration's
 * `server.host` and `server.port`; port 0 picks a free one).
 */
export async function startBroker(config: BrokerConfig, deps: BrokerDeps, listen: { host: string; port: number } = config.server): Promise<RunningBroker> {
  const now = deps.now ?? Date.now;
  const metrics = new BrokerMetrics();
  const onReload = (result: string) => metrics.count('ringfence_broker_policy_reloads_total', { result });
  const policy = deps.policy ?? (await FilePolicySource.open({ file: config.policy.file, defaultBranch: config.policy.defaultBranch, refreshMs: config.policy.refreshSeconds * 1000, onReload }));
  const audit = deps.audit ?? (config.stores.audit.kind === 'file' ? await FileAuditLog.open(config.stores.audit.path) : new MemoryAuditSink());
  const stores = await openStores(config, { ...deps, now, metrics }).catch(async (error: unknown) => {
    // A broker that cannot reach its shared stores does not start; nothing it opened stays open.
    if (policy instanceof FilePolicySource) policy.close();
    if (audit instanceof FileAuditLog) await audit.close();
    throw error;
  });
  const { replay } = stores;
  const keyEvents = { onFetch: (result: string) => metrics.count('ringfence_broker_jwks_fetches_total', { result }), onStale: () => metrics.count('ringfence_broker_jwks_stale_total') };
  const verifier = createIdTokenVerifier(config, { replay, now, keyEvents });
  const exchange: ExchangeDeps = { verifier, policy, minter: deps.minter, audit: meteredSink(audit, metrics), rateLimit: stores.rateLimit, limits: config.limits, hostRepositoryId: config.policy.hostRepositoryId, mintTimeoutMs: config.server.mintTimeoutMs, now };
  const server = createBrokerHttpServer(
    {
      exchange: (input) => exchangeToken(input, exchange),
      explain: (input) => explainExchange(input, exchange),
      health: () => health(policy, stores),
      metrics: () => metrics.render(),
    },
    { maxBodyBytes: config.server.maxBodyBytes },
  );
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(listen.port, listen.host, resolve));
  } catch (error) {
    // Nothing started may outlive a broker that could not listen (say, the port is taken).
    if (policy instanceof FilePolicySource) policy.close();
    if (audit instanceof FileAuditLog) await audit.close();
    await stores.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    metrics,
    refreshPolicy: () => (policy instanceof FilePolicySource ? policy.refresh() : Promise.resolve()),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (policy instanceof FilePolicySource) policy.close();
      if (audit instanceof FileAuditLog) await audit.close();
      await stores.close();
    },
  };
}

// Ready when exchanges can be served: the policy loads and the shared stores answer.
async function health(policy: PolicySource, stores: BrokerStores): Promise<Reply> {
  const loaded = await policy.current().then(() => true, () => false);
  if (!loaded) return { status: 503, body: { status: 'policy_unavailable' } };
  return (await stores.ready()) ? { status: 200, body: { status: 'ok' } } : { status: 503, body: { status: 'store_unavailable' } };
}
