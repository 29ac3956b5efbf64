import { createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Bundle, BundleWithDsseEnvelope } from '@sigstore/bundle';
import { bundleFromJSON, isBundleWithDsseEnvelope, isBundleWithPublicKey } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { SignedEntity, Signer } from '@sigstore/verify';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import type { Thresholds } from './expectations.js';
import { KEY_ONLY_THRESHOLDS } from './expectations.js';
import type { VerifyCode } from './verify-error.js';
import { VerifyError } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';

// A root that trusts nothing: a key-signed bundle without witnesses needs no other material.
const EMPTY_ROOT: TrustedRoot = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };

/** The bundle (its JSON, or the text of a bundle file) as a DSSE bundle, or VERIFY_BUNDLE_MALFORMED. */
export function parseBundle(json: unknown): BundleWithDsseEnvelope {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(typeof json === 'string' ? (JSON.parse(json) as unknown) : json);
  } catch (error) {
    throw new VerifyError('VERIFY_BUNDLE_MALFORMED', `not a Sigstore bundle: ${(error as Error).message}`, { cause: error });
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw new VerifyError('VERIFY_BUNDLE_MALFORMED', 'expected a bundle with a DSSE envelope (an attestation), found a message signature', { expected: 'dsseEnvelope', found: 'messageSignature' });
  return bundle;
}

/**
 * What each Sigstore instance provides, all of it required, and always one trusted time:
 * a root with a transparency log (public-good) requires a log entry, a root with CT logs an
 * SCT; a root with neither (GitHub's instance: a TSA only) requires a signed timestamp.
 */
export function instanceThresholds(root: TrustedRoot): Thresholds {
  return { tlog: root.tlogs.length > 0 ? 1 : 0, ctlog: root.ctlogs.length > 0 ? 1 : 0, timestamps: 1 };
}

/**
 * sigstore-js's verification (signature over the DSSE PAE, certificate chain at the trusted
 * time, SCTs, log inclusion, TSA timestamps) against each trusted root in turn; the first
 * root that accepts gives the signer. When none does, the failure that got furthest is
 * reported, with a code for the check that failed.
 */
export function checkSignature(bundle: BundleWithDsseEnvelope, policy: VerifyPolicy): Signer {
  const keyed = policy.signer.kind === 'public-key';
  if (isBundleWithPublicKey(bundle) !== keyed) {
    const [expected, found] = keyed ? ['a public key', 'a certificate'] : ['a certificate', 'a public key'];
    throw new VerifyError('VERIFY_SIGNER_KIND_MISMATCH', `expected a bundle signed by ${expected}, found one signed by ${found}`, { expected, found });
  }
  const roots = policy.signer.trustedRoots.length > 0 ? policy.signer.trustedRoots : [EMPTY_ROOT];
  const failures: VerifyError[] = [];
  for (const root of roots) {
    try {
      return verifyWithRoot(bundle, root, policy);
    } catch (error) {
      if (!(error instanceof VerifyError)) throw error;
      failures.push(error);
    }
  }
  throw failures.reduce((furthest, next) => ((STAGE[next.code] ?? 0) > (STAGE[furthest.code] ?? 0) ? next : furthest));
}

function verifyWithRoot(bundle: BundleWithDsseEnvelope, root: TrustedRoot, policy: VerifyPolicy): Signer {
  const thresholds = policy.thresholds ?? (policy.signer.kind === 'public-key' ? KEY_ONLY_THRESHOLDS : instanceThresholds(root));
  const entries = bundle.verificationMaterial.tlogEntries.length;
  // Counted first: without the entry there may be no trusted time either, and the log is what is missing.
  if (entries < thresholds.tlog) throw new VerifyError('VERIFY_TLOG_MISSING', `the trusted root requires ${thresholds.tlog} transparency log entr${thresholds.tlog === 1 ? 'y' : 'ies'}, the bundle has ${entries}`, { expected: String(thresholds.tlog), found: String(entries) });
  const key = policy.signer.kind === 'public-key' ? createPublicKey(policy.signer.publicKeyPem) : undefined;
  // The expected key verifies whatever hint the bundle names: DSSE key ids are unauthenticated labels.
  const keys = key ? () => ({ publicKey: key, validFor: () => true }) : {};
  let entity: SignedEntity | undefined;
  try {
    entity = toSignedEntity(bundle);
    return new Verifier(toTrustMaterial(root, keys), { tlogThreshold: thresholds.tlog, ctlogThreshold: thresholds.ctlog, timestampThreshold: thresholds.timestamps }).verify(entity);
  } catch (error) {
    throw classify(error, entity, key);
  }
}

// The order sigstore-js checks in, so that several roots report the failure that got furthest.
const STAGE: Partial<Record<VerifyCode, number>> = { VERIFY_TIMESTAMP_INVALID: 1, VERIFY_CERTIFICATE_INVALID: 2, VERIFY_TLOG_MISSING: 3, VERIFY_TLOG_INVALID: 3, VERIFY_SIGNATURE_INVALID: 4 };

const SIGSTORE_CODES: Readonly<Record<string, [VerifyCode, string]>> = {
  TIMESTAMP_ERROR: ['VERIFY_TIMESTAMP_INVALID', 'no trusted time: the bundle has no timestamp that verifies against the trusted root'],
  CERTIFICATE_ERROR: ['VERIFY_CERTIFICATE_INVALID', 'the signing certificate does not chain to a trusted CA, was not valid at the signing time, or lacks a valid SCT'],
  TLOG_ERROR: ['VERIFY_TLOG_MISSING', 'the bundle lacks the transparency log entry the trusted root requires'],
  TLOG_MISSING_INCLUSION_ERROR: ['VERIFY_TLOG_INVALID', 'the transparency log entry has neither an inclusion proof nor a promise'],
  TLOG_INCLUSION_PROOF_ERROR: ['VERIFY_TLOG_INVALID', 'the transparency log inclusion proof does not verify against the trusted root'],
  TLOG_INCLUSION_PROMISE_ERROR: ['VERIFY_TLOG_INVALID', 'the transparency log inclusion promise does not verify against the trusted root'],
  SIGNATURE_ERROR: ['VERIFY_SIGNATURE_INVALID', 'the signature does not verify: the payload or the signature was changed, or another key signed'],
  PUBLIC_KEY_ERROR: ['VERIFY_SIGNATURE_INVALID', 'the public key is not valid at the signing time'],
};

function classify(error: unknown, entity: SignedEntity | undefined, key: KeyObject | undefined): VerifyError {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const detail = describe(error);
  if (code === 'TLOG_BODY_ERROR') {
    // The log recorded other content: a changed payload (the signature no longer holds), or an entry spliced from another bundle.
    return signatureHolds(entity, key)
      ? new VerifyError('VERIFY_TLOG_INVALID', `the transparency log entry is for other content than this envelope (${detail})`, { cause: error })
      : new VerifyError('VERIFY_SIGNATURE_INVALID', `the signature does not verify: the payload or the signature was changed after signing (${detail})`, { cause: error });
  }
  const known = typeof code === 'string' ? SIGSTORE_CODES[code] : undefined;
  if (known) return new VerifyError(known[0], `${known[1]} (${detail})`, { cause: error });
  // Parse errors from @sigstore/core carry no code: the bundle's material is not what it claims to be.
  return new VerifyError('VERIFY_BUNDLE_MALFORMED', `the bundle's verification material does not parse: ${typeof message === 'string' ? message : String(error)}`, { cause: error });
}

function signatureHolds(entity: SignedEntity | undefined, key: KeyObject | undefined): boolean {
  if (!entity) return false;
  const signingKey = key ?? (entity.key.$case === 'certificate' ? createPublicKey({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' }) : undefined);
  return signingKey !== undefined && entity.signature.verifySignature(signingKey);
}

// sigstore-js errors keep the underlying reason in `cause` (e.g. why a chain failed).
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
}
