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

/** The issuer's published RS256 key plus an unpublished one for forgeries. */
export async function createKeyRing(): Promise<{ sign(claims: Record<string, unknown>, envelope: TokenEnvelope): Promise<string>; jwks(): JSONWebKeySet; rotate(): Promise<void> }> {
  let current = await newKey();
  const stranger = await newKey();
  return {
    jwks: () => ({ keys: [current.jwk] }),
    rotate: async () => {
      current = await newKey();
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
