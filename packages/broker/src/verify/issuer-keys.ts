import { importJWK } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, KeyObject } from 'jose';
import { describeThrown } from '@ringfence/core';
import { BrokerError } from '../errors.js';
import { fetchJwks } from './fetch-jwks.js';

/** How one issuer's keys are cached (all durations in ms). */
export interface IssuerKeysOptions {
  readonly cacheMs: number;
  readonly cooldownMs: number;
  readonly staleMs: number;
  readonly timeoutMs: number;
  readonly now: () => number;
  /** Called after every fetch, for the metrics. */
  readonly onFetch?: (result: 'ok' | 'error') => void;
  /** Called when keys past their freshness are used because the issuer could not be reached. */
  readonly onStale?: () => void;
}

/**
 * One pinned issuer's signing keys, fetched from the JWKS URL its configuration names.
 * Unlike jose's remote key set, keys are still served (for `staleMs`) when a refresh fails,
 * so an issuer outage does not stop exchanges; an unknown `kid` refetches at most once per
 * `cooldownMs`, so a flood of made-up kids cannot hammer the issuer. One fetch at a time.
 */
export class IssuerKeys {
  private jwks = new Map<string, JWK>();
  private imported = new Map<string, Promise<CryptoKey | KeyObject>>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private lastError = 'never fetched';
  private pending: Promise<void> | undefined;

  constructor(readonly jwksUrl: string, private readonly options: IssuerKeysOptions) {}

  /** The RS256 key published under `kid`; throws ISSUER_UNAVAILABLE or ID_TOKEN_KID_UNKNOWN. */
  async keyFor(kid: string): Promise<CryptoKey | KeyObject> {
    const { cacheMs, cooldownMs, staleMs, now } = this.options;
    if (now() - this.fetchedAt >= cacheMs) await this.refresh();
    const age = now() - this.fetchedAt;
    if (age > cacheMs + staleMs) throw new BrokerError('ISSUER_UNAVAILABLE', `no usable keys from ${this.jwksUrl}: ${this.lastError}`);
    if (age >= cacheMs) this.options.onStale?.();
    if (!this.jwks.has(kid) && now() - this.attemptedAt >= cooldownMs) await this.refresh();
    const jwk = this.jwks.get(kid);
    if (!jwk) throw new BrokerError('ID_TOKEN_KID_UNKNOWN', `kid ${JSON.stringify(kid)} is not among the keys of ${this.jwksUrl}`);
    let key = this.imported.get(kid);
    if (!key) this.imported.set(kid, (key = importKey(jwk, this.jwksUrl)));
    return key;
  }

  private refresh(): Promise<void> {
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async load(): Promise<void> {
    this.attemptedAt = this.options.now();
    try {
      this.install(await fetchJwks(this.jwksUrl, this.options.timeoutMs));
      this.fetchedAt = this.options.now();
      this.options.onFetch?.('ok');
    } catch (error) {
      this.lastError = describeThrown(error);
      this.options.onFetch?.('error');
    }
  }

  // Only RSA signing keys with a kid; a kid published twice is ambiguous, so neither is used.
  private install(set: JSONWebKeySet): void {
    const byKid = new Map<string, JWK>();
    const repeated = new Set<string>();
    for (const jwk of set.keys) {
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || (jwk.alg ?? 'RS256') !== 'RS256' || (jwk.use ?? 'sig') !== 'sig') continue;
      if (byKid.has(jwk.kid)) repeated.add(jwk.kid);
      byKid.set(jwk.kid, jwk);
    }
    for (const kid of repeated) byKid.delete(kid);
    const unchanged = (kid: string) => JSON.stringify(byKid.get(kid)) === JSON.stringify(this.jwks.get(kid));
    this.imported = new Map([...this.imported].filter(([kid]) => unchanged(kid)));
    this.jwks = byKid;
  }
}

// A published key that does not import is as good as no key.
function importKey(jwk: JWK, jwksUrl: string): Promise<CryptoKey | KeyObject> {
  return (importJWK(jwk, 'RS256') as Promise<CryptoKey | KeyObject>).catch((error: unknown) => {
    throw new BrokerError('ID_TOKEN_KID_UNKNOWN', `kid ${JSON.stringify(jwk.kid)} of ${jwksUrl} is not a usable RS256 key: ${describeThrown(error)}`, { cause: error });
  });
}
