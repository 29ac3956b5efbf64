import { randomUUID } from 'node:crypto';
import type { CryptoKey, JSONWebKeySet, JWK, KeyObject } from 'jose';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey | KeyObject;
  readonly jwk: JWK;
}

/** What a token says about itself besides its claims. */
export interface TokenEnvelope {
  readonly issuer: string;
  readonly audience: string | string[];
  readonly issuedAt: Date;
  readonly lifetimeSeconds: number;
  /** Sign with a key that is not published. */
  readonly stranger: boolean;
}

/** How a rotation treats the keys published so far. */
export interface RotateOptions {
  /** Keep publishing the previous keys (tokens they signed still verify), as GitHub does. */
  readonly keepPrevious?: boolean;
}

/** The key ring's operations. */
export interface KeyRing {
  sign(claims: Record<string, unknown>, envelope: TokenEnvelope): Promise<string>;
  jwks(): JSONWebKeySet;
  /** Signs with a new key from now on: the one `publishNext` announced, else a fresh one. */
  rotate(options?: RotateOptions): Promise<void>;
  /** Publishes the next signing key ahead of its use (rotation without downtime, step 1). */
  publishNext(): Promise<void>;
  /** Stops publishing every key but the current one. */
  retirePrevious(): void;
}

/** The issuer's published RS256 keys plus an unpublished one for forgeries. */
export async function createKeyRing(): Promise<KeyRing> {
  let current = await newKey();
  let published = [current];
  let next: SigningKey | undefined;
  const stranger = await newKey();
  return {
    jwks: () => ({ keys: published.map((key) => key.jwk) }),
    rotate: async (options = {}) => {
      const previous = published;
      current = next ?? (await newKey());
      next = undefined;
      published = options.keepPrevious ? [...previous.filter((key) => key !== current), current] : [current];
    },
    publishNext: async () => {
      next ??= await newKey();
      if (!published.includes(next)) published = [...published, next];
    },
    retirePrevious: () => {
      published = [current];
    },
    sign: (claims, envelope) => {
      const key = envelope.stranger ? { ...stranger, kid: current.kid } : current;
      const iat = Math.floor(envelope.issuedAt.getTime() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
        .setIssuer(envelope.issuer)
        .setAudience(envelope.audience)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + envelope.lifetimeSeconds)
        .setJti(randomUUID())
        .sign(key.privateKey);
    },
  };
}

async function newKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}
