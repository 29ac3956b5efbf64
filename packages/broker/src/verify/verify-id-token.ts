import type { Claims } from '@ringfence/token';
import type { BrokerConfig } from '../config/types.js';
import { BrokerError } from '../errors.js';
import type { ReplayStore } from '../ports.js';
import { checkClaims } from './check-claims.js';
import { checkHeader } from './check-header.js';
import { IssuerKeys } from './issuer-keys.js';
import type { IssuerKeysOptions } from './issuer-keys.js';
import { readBearer } from './read-bearer.js';
import { verifySignature } from './verify-signature.js';

/** A caller whose ID token passed every check; it is accepted once `spend` succeeds. */
export interface VerifiedIdentity {
  readonly issuer: string;
  /** String claims, for the policy and the audit log. */
  readonly claims: Claims;
  /** Epoch seconds after which the token is no longer accepted anyway. */
  readonly acceptedUntil: number;
}

/** Verifies the bearer of one request; each method throws a BrokerError with the reason. */
export interface IdTokenVerifier {
  verify(authorization: string | undefined): Promise<VerifiedIdentity>;
  /** Uses the token's single use up (ID_TOKEN_REPLAYED when it was already). */
  spend(identity: VerifiedIdentity): Promise<void>;
}

/** What a verifier needs besides the configuration. */
export interface VerifierDeps {
  readonly replay: ReplayStore;
  readonly now: () => number;
  readonly keyEvents?: Pick<IssuerKeysOptions, 'onFetch' | 'onStale'>;
}

/**
 * The verification pipeline, cheapest and most general checks first: bearer, header, a
 * pinned issuer (chosen by exact `iss`; its keys come from the configured URL), the key by
 * `kid`, jose's signature and time checks, the broker's own claim checks and owner
 * allow-list. The single use of `jti` is a separate step (`spend`), so the caller can
 * spend it last, once the request too is known to be well-formed.
 */
export function createIdTokenVerifier(config: Pick<BrokerConfig, 'audience' | 'issuers' | 'verification'>, deps: VerifierDeps): IdTokenVerifier {
  const v = config.verification;
  const issuers = new Map(config.issuers.map((issuer) => [issuer.url, { issuer, keys: new IssuerKeys(issuer.jwksUrl, keyOptions(v, deps)) }]));
  return {
    async verify(authorization) {
      const token = readBearer(authorization);
      const envelope = checkHeader(token);
      const pinned = issuers.get(envelope.iss);
      if (!pinned) throw new BrokerError('ID_TOKEN_ISSUER_NOT_ALLOWED', `issuer ${JSON.stringify(envelope.iss.slice(0, 200))} is not pinned`);
      const key = await pinned.keys.keyFor(envelope.kid);
      const expected = { issuer: pinned.issuer.url, audience: config.audience, clockToleranceSeconds: v.clockToleranceSeconds, maxTokenAgeSeconds: v.maxTokenAgeSeconds, now: new Date(deps.now()) };
      const payload = await verifySignature(token, key, expected);
      const claims = checkClaims(payload, pinned.issuer);
      // A token is accepted until min(exp, iat + max age) + tolerance.
      return { issuer: pinned.issuer.url, claims, acceptedUntil: Math.min(payload.exp!, payload.iat! + v.maxTokenAgeSeconds) + v.clockToleranceSeconds };
    },
    async spend(identity) {
      // Remembered a minute longer than the token could be accepted.
      const fresh = await deps.replay.claim(`${identity.issuer} ${identity.claims['jti']!}`, (identity.acceptedUntil + 60) * 1000);
      if (!fresh) throw new BrokerError('ID_TOKEN_REPLAYED', `jti ${JSON.stringify(identity.claims['jti'])} was already used`);
    },
  };
}

function keyOptions(v: BrokerConfig['verification'], deps: VerifierDeps): IssuerKeysOptions {
  return { cacheMs: v.jwksCacheSeconds * 1000, cooldownMs: v.jwksCooldownSeconds * 1000, staleMs: v.jwksStaleSeconds * 1000, timeoutMs: v.jwksTimeoutMs, now: deps.now, ...deps.keyEvents };
}
