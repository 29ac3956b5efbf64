import type { TokenRefusalCode } from '@ringfence/token';
import type { BrokerReasonCode } from '../errors.js';

/** What the broker answers: a status, a JSON body, extra headers. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The short, generic error codes callers see; the reason itself goes to the audit log. */
export type PublicErrorCode = 'invalid_request' | 'request_too_large' | 'unsupported_media_type' | 'invalid_token' | 'access_denied' | 'rate_limited' | 'mint_failed' | 'unavailable' | 'internal_error';

const STATUS: Readonly<Record<PublicErrorCode, number>> = {
  invalid_request: 400,
  request_too_large: 413,
  unsupported_media_type: 415,
  invalid_token: 401,
  access_denied: 403,
  rate_limited: 429,
  mint_failed: 502,
  unavailable: 503,
  internal_error: 500,
};

const PUBLIC: Readonly<Record<BrokerReasonCode, PublicErrorCode>> = {
  REQUEST_CONTENT_TYPE: 'unsupported_media_type',
  REQUEST_TOO_LARGE: 'request_too_large',
  REQUEST_MALFORMED_JSON: 'invalid_request',
  REQUEST_INVALID: 'invalid_request',
  AUTH_MISSING: 'invalid_token',
  AUTH_MALFORMED: 'invalid_token',
  ID_TOKEN_TOO_LARGE: 'invalid_token',
  ID_TOKEN_MALFORMED: 'invalid_token',
  ID_TOKEN_ALG_NOT_ALLOWED: 'invalid_token',
  ID_TOKEN_KID_MISSING: 'invalid_token',
  ID_TOKEN_HEADER_NOT_ALLOWED: 'invalid_token',
  ID_TOKEN_ISSUER_NOT_ALLOWED: 'invalid_token',
  ID_TOKEN_KID_UNKNOWN: 'invalid_token',
  ID_TOKEN_SIGNATURE_INVALID: 'invalid_token',
  ID_TOKEN_EXPIRED: 'invalid_token',
  ID_TOKEN_NOT_YET_VALID: 'invalid_token',
  ID_TOKEN_TOO_OLD: 'invalid_token',
  ID_TOKEN_ISSUED_IN_FUTURE: 'invalid_token',
  ID_TOKEN_AUDIENCE_MISMATCH: 'invalid_token',
  ID_TOKEN_AUDIENCE_NOT_UNIQUE: 'invalid_token',
  ID_TOKEN_CLAIM_MISSING: 'invalid_token',
  ID_TOKEN_CLAIM_INVALID: 'invalid_token',
  ID_TOKEN_SUBJECT_MISMATCH: 'invalid_token',
  ID_TOKEN_REPLAYED: 'invalid_token',
  OWNER_NOT_ALLOWED: 'access_denied',
  ISSUER_UNAVAILABLE: 'unavailable',
  POLICY_UNAVAILABLE: 'unavailable',
  REPLAY_STORE_UNAVAILABLE: 'unavailable',
  RATE_LIMITED_REPOSITORY: 'rate_limited',
  RATE_LIMITED_GLOBAL: 'rate_limited',
  RATE_LIMIT_UNAVAILABLE: 'unavailable',
  MINT_FAILED: 'mint_failed',
  MINT_TIMEOUT: 'mint_failed',
  MINT_BROADER: 'mint_failed',
  AUDIT_UNAVAILABLE: 'unavailable',
  INTERNAL_ERROR: 'internal_error',
};

/**
 * The generic answer to a refusal: a short code and the request id to find the audit
 * event by, never the reason (which could tell a prober what to change). 401s carry
 * `WWW-Authenticate` as RFC 6750 §3 asks; 429s carry `Retry-After` (RFC 6585 §4) with
 * `retryAfterSeconds`, when the window ends.
 */
export function refusalReply(reason: BrokerReasonCode | TokenRefusalCode, requestId: string, retryAfterSeconds?: number): Reply {
  const error = reason in PUBLIC ? PUBLIC[reason as BrokerReasonCode] : 'access_denied';
  const status = STATUS[error];
  const headers: Record<string, string> = status === 401 ? { 'www-authenticate': `Bearer error="invalid_token"` } : {};
  if (status === 503) headers['retry-after'] = '5';
  if (status === 429) headers['retry-after'] = String(retryAfterSeconds ?? 60);
  return { status, body: { error, request_id: requestId }, headers };
}
