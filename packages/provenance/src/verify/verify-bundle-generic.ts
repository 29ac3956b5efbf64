import { createPublicKey, timingSafeEqual } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { bundleFromJSON, isBundleWithPublicKey } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Signer } from '@sigstore/verify';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/types.js';
import { SHA256_HEX } from '../subjects/subject.js';
import { readCertificateClaims } from './certificate-claims.js';
import { instanceThresholds } from './check-signature.js';
import { KEY_ONLY_THRESHOLDS } from './expectations.js';
import type { VerifyCode } from './verify-error.js';
import { VerifyError, mismatch } from './verify-error.js';

/** Who must have signed: a Fulcio certificate for this identity and issuer (both exact), or this key. */
export type GenericSigner =
  | { readonly kind: 'certificate'; readonly identity: string; readonly issuer: string }
  | { readonly kind: 'public-key'; readonly publicKeyPem: string };

/** The artifact: its sha256 (hex) always; its bytes when known (a message signature needs them). */
export interface GenericArtifact {
  readonly sha256: string;
  readonly bytes?: Buffer;
}

/** What to verify a bundle of any content (message signature or DSSE envelope) against. */
export interface GenericBundleOptions {
  readonly artifact: GenericArtifact;
  readonly signer: GenericSigner;
  /** Tried in turn; the first that accepts decides. At least one. */
  readonly trustedRoots: readonly TrustedRoot[];
}

/** What a verified bundle says: the kind of content, and the certificate's SAN and issuer when keyless. */
export interface GenericVerification {
  readonly content: 'messageSignature' | 'dsseEnvelope';
  readonly subjectAlternativeName?: string;
  readonly issuer?: string;
}

/**
 * Verifies a Sigstore bundle for an artifact the way any Sigstore client does (what the
 * sigstore-conformance suite tests): sigstore-js checks the signature, the certificate chain
 * at the trusted time, SCTs, log entries and timestamps against a trusted root; then the
 * certificate's SAN and issuer are compared exactly with the expected ones, and the content
 * is bound to the artifact: a message signature's digest must be the artifact's (and the
 * signature is checked over the artifact's bytes), a DSSE envelope must hold an in-toto
 * statement with a subject whose sha256 is the artifact's. No SLSA-specific check: that is
 * `verifyProvenance`. Throws a VerifyError naming the check that refused.
 */
export function verifyBundleGeneric(json: unknown, options: GenericBundleOptions): GenericVerification {
  const { artifact, signer } = options;
  if (!SHA256_HEX.test(artifact.sha256)) throw new VerifyError('VERIFY_SUBJECT_DIGEST_MISMATCH', `the artifact digest must be 64 lowercase hex digits, got ${JSON.stringify(artifact.sha256)}`);
  if (options.trustedRoots.length === 0) throw new VerifyError('VERIFY_CERTIFICATE_INVALID', 'no trusted root to verify against');
  const bundle = parse(json);
  const keyed = signer.kind === 'public-key';
  if (isBundleWithPublicKey(bundle) !== keyed) {
    const [expected, found] = keyed ? ['a public key', 'a certificate'] : ['a certificate', 'a public key'];
    throw new VerifyError('VERIFY_SIGNER_KIND_MISMATCH', `expected a bundle signed by ${expected}, found one signed by ${found}`, { expected, found });
  }
  checkContent(bundle, artifact);
  const verified = verifyCryptographically(bundle, options);
  if (signer.kind === 'public-key') return { content: bundle.content.$case };
  const claims = readCertificateClaims(verified.identity ?? {});
  if (claims.subjectAlternativeName !== signer.identity) throw mismatch('VERIFY_IDENTITY_MISMATCH', "the certificate's identity (subject alternative name)", signer.identity, claims.subjectAlternativeName);
  if (claims.issuer !== signer.issuer) throw mismatch('VERIFY_ISSUER_MISMATCH', "the certificate's OIDC issuer", signer.issuer, claims.issuer);
  return { content: bundle.content.$case, subjectAlternativeName: claims.subjectAlternativeName, issuer: claims.issuer };
}

function parse(json: unknown): Bundle {
  try {
    return bundleFromJSON(typeof json === 'string' ? (JSON.parse(json) as unknown) : json);
  } catch (error) {
    throw new VerifyError('VERIFY_BUNDLE_MALFORMED', `not a Sigstore bundle: ${(error as Error).message}`, { cause: error });
  }
}

// Binds the content to the artifact before any cryptography, so that a bundle for another artifact is named as such.
function checkContent(bundle: Bundle, artifact: GenericArtifact): void {
  const expected = Buffer.from(artifact.sha256, 'hex');
  if (bundle.content.$case === 'messageSignature') {
    const { messageDigest } = bundle.content.messageSignature;
    if (messageDigest.algorithm !== HashAlgorithm.SHA2_256) throw new VerifyError('VERIFY_BUNDLE_MALFORMED', `the message signature's digest is ${HashAlgorithm[messageDigest.algorithm]}, only SHA2_256 is supported`);
    if (!sameBytes(messageDigest.digest, expected)) throw mismatch('VERIFY_SUBJECT_DIGEST_MISMATCH', "the message signature's digest", artifact.sha256, messageDigest.digest.toString('hex'));
    // Node's crypto verifies ECDSA and RSA over the message, never over a given digest: without the bytes the signature cannot be checked.
    if (!artifact.bytes) throw new VerifyError('VERIFY_SIGNATURE_INVALID', 'a message signature is made over the artifact itself: give the file, not its digest, so that the signature can be checked');
    return;
  }
  const { payloadType, payload } = bundle.content.dsseEnvelope;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) throw mismatch('VERIFY_STATEMENT_MALFORMED', "the DSSE envelope's payload type", IN_TOTO_PAYLOAD_TYPE, payloadType);
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    throw new VerifyError('VERIFY_STATEMENT_MALFORMED', `the DSSE payload is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const subjects = (statement as { subject?: unknown }).subject;
  if (!Array.isArray(subjects)) throw new VerifyError('VERIFY_STATEMENT_MALFORMED', 'the in-toto statement has no subject list');
  const digests = subjects.map((subject: unknown) => (subject as { digest?: { sha256?: unknown } } | null)?.digest?.sha256).filter((digest): digest is string => typeof digest === 'string');
  if (!digests.some((digest) => digest.toLowerCase() === artifact.sha256)) {
    throw new VerifyError('VERIFY_SUBJECT_DIGEST_MISMATCH', `no subject of the statement has the artifact's sha256 ${artifact.sha256} (found ${digests.length === 0 ? 'none' : digests.join(', ')})`, { expected: artifact.sha256, found: digests.join(',') });
  }
}

// sigstore-js against each root in turn; every root's reason is reported when none accepts.
function verifyCryptographically(bundle: Bundle, options: GenericBundleOptions): Signer {
  const { signer, artifact } = options;
  const key = signer.kind === 'public-key' ? publicKey(signer.publicKeyPem) : undefined;
  // The expected key verifies whatever hint the bundle names: hints are unauthenticated labels.
  const keys = key ? () => ({ publicKey: key, validFor: () => true }) : {};
  const reasons: string[] = [];
  const codes = new Set<VerifyCode>();
  for (const [index, root] of options.trustedRoots.entries()) {
    // A key-signed bundle needs no witness, but any it carries must verify against the root.
    const thresholds = key ? KEY_ONLY_THRESHOLDS : instanceThresholds(root);
    try {
      const entity = toSignedEntity(bundle, artifact.bytes);
      return new Verifier(toTrustMaterial(root, keys), { tlogThreshold: thresholds.tlog, ctlogThreshold: thresholds.ctlog, timestampThreshold: thresholds.timestamps }).verify(entity);
    } catch (error) {
      reasons.push(`${options.trustedRoots.length > 1 ? `root ${index + 1}: ` : ''}${describe(error)}`);
      codes.add(codeOf(error));
    }
  }
  // One code when every root failed the same check; several roots failing differently are a signature that holds nowhere.
  const [code] = codes.size === 1 ? [...codes] : ['VERIFY_SIGNATURE_INVALID' as const];
  throw new VerifyError(code!, `the bundle does not verify against the trusted root${options.trustedRoots.length > 1 ? 's' : ''}: ${reasons.join('; ')}`);
}

// sigstore-js's error codes, as this package's; a parse error (no code) means the material is not what it claims.
const SIGSTORE_CODES: Readonly<Record<string, VerifyCode>> = {
  TIMESTAMP_ERROR: 'VERIFY_TIMESTAMP_INVALID',
  CERTIFICATE_ERROR: 'VERIFY_CERTIFICATE_INVALID',
  TLOG_ERROR: 'VERIFY_TLOG_MISSING',
  TLOG_MISSING_INCLUSION_ERROR: 'VERIFY_TLOG_INVALID',
  TLOG_INCLUSION_PROOF_ERROR: 'VERIFY_TLOG_INVALID',
  TLOG_INCLUSION_PROMISE_ERROR: 'VERIFY_TLOG_INVALID',
  // The log recorded other content than the bundle's: most often a payload or signature changed after signing.
  TLOG_BODY_ERROR: 'VERIFY_SIGNATURE_INVALID',
  SIGNATURE_ERROR: 'VERIFY_SIGNATURE_INVALID',
  PUBLIC_KEY_ERROR: 'VERIFY_SIGNATURE_INVALID',
};

function codeOf(error: unknown): VerifyCode {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' ? SIGSTORE_CODES[code] : undefined) ?? 'VERIFY_BUNDLE_MALFORMED';
}

function publicKey(pem: string): ReturnType<typeof createPublicKey> {
  try {
    return createPublicKey(pem);
  } catch (error) {
    throw new VerifyError('VERIFY_SIGNATURE_INVALID', `the expected public key does not parse: ${(error as Error).message}`, { cause: error });
  }
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

// sigstore-js errors carry a code and keep the underlying reason in `cause`.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
}
