import { errors, jwtVerify } from 'jose';
import type { CryptoKey, JWTPayload, KeyObject } from 'jose';
import { BrokerError } from '../errors.js';
import type { BrokerReasonCode } from '../errors.js';

/** What the signed token must satisfy, as jose checks it. */
export interface SignatureExpectations {
  readonly issuer: string;
  readonly audience: string;
  readonly clockToleranceSeconds: number;
  readonly maxTokenAgeSeconds: number;
  readonly now: Date;
}

/**
 * jose's `jwtVerify` with RS256 only: signature, `iss`, `aud` (present among the token's),
 * `exp`, `nbf`, `iat` (not older than the maximum age, not in the future) within the
 * tolerance, and `iat`, `exp`, `jti`, `sub` present. Every failure becomes a coded BrokerError.
 */
export async function verifySignature(token: string, key: CryptoKey | KeyObject, expected: SignatureExpectations): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['RS256'],
      issuer: expected.issuer,
      audience: expected.audience,
      clockTolerance: expected.clockToleranceSeconds,
      maxTokenAge: expected.maxTokenAgeSeconds,
      requiredClaims: ['iat', 'exp', 'jti', 'sub'],
      currentDate: expected.now,
    });
    return payload;
  } catch (error) {
    const code = codeFor(error);
    if (code === undefined) throw error;
    throw new BrokerError(code, (error as Error).message, { cause: error });
  }
}

// jose names the claim that failed; the broker names the reason.
function codeFor(error: unknown): BrokerReasonCode | undefined {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'ID_TOKEN_SIGNATURE_INVALID';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'ID_TOKEN_ALG_NOT_ALLOWED';
  if (error instanceof errors.JWTExpired) return error.claim === 'iat' ? 'ID_TOKEN_TOO_OLD' : 'ID_TOKEN_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'ID_TOKEN_CLAIM_MISSING';
    return CLAIM_CODES[error.claim] ?? 'ID_TOKEN_CLAIM_INVALID';
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return 'ID_TOKEN_MALFORMED';
  return undefined;
}

const CLAIM_CODES: Readonly<Record<string, BrokerReasonCode>> = {
  nbf: 'ID_TOKEN_NOT_YET_VALID',
  iat: 'ID_TOKEN_ISSUED_IN_FUTURE',
  aud: 'ID_TOKEN_AUDIENCE_MISMATCH',
  iss: 'ID_TOKEN_ISSUER_NOT_ALLOWED',
  typ: 'ID_TOKEN_HEADER_NOT_ALLOWED',
};
