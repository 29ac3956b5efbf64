import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileAuditLog } from './audit/file-audit-log.js';
import { MemoryAuditSink } from './audit/memory-audit-sink.js';
import type { BrokerConfig, PolicyConfig } from './config/types.js';
import { explainExchange, exchangeToken } from './exchange/exchange.js';
import type { ExchangeDeps } from './exchange/exchange.js';
import { createBrokerHttpServer } from './http/server.js';
import { BrokerMetrics, meteredSink } from './metrics/metrics.js';
import { FilePolicySource } from './policy/file-policy-source.js';
import { RepositoryPolicySource } from './policy/repository-policy-source.js';
import { BrokerError } from './errors.js';
import type { Reply } from './exchange/replies.js';
import { openStores } from './open-stores.js';
import type { BrokerStores } from './open-stores.js';
import type { AuditSink, PolicyFileReader, PolicySource, RateLimitStore, ReplayStore, TokenMinter } from './ports.js';
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
  /** Reads the policy repository (the GitHub adapter); needed when `policy.repository` is set. */
  readonly policyReader?: PolicyFileReader;
  /** Told of every read of the configured policy source (the operator's log): its result and why. */
  readonly onPolicyReload?: (result: 'changed' | 'unchanged' | 'failed', detail?: string) => void;
  /** Epoch ms; tests move it. Default `Date.now`. */
  readonly now?: () => number;
}

/** A listening broker. */
export interface RunningBroker {
  /** `http://host:port`. */
  readonly url: string;
  readonly server: Server;
  readonly metrics: BrokerMetrics;
  /** Reads the policy again now (the file and repository sources; others refresh themselves). */
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
  const onReload: OnReload = (result, detail) => {
    metrics.count('ringfence_broker_policy_reloads_total', { result });
    deps.onPolicyReload?.(result, detail);
  };
  const policy = deps.policy ?? (await openPolicySource(config.policy, deps.policyReader, now, onReload));
  const audit = deps.audit ?? (config.stores.audit.kind === 'file' ? await FileAuditLog.open(config.stores.audit.path) : new MemoryAuditSink());
  const stores = await openStores(config, { ...deps, now, metrics }).catch(async (error: unknown) => {
    // A broker that cannot reach its shared stores does not start; nothing it opened stays open.
    if (isOwned(policy)) policy.close();
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
    if (isOwned(policy)) policy.close();
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
    refreshPolicy: () => (isOwned(policy) ? policy.refresh() : Promise.resolve()),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (isOwned(policy)) policy.close();
      if (audit instanceof FileAuditLog) await audit.close();
      await stores.close();
    },
  };
}

type OwnedPolicySource = FilePolicySource | RepositoryPolicySource;
type OnReload = (result: 'changed' | 'unchanged' | 'failed', detail?: string) => void;

// The configured source, read once before the broker listens: without a policy it does not start.
async function openPolicySource(config: PolicyConfig, reader: PolicyFileReader | undefined, now: () => number, onReload: OnReload): Promise<OwnedPolicySource> {
  if (config.kind === 'file') return FilePolicySource.open({ file: config.file, defaultBranch: config.defaultBranch, refreshMs: config.refreshSeconds * 1000, onReload });
  if (!reader) throw new BrokerError('POLICY_UNAVAILABLE', `policy.repository ${config.owner}/${config.repo} is configured but no reader of the GitHub API was composed`);
  return RepositoryPolicySource.open({ config, reader, now, onReload });
}

// The sources this broker opened (and so times and closes), not one a caller handed in.
function isOwned(policy: PolicySource): policy is OwnedPolicySource {
  return policy instanceof FilePolicySource || policy instanceof RepositoryPolicySource;
}

// Ready when exchanges can be served: the policy loads and the shared stores answer.
async function health(policy: PolicySource, stores: BrokerStores): Promise<Reply> {
  const loaded = await policy.current().then(() => true, () => false);
  if (!loaded) return { status: 503, body: { status: 'policy_unavailable' } };
  return (await stores.ready()) ? { status: 200, body: { status: 'ok' } } : { status: 503, body: { status: 'store_unavailable' } };
}
