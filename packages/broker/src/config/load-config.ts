import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { BrokerConfigError } from '../errors.js';
import type { BrokerConfigProblem } from '../errors.js';
import { validateBrokerConfig } from '../generated/validators.js';
import { checkConfig } from './check-config.js';
import { readConfigDocument } from './read-document.js';
import type { AppKeySource, BrokerConfig, BrokerConfigDocument, PolicyConfig, RateLimits, RedisConfig } from './types.js';

/** Defaults of every optional setting, as the schema describes them. */
export const CONFIG_DEFAULTS = {
  clockToleranceSeconds: 30,
  maxTokenAgeSeconds: 600,
  jwksCacheSeconds: 600,
  jwksCooldownSeconds: 30,
  jwksStaleSeconds: 86_400,
  jwksTimeoutMs: 5000,
  host: '127.0.0.1',
  port: 8080,
  maxBodyBytes: 16_384,
  mintTimeoutMs: 10_000,
  refreshSeconds: 60,
  maxStaleSeconds: 300,
  policyRef: 'main',
  replayMaxEntries: 100_000,
  redisKeyPrefix: 'ringfence:',
  redisTimeoutMs: 1000,
  perRepositoryPerMinute: 120,
} as const;

/**
 * Reads a broker configuration (YAML or JSON) into a `BrokerConfig`, defaults applied and
 * relative paths resolved against the file's folder. Throws a BrokerConfigError listing
 * every problem with file:line:column; never returns a partial configuration.
 */
export function loadBrokerConfig(input: Uint8Array | string, file: string): BrokerConfig {
  const document = readConfigDocument(input, file, validateBrokerConfig);
  const written = document.value as BrokerConfigDocument;
  const [first, ...rest] = checkConfig(written, document, file);
  if (first) throw new BrokerConfigError([first, ...rest]);
  return compileConfig(written, file);
}

/** `loadBrokerConfig` of a file on disk; a missing or unreadable file is BROKER_CONFIG_NOT_FOUND. */
export async function readBrokerConfigFile(path: string): Promise<BrokerConfig> {
  const bytes = await readFile(path).catch((error: unknown) => {
    const problem: BrokerConfigProblem = { code: 'BROKER_CONFIG_NOT_FOUND', file: path, line: 0, column: 0, pointer: '', message: `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, expected: 'a readable YAML or JSON file' };
    throw new BrokerConfigError([problem], { cause: error });
  });
  return loadBrokerConfig(bytes, path);
}

function compileConfig(doc: BrokerConfigDocument, file: string): BrokerConfig {
  const here = (path: string) => resolve(dirname(file), path);
  const v = doc.verification ?? {};
  const d = CONFIG_DEFAULTS;
  const privateKey: AppKeySource = doc.app.private_key_file !== undefined ? { kind: 'file', path: here(doc.app.private_key_file) } : { kind: 'env', name: doc.app.private_key_env! };
  const audit = doc.stores.audit;
  return {
    file,
    audience: doc.audience,
    issuers: doc.issuers.map((issuer) => ({ url: issuer.url, jwksUrl: `${issuer.url}/.well-known/jwks`, ownerIds: [...new Set(issuer.owner_ids.map(String))] })),
    verification: {
      clockToleranceSeconds: v.clock_tolerance_seconds ?? d.clockToleranceSeconds,
      maxTokenAgeSeconds: v.max_token_age_seconds ?? d.maxTokenAgeSeconds,
      jwksCacheSeconds: v.jwks_cache_seconds ?? d.jwksCacheSeconds,
      jwksCooldownSeconds: v.jwks_cooldown_seconds ?? d.jwksCooldownSeconds,
      jwksStaleSeconds: v.jwks_stale_seconds ?? d.jwksStaleSeconds,
      jwksTimeoutMs: v.jwks_timeout_ms ?? d.jwksTimeoutMs,
    },
    app: { id: String(doc.app.id), privateKey },
    policy: compilePolicy(doc.policy, here),
    server: { host: doc.server?.host ?? d.host, port: doc.server?.port ?? d.port, maxBodyBytes: doc.server?.max_body_bytes ?? d.maxBodyBytes, mintTimeoutMs: doc.server?.mint_timeout_ms ?? d.mintTimeoutMs },
    stores: {
      replay: doc.stores.replay?.kind === 'redis' ? { kind: 'redis' } : { kind: 'memory', maxEntries: doc.stores.replay?.max_entries ?? d.replayMaxEntries },
      rateLimit: { kind: doc.stores.rate_limit?.kind ?? 'memory' },
      audit: audit.kind === 'file' ? { kind: 'file', path: here(audit.path!) } : { kind: 'memory' },
    },
    ...(doc.redis === undefined ? {} : { redis: compileRedis(doc.redis) }),
    limits: compileLimits(doc.limits ?? {}),
  };
}

// check-config.ts has made sure exactly one of file and repository is set.
function compilePolicy(policy: BrokerConfigDocument['policy'], here: (path: string) => string): PolicyConfig {
  const hostRepositoryId = String(policy.host_repository_id);
  const refreshSeconds = policy.refresh_seconds ?? CONFIG_DEFAULTS.refreshSeconds;
  if (policy.file !== undefined) return { kind: 'file', file: here(policy.file), hostRepositoryId, defaultBranch: policy.default_branch ?? 'main', refreshSeconds };
  const [owner, repo] = policy.repository!.split('/') as [string, string];
  return { kind: 'repository', owner, repo, path: policy.path!, ref: policy.ref ?? CONFIG_DEFAULTS.policyRef, hostRepositoryId, refreshSeconds, maxStaleSeconds: policy.max_stale_seconds ?? CONFIG_DEFAULTS.maxStaleSeconds };
}

function compileRedis(redis: NonNullable<BrokerConfigDocument['redis']>): RedisConfig {
  const optional = { ...(redis.username === undefined ? {} : { username: redis.username }), ...(redis.password_env === undefined ? {} : { passwordEnv: redis.password_env }) };
  return { url: redis.url, ...optional, keyPrefix: redis.key_prefix ?? CONFIG_DEFAULTS.redisKeyPrefix, timeoutMs: redis.timeout_ms ?? CONFIG_DEFAULTS.redisTimeoutMs };
}

function compileLimits(limits: NonNullable<BrokerConfigDocument['limits']>): RateLimits {
  const perRepositoryPerMinute = limits.per_repository_per_minute ?? CONFIG_DEFAULTS.perRepositoryPerMinute;
  return limits.global_per_minute === undefined ? { perRepositoryPerMinute } : { perRepositoryPerMinute, globalPerMinute: limits.global_per_minute };
}
