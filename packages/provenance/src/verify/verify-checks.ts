import type { VerifyCode } from './verify-error.js';

/** The checks of `verifyProvenance`, in the order they run. */
export const VERIFY_CHECKS = [
  'bundle',
  'signature',
  'certificate',
  'statement',
  'predicate-type',
  'build-type',
  'subject',
  'issuer',
  'identity',
  'repository',
  'repository-id',
  'ref',
  'builder',
  'builder-digest',
  'runner-environment',
  'statement-agreement',
  'approval',
] as const;

/** One check of `verifyProvenance`. */
export type VerifyCheckName = (typeof VERIFY_CHECKS)[number];

/**
 * The check each code belongs to. `signature` covers everything sigstore-js verifies in one
 * pass: trusted time, certificate chain at that time, transparency log and the signature.
 * `expectations` codes refuse the expectations themselves, before any bundle is read.
 */
export const CHECK_OF_CODE: Readonly<Record<VerifyCode, VerifyCheckName | 'expectations'>> = {
  VERIFY_BUNDLE_MALFORMED: 'bundle',
  VERIFY_SIGNER_KIND_MISMATCH: 'signature',
  VERIFY_TIMESTAMP_INVALID: 'signature',
  VERIFY_CERTIFICATE_INVALID: 'signature',
  VERIFY_TLOG_MISSING: 'signature',
  VERIFY_TLOG_INVALID: 'signature',
  VERIFY_SIGNATURE_INVALID: 'signature',
  VERIFY_STATEMENT_MALFORMED: 'statement',
  VERIFY_PREDICATE_TYPE_MISMATCH: 'predicate-type',
  VERIFY_BUILD_TYPE_MISMATCH: 'build-type',
  VERIFY_SUBJECT_DIGEST_MISMATCH: 'subject',
  VERIFY_CERTIFICATE_CLAIM_MISSING: 'certificate',
  VERIFY_ISSUER_MISMATCH: 'issuer',
  VERIFY_IDENTITY_MISMATCH: 'identity',
  VERIFY_REPOSITORY_MISMATCH: 'repository',
  VERIFY_REPOSITORY_ID_MISMATCH: 'repository-id',
  VERIFY_REF_MISMATCH: 'ref',
  VERIFY_BUILDER_MISMATCH: 'builder',
  VERIFY_BUILDER_DIGEST_MISMATCH: 'builder-digest',
  VERIFY_RUNNER_ENVIRONMENT_MISMATCH: 'runner-environment',
  VERIFY_STATEMENT_CERTIFICATE_MISMATCH: 'statement-agreement',
  VERIFY_APPROVAL_MISSING: 'approval',
  VERIFY_APPROVAL_MALFORMED: 'approval',
  VERIFY_APPROVAL_COMMIT_MISMATCH: 'approval',
  VERIFY_APPROVAL_GUARD_APP_MISMATCH: 'approval',
  VERIFY_APPROVAL_BRANCH_MISMATCH: 'approval',
  VERIFY_APPROVAL_BYPASS_UNCHECKED: 'approval',
  VERIFY_APPROVAL_REF_UNPROTECTED: 'approval',
  VERIFY_APPROVAL_ENVIRONMENT_MISMATCH: 'approval',
  VERIFY_APPROVAL_KEY_SIGNED: 'approval',
  VERIFY_APPROVAL_BUILDER_UNPINNED: 'approval',
  VERIFY_APPROVAL_BUILDER_IN_SOURCE: 'approval',
  VERIFY_APPROVAL_GATE_UNPINNED: 'expectations',
  VERIFY_EXPECTATION_INVALID: 'expectations',
  VERIFY_NO_ATTESTATIONS: 'bundle',
  VERIFY_NO_ATTESTATION_VERIFIED: 'bundle',
  VERIFY_BUNDLE_TOO_LARGE: 'bundle',
  VERIFY_BUNDLE_UNAVAILABLE: 'bundle',
};
