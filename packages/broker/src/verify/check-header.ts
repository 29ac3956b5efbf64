import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { JWTPayload, ProtectedHeaderParameters } from 'jose';
import { describeThrown } from '@ringfence/core';
import { BrokerError } from '../errors.js';

/** What the unverified token says about how to verify it: only used to pick a pinned issuer and key. */
export interface TokenEnvelope {
  readonly kid: string;
  readonly iss: string;
}

// Header parameters that carry or point at keys, or demand extensions: a token never chooses its key.
const FORBIDDEN_HEADERS = ['jku', 'x5u', 'jwk', 'x5c', 'crit', 'b64', 'zip'] as const;

/**
 * Checks the protected header before any key is looked at: a compact JWS, `alg` exactly
 * RS256 (never `none` or an HMAC keyed by a public key), a `kid`, no key-bearing parameters,
 * `typ` JWT when present. Returns the unverified `kid` and `iss`.
 */
export function checkHeader(token: string): TokenEnvelope {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] === '' || parts[1] === '') throw new BrokerError('ID_TOKEN_MALFORMED', `expected a compact JWS of 3 parts, found ${parts.length}`);
  const header = decode(() => decodeProtectedHeader(token)) as ProtectedHeaderParameters;
  if (header.alg !== 'RS256') throw new BrokerError('ID_TOKEN_ALG_NOT_ALLOWED', `alg ${JSON.stringify(header.alg)}; only RS256 is accepted`);
  if (typeof header.kid !== 'string' || header.kid === '' || header.kid.length > 256) throw new BrokerError('ID_TOKEN_KID_MISSING', 'the header names no kid');
  const forbidden = FORBIDDEN_HEADERS.filter((name) => name in header);
  if (forbidden.length > 0) throw new BrokerError('ID_TOKEN_HEADER_NOT_ALLOWED', `header parameters not accepted: ${forbidden.join(', ')}`);
  if (header.typ !== undefined && header.typ.toUpperCase() !== 'JWT') throw new BrokerError('ID_TOKEN_HEADER_NOT_ALLOWED', `typ ${JSON.stringify(header.typ)}; expected JWT`);
  const payload = decode(() => decodeJwt(token)) as JWTPayload;
  if (typeof payload.iss !== 'string') throw new BrokerError('ID_TOKEN_CLAIM_MISSING', 'the token names no issuer');
  return { kid: header.kid, iss: payload.iss };
}

function decode(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    throw new BrokerError('ID_TOKEN_MALFORMED', `undecodable token: ${describeThrown(error)}`, { cause: error });
  }
}
