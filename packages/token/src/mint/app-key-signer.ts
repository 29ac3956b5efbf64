import type { KeyObject } from 'node:crypto';

/**
 * The App's private key where it lives, as one operation: RS256 (RSASSA-PKCS1-v1_5 with
 * SHA-256, the only algorithm GitHub accepts for App JWTs) over the JWT's signing input.
 * A PEM is the built-in key; a KMS or HSM key implements this, so the key never leaves it
 * (for example Cloud KMS `asymmetricSign` of an `RSA_SIGN_PKCS1_2048_SHA256` key over the
 * SHA-256 digest of `signingInput`, or AWS KMS `Sign` with `RSASSA_PKCS1_V1_5_SHA_256`).
 */
export interface AppKeySigner {
  readonly algorithm: 'RS256';
  /** The signature of `signingInput` (the bytes of `base64url(header).base64url(payload)`). */
  sign(signingInput: Uint8Array): Promise<Uint8Array>;
}

/** True for a key signer, false for a PEM or a `KeyObject`. */
export function isAppKeySigner(key: string | KeyObject | AppKeySigner): key is AppKeySigner {
  return typeof key === 'object' && 'sign' in key && typeof key.sign === 'function' && (key as { algorithm?: unknown }).algorithm === 'RS256';
}

/** A compact JWS of `payload` signed by `signer` (spec: RFC 7515 §7.1, RFC 7519 §7.1). */
export async function signWithKeySigner(signer: AppKeySigner, payload: Readonly<Record<string, unknown>>): Promise<string> {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}`;
  const signature = await signer.sign(Buffer.from(signingInput, 'ascii'));
  return `${signingInput}.${Buffer.from(signature).toString('base64url')}`;
}
