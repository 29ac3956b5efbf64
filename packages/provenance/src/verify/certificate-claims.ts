import type { Signer } from '@sigstore/verify';
import { VerifyError } from './verify-error.js';

/**
 * Fulcio's certificate extensions for GitHub Actions tokens, by name
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). Their values are DER
 * UTF8Strings, written by Fulcio from the verified OIDC token: the workflow cannot choose them.
 */
export const FULCIO_EXTENSIONS = {
  /** `iss` */
  issuer: '1.3.6.1.4.1.57264.1.8',
  /** `<server>/<job_workflow_ref>`: the workflow that ran the signing job (a reusable one inside one). */
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  /** `job_workflow_sha` */
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  /** `runner_environment`: `github-hosted` or `self-hosted`. */
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  /** `<server>/<repository>` */
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  /** `sha`: the commit built. */
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  /** `ref` */
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  /** `repository_id`: survives renames, changes when a repository is deleted and re-created. */
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  /** `<server>/<repository_owner>` */
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  /** `repository_owner_id` */
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  /** `<server>/<workflow_ref>`: the top-level (caller) workflow. */
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  /** `workflow_sha` */
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  /** `event_name` */
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  /** `<server>/<repository>/actions/runs/<run_id>/attempts/<run_attempt>` */
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  /** `repository_visibility` */
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
  /** `environment` (only when the job names a deployment environment) */
  deploymentEnvironment: '1.3.6.1.4.1.57264.1.23',
} as const;

/** A named Fulcio extension. */
export type CertificateClaimName = keyof typeof FULCIO_EXTENSIONS;

/** What a verified certificate says about who signed: its SAN and the Fulcio extensions it carries. */
export type CertificateClaims = Readonly<Partial<Record<CertificateClaimName | 'subjectAlternativeName', string>>>;

const NAMES = new Map<string, CertificateClaimName>(Object.entries(FULCIO_EXTENSIONS).map(([name, oid]) => [oid, name as CertificateClaimName]));

/**
 * The claims of the certificate sigstore-js verified (its `Signer.identity`, whose `oids` are
 * every extension with its raw value). An extension this module names that is not a
 * well-formed UTF8String, or appears twice, is refused rather than skipped.
 */
export function readCertificateClaims(identity: NonNullable<Signer['identity']>): CertificateClaims {
  const claims: Partial<Record<CertificateClaimName | 'subjectAlternativeName', string>> = {};
  if (identity.subjectAlternativeName) claims.subjectAlternativeName = identity.subjectAlternativeName;
  for (const pair of identity.oids ?? []) {
    const name = NAMES.get(pair.oid?.id.join('.') ?? '');
    if (name === undefined) continue;
    if (claims[name] !== undefined) throw new VerifyError('VERIFY_CERTIFICATE_CLAIM_MISSING', `the certificate carries extension ${FULCIO_EXTENSIONS[name]} (${name}) twice`);
    claims[name] = decodeUtf8String(pair.value, name);
  }
  // Certificates from before OID .8 carry the issuer only in the deprecated .1, which sigstore-js reads.
  if (claims.issuer === undefined && identity.extensions?.issuer) claims.issuer = identity.extensions.issuer;
  return claims;
}

// DER: tag 0x0c, a definite length (short form, or 0x81/0x82 long form), then exactly that many bytes.
function decodeUtf8String(der: Buffer, name: CertificateClaimName): string {
  const fail = (): never => {
    throw new VerifyError('VERIFY_CERTIFICATE_CLAIM_MISSING', `the certificate's extension ${FULCIO_EXTENSIONS[name]} (${name}) is not a DER UTF8String`);
  };
  if (der.length < 2 || der[0] !== 0x0c) return fail();
  const first = der[1]!;
  const lengthBytes = first < 0x80 ? 0 : first - 0x80;
  if (lengthBytes > 2 || der.length < 2 + lengthBytes) return fail();
  const length = lengthBytes === 0 ? first : der.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
  const body = der.subarray(2 + lengthBytes);
  if (body.length !== length) return fail();
  const text = body.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(body)) return fail();
  return text;
}
