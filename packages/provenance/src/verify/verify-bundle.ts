import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import type { Bundle, BundleWithDsseEnvelope } from '@sigstore/bundle';
import { bundleFromJSON, isBundleWithDsseEnvelope, isBundleWithPublicKey } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { VerificationPolicy } from '@sigstore/verify';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';
import type { CertificateIdentity, PublicKeyIdentity, Thresholds } from './expectations.js';
import { KEY_ONLY_THRESHOLDS, PUBLIC_GOOD_THRESHOLDS } from './expectations.js';
import { policyExtensions } from './policy-extensions.js';
import type { VerifiedStatement } from './read-statement.js';
import { readStatement } from './read-statement.js';

/** What a bundle must satisfy. */
export interface BundleExpectations {
  readonly signer: CertificateIdentity | PublicKeyIdentity;
  /** Required for certificates; for keys only when witnesses must be checked. */
  readonly trustedRoot?: TrustedRoot;
  /** Default: PUBLIC_GOOD_THRESHOLDS for certificates, KEY_ONLY_THRESHOLDS for keys. */
  readonly thresholds?: Thresholds;
  /** Default `https://slsa.dev/provenance/v1`. */
  readonly predicateType?: string;
  /** When given, some subject must carry this sha256 (lowercase hex). */
  readonly subjectSha256?: string;
}

// A root that trusts nothing: key-signed bundles without witnesses need no other material.
const EMPTY_ROOT: TrustedRoot = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };

/**
 * Verifies a Sigstore bundle with sigstore-js's verifier (signature over the DSSE PAE,
 * certificate chain at the signing time, SCTs, log proofs, TSA times, identity), then
 * what sigstore-js leaves to the caller: payload type, statement shape, predicate type and
 * subject digest. Returns the statement only when everything holds.
 */
export function verifyProvenanceBundle(json: unknown, expected: BundleExpectations): VerifiedStatement {
  const bundle = parseBundle(json);
  const keyed = expected.signer.kind === 'public-key';
  if (isBundleWithPublicKey(bundle) !== keyed) {
    throw untrusted(`expected a bundle signed by ${keyed ? 'a public key' : 'a certificate'}, got one signed by ${keyed ? 'a certificate' : 'a public key'}`);
  }
  if (!keyed && !expected.trustedRoot) throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', 'a trusted root is required to verify a certificate-signed bundle');
  const thresholds = expected.thresholds ?? (keyed ? KEY_ONLY_THRESHOLDS : PUBLIC_GOOD_THRESHOLDS);
  // Certificate-signed bundles never ask for a key, so none is offered.
  const keys = expected.signer.kind === 'public-key' ? fixedKey(expected.signer.publicKeyPem) : {};
  const verifier = new Verifier(toTrustMaterial(expected.trustedRoot ?? EMPTY_ROOT, keys), { tlogThreshold: thresholds.tlog, ctlogThreshold: thresholds.ctlog, timestampThreshold: thresholds.timestamps });
  try {
    verifier.verify(toSignedEntity(bundle), expected.signer.kind === 'certificate' ? certificatePolicy(expected.signer) : undefined);
  } catch (error) {
    // VerificationError / PolicyError carry a code; parse errors from @sigstore/core do not.
    const { code, message: detail } = error as { code?: unknown; message: string };
    const message = `the bundle failed verification: ${detail}${typeof code === 'string' ? ` [${code}]` : ''}`;
    throw new ProvenanceError(code === 'UNTRUSTED_SIGNER_ERROR' ? 'PROVENANCE_SIGNER_UNTRUSTED' : 'PROVENANCE_BUNDLE_INVALID', message, { cause: error });
  }
  return readStatement(bundle.content.dsseEnvelope, expected);
}

function parseBundle(json: unknown): BundleWithDsseEnvelope {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_BUNDLE_INVALID', `not a Sigstore bundle: ${(error as Error).message}`, { cause: error });
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw new ProvenanceError('PROVENANCE_BUNDLE_INVALID', 'expected a bundle with a DSSE envelope, got a message signature');
  return bundle;
}

function certificatePolicy(signer: CertificateIdentity): VerificationPolicy {
  const san = signer.subjectAlternativeName;
  return {
    subjectAlternativeName: typeof san === 'string' ? `^${san.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}$` : san.source,
    extensions: { issuer: signer.issuer },
    oids: policyExtensions(signer.extensions ?? {}),
  };
}

// The expected key verifies whatever hint the bundle names; the hint is only a label.
function fixedKey(pem: string): (hint: string) => { publicKey: KeyObject; validFor: () => boolean } {
  const publicKey = createPublicKey(pem);
  return () => ({ publicKey, validFor: () => true });
}

function untrusted(detail: string): ProvenanceError {
  return new ProvenanceError('PROVENANCE_SIGNER_UNTRUSTED', `the bundle's signer is not the expected one: ${detail}`);
}
