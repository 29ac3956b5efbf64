import type { KeyObject } from 'node:crypto';
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import type { Signer } from '@sigstore/sign';
import { ProvenanceError } from '../errors.js';
import type { BundleSigner } from './bundle-signer.js';
import { bundleSigner } from './bundle-signer.js';
import type { WitnessUrls } from './witnesses.js';
import { createWitnesses } from './witnesses.js';

/** A key held elsewhere (a KMS, an HSM): it signs bytes and tells its public key. */
export interface KeyHolder {
  /** SPKI PEM of the public key. */
  readonly publicKeyPem: string;
  /** Signs `data` (the DSSE pre-authentication encoding) as the key's algorithm does: ECDSA P-256/SHA-256, Ed25519 or RSA PKCS#1 v1.5/SHA-256. */
  sign(data: Buffer): Promise<Buffer>;
}

/** Key signing: the bundle carries a public-key hint instead of a certificate. */
export interface KeySigningOptions extends WitnessUrls {
  /** A PKCS#8/SEC1/PKCS#1 PEM private key, a KeyObject, or a KeyHolder. */
  readonly key: string | KeyObject | KeyHolder;
  /** The bundle's `publicKey.hint` (default: `publicKeyHint` of the key). Unauthenticated: a label, never trusted. */
  readonly hint?: string;
}

/** The default hint: hex sha256 of the DER SubjectPublicKeyInfo, stable for a key wherever it lives. */
export function publicKeyHint(publicKeyPem: string): string {
  return createHash('sha256').update(createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' })).digest('hex');
}

/** A signer with your own key; witnesses are optional (offline bundles verify with thresholds 0). */
export function createKeySigner(options: KeySigningOptions): BundleSigner {
  const holder = typeof options.key === 'object' && 'publicKeyPem' in options.key ? options.key : localKeyHolder(options.key);
  const hint = options.hint ?? publicKeyHint(holder.publicKeyPem);
  const signer: Signer = {
    sign: async (data) => ({ signature: await holder.sign(data), key: { $case: 'publicKey', publicKey: holder.publicKeyPem, hint } }),
  };
  return bundleSigner(signer, createWitnesses(options));
}

/** A KeyHolder over a private key in this process; EC P-256, Ed25519 and RSA only (what Sigstore verifiers accept). */
export function localKeyHolder(key: string | KeyObject): KeyHolder {
  const privateKey = toPrivateKey(key);
  const type = privateKey.asymmetricKeyType;
  const curve = privateKey.asymmetricKeyDetails?.namedCurve;
  if (!(type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))) {
    throw new ProvenanceError('PROVENANCE_KEY_UNSUPPORTED', `key type ${type ?? 'unknown'}${curve ? ` (${curve})` : ''} is not supported: expected EC P-256, Ed25519 or RSA`);
  }
  const publicKeyPem = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
  // Ed25519 hashes internally; ECDSA and RSA sign a SHA-256 digest.
  const algorithm = type === 'ed25519' ? null : 'sha256';
  return { publicKeyPem, sign: async (data) => Promise.resolve(sign(algorithm, data, privateKey)) };
}

function toPrivateKey(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') {
    if (key.type !== 'private') throw new ProvenanceError('PROVENANCE_KEY_UNSUPPORTED', `expected a private key, got a ${key.type} key`);
    return key;
  }
  try {
    return createPrivateKey(key);
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_KEY_UNSUPPORTED', `the key is not a readable PEM private key (encrypted keys are not supported): ${(error as Error).message}`, { cause: error });
  }
}
