import { BrokerError } from '../errors.js';

/** GitHub's ID tokens are about 1-2 KiB; anything far larger is not one. */
export const MAX_ID_TOKEN_BYTES = 8192;

// RFC 6750 §2.1: the scheme is case-insensitive; a compact JWS is base64url and dots only.
const BEARER = /^Bearer +([A-Za-z0-9_.-]+)$/iu;

/** The ID token from an `Authorization: Bearer` header; throws AUTH_* or ID_TOKEN_TOO_LARGE. */
export function readBearer(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') throw new BrokerError('AUTH_MISSING', 'no Authorization header');
  if (authorization.length > MAX_ID_TOKEN_BYTES + 16) throw new BrokerError('ID_TOKEN_TOO_LARGE', `Authorization header of ${authorization.length} bytes`);
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) throw new BrokerError('AUTH_MALFORMED', `Authorization is not "Bearer <jwt>" (scheme ${JSON.stringify(authorization.split(' ')[0]?.slice(0, 20))})`);
  return token;
}
