import { RingfenceError } from '@ringfence/core';
import { formatProblem } from '@ringfence/policy';
import type { PolicyProblem } from '@ringfence/policy';

/**
 * Why the broker turned an exchange down, as written in the audit log. The caller only
 * ever sees the generic answer `replyFor` maps each code to.
 */
export const BROKER_REASON_CODES = [
  'REQUEST_CONTENT_TYPE',
  'REQUEST_TOO_LARGE',
  'REQUEST_MALFORMED_JSON',
  'REQUEST_INVALID',
  'AUTH_MISSING',
  'AUTH_MALFORMED',
  'ID_TOKEN_TOO_LARGE',
  'ID_TOKEN_MALFORMED',
  'ID_TOKEN_ALG_NOT_ALLOWED',
  'ID_TOKEN_KID_MISSING',
  /** `jku`, `x5u`, `jwk`, `x5c`, `crit` or a `typ` other than JWT: keys are never taken from a token. */
  'ID_TOKEN_HEADER_NOT_ALLOWED',
  'ID_TOKEN_ISSUER_NOT_ALLOWED',
  'ID_TOKEN_KID_UNKNOWN',
  'ID_TOKEN_SIGNATURE_INVALID',
  'ID_TOKEN_EXPIRED',
  'ID_TOKEN_NOT_YET_VALID',
  'ID_TOKEN_TOO_OLD',
  'ID_TOKEN_ISSUED_IN_FUTURE',
  'ID_TOKEN_AUDIENCE_MISMATCH',
  'ID_TOKEN_AUDIENCE_NOT_UNIQUE',
  'ID_TOKEN_CLAIM_MISSING',
  'ID_TOKEN_CLAIM_INVALID',
  /** `sub` or `repository` does not name the repository the id claims name. */
  'ID_TOKEN_SUBJECT_MISMATCH',
  'ID_TOKEN_REPLAYED',
  'OWNER_NOT_ALLOWED',
  'ISSUER_UNAVAILABLE',
  'POLICY_UNAVAILABLE',
  'REPLAY_STORE_UNAVAILABLE',
  /** The repository made more verified calls this minute than `limits.per_repository_per_minute`. */
  'RATE_LIMITED_REPOSITORY',
  /** All repositories together made more verified calls this minute than `limits.global_per_minute`. */
  'RATE_LIMITED_GLOBAL',
  'RATE_LIMIT_UNAVAILABLE',
  'MINT_FAILED',
  'MINT_TIMEOUT',
  /** The minter answered with more than was granted: the token was revoked. */
  'MINT_BROADER',
  'AUDIT_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

/** One of `BROKER_REASON_CODES`. */
export type BrokerReasonCode = (typeof BROKER_REASON_CODES)[number];

/** An exchange turned down for a coded reason; the message is for the audit log only. */
export class BrokerError extends RingfenceError<BrokerReasonCode> {}

/** A call over a rate limit; the caller hears when the window ends (`Retry-After`). */
export class RateLimitedError extends BrokerError {
  constructor(
    code: 'RATE_LIMITED_REPOSITORY' | 'RATE_LIMITED_GLOBAL',
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

/** Every code a BrokerConfigError can carry. */
export type BrokerConfigErrorCode =
  | 'BROKER_CONFIG_NOT_FOUND'
  | 'BROKER_CONFIG_TOO_LARGE'
  | 'BROKER_CONFIG_ENCODING'
  | 'BROKER_CONFIG_PARSE_ERROR'
  | 'BROKER_CONFIG_DUPLICATE_KEY'
  | 'BROKER_CONFIG_ALIAS_LIMIT'
  | 'BROKER_CONFIG_SCHEMA_ERROR'
  | 'BROKER_CONFIG_UNKNOWN_KEY'
  | 'BROKER_CONFIG_VERSION'
  /** The audience is one other relying parties use, or GitHub's default. */
  | 'BROKER_CONFIG_AUDIENCE_NOT_UNIQUE'
  | 'BROKER_CONFIG_DUPLICATE_ISSUER'
  /** Neither or both of `private_key_file` and `private_key_env`. */
  | 'BROKER_CONFIG_APP_KEY'
  | 'BROKER_CONFIG_AUDIT_PATH'
  /** A store in Redis without a redis section, a redis section no store uses, or a memory-only setting on a Redis store. */
  | 'BROKER_CONFIG_REDIS'
  /** Neither or both of `policy.file` and `policy.repository`, or a setting of the other form. */
  | 'BROKER_CONFIG_POLICY_SOURCE';

/** One thing wrong with a broker configuration file, located like a policy problem. */
export interface BrokerConfigProblem extends Omit<PolicyProblem, 'code'> {
  readonly code: BrokerConfigErrorCode;
}

/** A configuration that cannot be used; lists every problem, the first one's code is the error's. */
export class BrokerConfigError extends RingfenceError<BrokerConfigErrorCode> {
  readonly problems: readonly BrokerConfigProblem[];

  constructor(problems: readonly [BrokerConfigProblem, ...BrokerConfigProblem[]], options?: { cause?: unknown }) {
    super(problems[0].code, problems.map((p) => formatProblem(p)).join('\n'), options);
    this.problems = problems;
  }
}
