import { createRemoteJWKSet, jwtVerify } from 'jose';
import { ProvenanceError } from '../errors.js';
import type { GitHubClaims } from './github-claims.js';
import { assertGitHubClaims } from './github-claims.js';
import { discoverJwksUrl } from './discover-jwks.js';

/** What a token must satisfy. */
export interface IdTokenExpectations {
  /** Exact `iss`, e.g. `https://token.actions.githubusercontent.com`; its discovery document names the keys. */
  readonly issuer: string;
  /** Exact `aud`: `sigstore` for a token that also goes to Fulcio. */
  readonly audience: string;
  /** Allowed clock skew (default 60 s). */
  readonly clockToleranceSeconds?: number;
  /** Network timeout per request (default 5000 ms). */
  readonly timeoutMs?: number;
}

/** A token whose signature, issuer, audience and lifetime were checked, with its GitHub claims. */
export interface VerifiedIdToken {
  readonly token: string;
  readonly claims: GitHubClaims;
}

/**
 * Verifies a GitHub Actions OIDC token against its issuer's published keys (discovery
 * document, then JWKS; RS256 only) and checks it carries every claim provenance needs.
 * Only claims that come out of here may be used as `verified-id-token` facts.
 */
export async function verifyIdToken(token: string, expected: IdTokenExpectations): Promise<VerifiedIdToken> {
  const timeoutMs = expected.timeoutMs ?? 5000;
  const jwksUrl = await discoverJwksUrl(expected.issuer, timeoutMs);
  try {
    const { payload } = await jwtVerify(token, createRemoteJWKSet(jwksUrl, { timeoutDuration: timeoutMs }), {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['RS256'],
      clockTolerance: expected.clockToleranceSeconds ?? 60,
      requiredClaims: ['exp', 'iat'],
    });
    return { token, claims: assertGitHubClaims(payload) };
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw new ProvenanceError('PROVENANCE_ID_TOKEN_INVALID', `the ID token was refused: ${(error as Error).message}`, { cause: error });
  }
}
