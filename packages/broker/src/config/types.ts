/** A pinned token issuer and the owners it may speak for. */
export interface IssuerConfig {
  /** Exact `iss`. */
  readonly url: string;
  /** Derived from `url`, never from a token: `<url>/.well-known/jwks`. */
  readonly jwksUrl: string;
  /** `repository_owner_id`s served; every other owner is refused. */
  readonly ownerIds: readonly string[];
}

/** How ID tokens are verified; every value has a safe default. */
export interface VerificationConfig {
  readonly clockToleranceSeconds: number;
  readonly maxTokenAgeSeconds: number;
  readonly jwksCacheSeconds: number;
  readonly jwksCooldownSeconds: number;
  readonly jwksStaleSeconds: number;
  readonly jwksTimeoutMs: number;
}

/** Where the App's private key comes from; the broker never reads or logs it itself. */
export type AppKeySource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'env'; readonly name: string };

/** Where a store lives: in this process, or in the shared Redis. */
export type StoreKind = 'memory' | 'redis';

/** The shared Redis of several instances; the password is read from `passwordEnv` when connecting. */
export interface RedisConfig {
  readonly url: string;
  readonly username?: string;
  readonly passwordEnv?: string;
  readonly keyPrefix: string;
  readonly timeoutMs: number;
}

/** Calls counted per minute after the ID token is verified; `global` absent is no global cap. */
export interface RateLimits {
  readonly perRepositoryPerMinute: number;
  readonly globalPerMinute?: number;
}

/** Where the org policy is read: a local file, or the central policy repository through the API. */
export type PolicyConfig = FilePolicyConfig | RepositoryPolicyConfig;

/** A local file (air-gapped deployments): something outside the broker keeps it current. */
export interface FilePolicyConfig {
  readonly kind: 'file';
  readonly file: string;
  readonly hostRepositoryId: string;
  readonly defaultBranch: string;
  readonly refreshSeconds: number;
}

/** The file at a branch of the central policy repository, read with the App's own token. */
export interface RepositoryPolicyConfig {
  readonly kind: 'repository';
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  /** A branch name; it must be protected, as whoever can push to it decides every grant. */
  readonly ref: string;
  readonly hostRepositoryId: string;
  readonly refreshSeconds: number;
  /** How long the last good policy is served while reads fail; 0 refuses at the first failure. */
  readonly maxStaleSeconds: number;
}

/** The broker configuration, defaults applied and paths resolved against the file's folder. */
export interface BrokerConfig {
  readonly file: string;
  readonly audience: string;
  readonly issuers: readonly IssuerConfig[];
  readonly verification: VerificationConfig;
  readonly app: { readonly id: string; readonly privateKey: AppKeySource };
  readonly policy: PolicyConfig;
  readonly server: { readonly host: string; readonly port: number; readonly maxBodyBytes: number; readonly mintTimeoutMs: number };
  readonly stores: {
    readonly replay: { readonly kind: 'memory'; readonly maxEntries: number } | { readonly kind: 'redis' };
    readonly rateLimit: { readonly kind: StoreKind };
    readonly audit: { readonly kind: 'memory' } | { readonly kind: 'file'; readonly path: string };
  };
  /** Present when a store lives in Redis. */
  readonly redis?: RedisConfig;
  readonly limits: RateLimits;
}

/** The file as written, after schema validation. */
export interface BrokerConfigDocument {
  readonly version: 1;
  readonly audience: string;
  readonly issuers: readonly { readonly url: string; readonly owner_ids: readonly (string | number)[] }[];
  readonly verification?: Partial<Record<'clock_tolerance_seconds' | 'max_token_age_seconds' | 'jwks_cache_seconds' | 'jwks_cooldown_seconds' | 'jwks_stale_seconds' | 'jwks_timeout_ms', number>>;
  readonly app: { readonly id: string | number; readonly private_key_file?: string; readonly private_key_env?: string };
  readonly policy: {
    readonly file?: string;
    readonly repository?: string;
    readonly path?: string;
    readonly ref?: string;
    readonly host_repository_id: string | number;
    readonly default_branch?: string;
    readonly refresh_seconds?: number;
    readonly max_stale_seconds?: number;
  };
  readonly server?: { readonly host?: string; readonly port?: number; readonly max_body_bytes?: number; readonly mint_timeout_ms?: number };
  readonly stores: { readonly replay?: { readonly kind: StoreKind; readonly max_entries?: number }; readonly rate_limit?: { readonly kind: StoreKind }; readonly audit: { readonly kind: 'file' | 'memory'; readonly path?: string } };
  readonly redis?: { readonly url: string; readonly username?: string; readonly password_env?: string; readonly key_prefix?: string; readonly timeout_ms?: number };
  readonly limits?: { readonly per_repository_per_minute?: number; readonly global_per_minute?: number };
}
