import type { JWTPayload } from 'jose';
import type { Claims } from '@ringfence/token';
import type { IssuerConfig } from '../config/types.js';
import { BrokerError } from '../errors.js';
import { checkSubject } from './check-subject.js';

/** Claims every accepted token carries as non-empty strings (GitHub writes all of them). */
export const REQUIRED_CLAIMS = ['sub', 'jti', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'event_name', 'ref', 'workflow_ref', 'runner_environment', 'run_id', 'run_attempt'] as const;

// GitHub writes ids as strings of digits; "0123" or "123.0" would compare unequal to the policy's ids.
const ID_CLAIMS = ['repository_id', 'repository_owner_id', 'actor_id', 'run_id', 'run_attempt'] as const;
const ID = /^[1-9][0-9]{0,19}$/u;
const CONTROL = /[\u0000-\u001f\u007f]/u;
// Time and audience are checked by jose; they are numbers or lists, never matched by rules.
const NOT_MATCHED = new Set(['aud', 'exp', 'iat', 'nbf']);

/**
 * The broker's own checks of a verified payload, which `jwtVerify` does not make: exactly
 * one audience, every required claim, canonical ids, no control characters, names that
 * agree with each other, and an owner this issuer may speak for. Returns the string
 * claims rules match on.
 */
export function checkClaims(payload: JWTPayload, issuer: IssuerConfig): Claims {
  if (Array.isArray(payload.aud) && payload.aud.length !== 1) throw new BrokerError('ID_TOKEN_AUDIENCE_NOT_UNIQUE', `the token names ${payload.aud.length} audiences; it must be minted for this broker alone`);
  const missing = REQUIRED_CLAIMS.filter((name) => payload[name] === undefined || payload[name] === '');
  if (missing.length > 0) throw new BrokerError('ID_TOKEN_CLAIM_MISSING', `missing claims: ${missing.join(', ')}`);
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (NOT_MATCHED.has(name)) continue;
    if (typeof value !== 'string') {
      if ((REQUIRED_CLAIMS as readonly string[]).includes(name) || (ID_CLAIMS as readonly string[]).includes(name)) throw invalid(name, 'is not a string');
      continue;
    }
    if (CONTROL.test(value) || value.length > 4096) throw invalid(name, 'holds control characters or is too long');
    claims[name] = value;
  }
  for (const name of ID_CLAIMS) if (claims[name] !== undefined && !ID.test(claims[name])) throw invalid(name, `is not an id of digits: ${JSON.stringify(claims[name])}`);
  if (claims['jti']!.length > 256) throw invalid('jti', 'is longer than 256 characters');
  checkSubject(claims);
  const owner = claims['repository_owner_id']!;
  if (!issuer.ownerIds.includes(owner)) throw new BrokerError('OWNER_NOT_ALLOWED', `repository_owner_id ${owner} (${claims['repository_owner']}) is not served by issuer ${issuer.url}`);
  return claims;
}

function invalid(name: string, why: string): BrokerError {
  return new BrokerError('ID_TOKEN_CLAIM_INVALID', `claim ${name} ${why}`);
}
