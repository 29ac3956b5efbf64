/**
 * The single source of truth for the broker's configuration file (a local file of the
 * deployment, never a repository). `npm run build` compiles it to a standalone validator
 * (`src/generated/validators.js`) and writes `schema/broker-config.schema.json` for editors.
 * Spec: JSON Schema 2020-12.
 */

const BASE = 'https://github.com/ringfence/ringfence/schema';

/** An owner, repository or App id: digits, as GitHub's claims carry them. */
export const ID_PATTERN = '^[1-9][0-9]{0,19}$';
/**
 * An issuer URL exactly as tokens carry it: https, lower-case host, no trailing slash, query
 * or fragment. Plain http only on loopback, for tests.
 */
export const ISSUER_PATTERN = '^(?:https://[a-z0-9.-]+(?::[0-9]{1,5})?|http://(?:127\\.0\\.0\\.1|localhost|\\[::1\\]):[0-9]{1,5})(?:/[A-Za-z0-9._~-]+)*$';
/** Printable ASCII without spaces: the audience is compared byte for byte. */
export const AUDIENCE_PATTERN = '^[!-~]{1,256}$';
/** An environment variable name. */
export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]{0,127}$';
/**
 * A Redis URL without credentials (the password comes from `redis.password_env`): redis:// or
 * rediss:// (TLS), a host, an optional port and database number.
 */
export const REDIS_URL_PATTERN = '^rediss?://(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:/[0-9]{1,2})?$';
/** A key prefix: printable ASCII without spaces. */
export const KEY_PREFIX_PATTERN = '^[!-~]{1,64}$';
/** A branch name usable as `refs/heads/<name>`. */
export const BRANCH_PATTERN = '^[^\\u0000-\\u0020\\u007f~^:\\\\]{1,255}$';

const id = { type: ['integer', 'string'], minimum: 1, maximum: Number.MAX_SAFE_INTEGER, pattern: ID_PATTERN } as const;
const seconds = (minimum: number, maximum: number, description: string) => ({ type: 'integer', minimum, maximum, description }) as const;
const path = { type: 'string', minLength: 1, maxLength: 4096, pattern: '^[^\\u0000-\\u001f]+$' } as const;
const strict = <P extends object>(properties: P, required: readonly string[] = []) => ({ type: 'object', additionalProperties: false, required, properties }) as const;

const issuer = strict(
  {
    url: { type: 'string', maxLength: 512, pattern: ISSUER_PATTERN, description: 'Exact `iss` of accepted tokens; keys come from <url>/.well-known/jwks.' },
    owner_ids: { type: 'array', items: id, minItems: 1, maxItems: 1000, uniqueItems: true, description: 'repository_owner_id values this broker serves; any other owner is refused before the policy is read.' },
  },
  ['url', 'owner_ids'],
);

const verification = strict({
  clock_tolerance_seconds: seconds(0, 60, 'Skew allowed on exp, nbf and iat. Default 30.'),
  max_token_age_seconds: seconds(60, 3600, 'Oldest iat accepted. Default 600.'),
  jwks_cache_seconds: seconds(10, 86_400, 'How long fetched keys count as fresh. Default 600.'),
  jwks_cooldown_seconds: seconds(1, 3600, 'Least time between two fetches caused by an unknown kid. Default 30.'),
  jwks_stale_seconds: seconds(0, 604_800, 'How long keys are still served when the issuer cannot be reached. Default 86400.'),
  jwks_timeout_ms: { type: 'integer', minimum: 100, maximum: 30_000, description: 'Timeout of one key fetch. Default 5000.' },
});

const app = strict(
  {
    id: { ...id, description: 'The GitHub App id.' },
    private_key_file: { ...path, description: 'PEM file of the App key (read by the minter; never logged).' },
    private_key_env: { type: 'string', pattern: ENV_NAME_PATTERN, description: 'Environment variable holding the PEM (read by the minter; never logged).' },
  },
  ['id'],
);

/** `owner/name` of a repository, as GitHub spells names. */
export const REPOSITORY_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$';
/** A path inside a repository: relative, no `.` or `..` segment, no empty segment. */
export const REPOSITORY_PATH_PATTERN = '^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[^\\u0000-\\u001f]{1,1024}(?<!/)$';

// Exactly one of `file` and `repository` (checked with positions in check-config.ts, which
// also keeps path, ref and max_stale_seconds to the repository form).
const policy = strict(
  {
    file: { ...path, description: 'The org policy file whose token: section decides every request (air-gapped deployments; something else must keep it current).' },
    repository: { type: 'string', pattern: REPOSITORY_PATTERN, description: 'owner/name of the central policy repository, read through the GitHub API with a contents:read token of the App on that repository only. Recommended over file.' },
    path: { type: 'string', maxLength: 1024, pattern: REPOSITORY_PATH_PATTERN, description: 'With repository (required): the org policy file in it, the path of the token action org-policy input, such as ringfence/org.yml.' },
    ref: { type: 'string', pattern: BRANCH_PATTERN, description: 'With repository: the branch to read (protect it: whoever can push to it decides every grant). Default main.' },
    host_repository_id: { ...id, description: 'Id of the repository that holds the org policy: no token writes its contents, workflows or administration. With repository, GitHub must answer this id for it.' },
    default_branch: { type: 'string', pattern: BRANCH_PATTERN, description: 'With file: default branch of that repository (protected ref when the policy names none). Default main. With repository, GitHub says.' },
    refresh_seconds: seconds(5, 3600, 'How often the policy is read again (SIGHUP reads it at once). Default 60.'),
    max_stale_seconds: seconds(0, 86_400, 'With repository: how long the last good policy is still served while GitHub cannot be read; 0 refuses at the first failed read. Default 300.'),
  },
  ['host_repository_id'],
);

const server = strict({
  host: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9.:\\[\\]-]+$', description: 'Address to listen on. Default 127.0.0.1.' },
  port: { type: 'integer', minimum: 0, maximum: 65_535, description: 'Port to listen on. Default 8080.' },
  max_body_bytes: { type: 'integer', minimum: 256, maximum: 1_048_576, description: 'Largest request body. Default 16384.' },
  mint_timeout_ms: { type: 'integer', minimum: 100, maximum: 60_000, description: 'How long a mint may take. Default 10000.' },
});

const stores = strict(
  {
    replay: strict({ kind: { enum: ['memory', 'redis'], description: 'memory: one instance only. redis: shared by every instance (needs redis:).' }, max_entries: { type: 'integer', minimum: 1000, maximum: 10_000_000, description: 'kind memory only. Default 100000; when full, exchanges fail closed.' } }, ['kind']),
    rate_limit: strict({ kind: { enum: ['memory', 'redis'], description: 'Where call counts live. Default memory (per instance); redis shares them (needs redis:).' } }, ['kind']),
    audit: strict({ kind: { enum: ['file', 'memory'] }, path: { ...path, description: 'Append-only JSON lines file (kind: file).' } }, ['kind']),
  },
  ['audit'],
);

const redis = strict(
  {
    url: { type: 'string', maxLength: 512, pattern: REDIS_URL_PATTERN, description: 'redis://host:port/db or rediss:// (TLS); no credentials in the URL.' },
    username: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[!-~]+$', description: 'ACL user name. Default: none (the default user).' },
    password_env: { type: 'string', pattern: ENV_NAME_PATTERN, description: 'Environment variable holding the password (never logged). Default: no password.' },
    key_prefix: { type: 'string', pattern: KEY_PREFIX_PATTERN, description: 'Prefix of every key the broker writes. Default ringfence:.' },
    timeout_ms: { type: 'integer', minimum: 10, maximum: 10_000, description: 'Longest wait for one command (and for the first connection); past it the call is refused. Default 1000.' },
  },
  ['url'],
);

const limits = strict({
  per_repository_per_minute: { type: 'integer', minimum: 1, maximum: 1_000_000, description: 'Verified calls one repository (repository_id of one issuer) may make in a minute. Default 120.' },
  global_per_minute: { type: 'integer', minimum: 1, maximum: 10_000_000, description: 'Verified calls of all repositories together in a minute. Default: no global cap.' },
});

/** The broker configuration file. */
export const brokerConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}/broker-config.schema.json`,
  title: 'ringfence broker configuration',
  ...strict(
    {
      version: { const: 1 },
      audience: { type: 'string', pattern: AUDIENCE_PATTERN, description: 'The aud every accepted token must carry, and only it: unique to this broker.' },
      issuers: { type: 'array', items: issuer, minItems: 1, maxItems: 10, description: 'Pinned token issuers (github.com, a GHE.com tenant, GHES).' },
      verification,
      app,
      policy,
      server,
      stores,
      redis,
      limits,
    },
    ['version', 'audience', 'issuers', 'app', 'policy', 'stores'],
  ),
} as const;
