import { RingfenceError } from '@ringfence/core';

/**
 * Why verification refused a bundle (a negative verdict), one code per check, so a test can
 * assert exactly which check caught a forgery. Codes in `VERIFY_POLICY_CODES` are refusals of
 * the expectations themselves (a usage error), raised before any bundle is looked at.
 */
export type VerifyCode =
  | 'VERIFY_BUNDLE_MALFORMED'
  | 'VERIFY_SIGNER_KIND_MISMATCH'
  | 'VERIFY_TIMESTAMP_INVALID'
  | 'VERIFY_CERTIFICATE_INVALID'
  | 'VERIFY_TLOG_MISSING'
  | 'VERIFY_TLOG_INVALID'
  | 'VERIFY_SIGNATURE_INVALID'
  | 'VERIFY_STATEMENT_MALFORMED'
  | 'VERIFY_PREDICATE_TYPE_MISMATCH'
  | 'VERIFY_BUILD_TYPE_MISMATCH'
  | 'VERIFY_SUBJECT_DIGEST_MISMATCH'
  | 'VERIFY_CERTIFICATE_CLAIM_MISSING'
  | 'VERIFY_ISSUER_MISMATCH'
  | 'VERIFY_IDENTITY_MISMATCH'
  | 'VERIFY_REPOSITORY_MISMATCH'
  | 'VERIFY_REPOSITORY_ID_MISMATCH'
  | 'VERIFY_REF_MISMATCH'
  | 'VERIFY_BUILDER_MISMATCH'
  | 'VERIFY_BUILDER_DIGEST_MISMATCH'
  | 'VERIFY_RUNNER_ENVIRONMENT_MISMATCH'
  | 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'
  | 'VERIFY_APPROVAL_MISSING'
  | 'VERIFY_APPROVAL_MALFORMED'
  | 'VERIFY_APPROVAL_COMMIT_MISMATCH'
  | 'VERIFY_APPROVAL_GUARD_APP_MISMATCH'
  | 'VERIFY_APPROVAL_BRANCH_MISMATCH'
  | 'VERIFY_APPROVAL_BYPASS_UNCHECKED'
  | 'VERIFY_APPROVAL_REF_UNPROTECTED'
  | 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'
  | AttestationCode
  | VerifyPolicyCode;

/** Refusals of attestations fetched from GitHub, before or instead of one candidate's checks. */
export type AttestationCode = 'VERIFY_NO_ATTESTATIONS' | 'VERIFY_NO_ATTESTATION_VERIFIED' | 'VERIFY_BUNDLE_TOO_LARGE' | 'VERIFY_BUNDLE_UNAVAILABLE';

/** Refusals of the expectations (exit 2): the verifier was asked something it must not answer. */
export type VerifyPolicyCode =
  | 'VERIFY_EXPECTATION_INVALID'
  | 'VERIFY_APPROVAL_KEY_SIGNED'
  | 'VERIFY_APPROVAL_BUILDER_UNPINNED'
  | 'VERIFY_APPROVAL_BUILDER_IN_SOURCE'
  | 'VERIFY_APPROVAL_GATE_UNPINNED';

/** What a failed check compared, for messages and the verdict's detail. */
export interface Comparison {
  readonly expected?: string;
  readonly found?: string;
}

/** A verification refusal: the code of the check, a message naming expected and found, and the values. */
export class VerifyError extends RingfenceError<VerifyCode> {
  readonly expected: string | undefined;
  readonly found: string | undefined;

  constructor(code: VerifyCode, message: string, options: Comparison & { cause?: unknown } = {}) {
    super(code, message, options.cause === undefined ? {} : { cause: options.cause });
    this.expected = options.expected;
    this.found = options.found;
  }
}

/** `<what>: expected "<expected>", found "<found>"` (or `none` when the value is absent), and the error for it. */
export function mismatch(code: VerifyCode, what: string, expected: string, found: string | undefined): VerifyError {
  return new VerifyError(code, `${what}: expected ${JSON.stringify(expected)}, found ${found === undefined ? 'none' : JSON.stringify(found)}`, { expected, ...(found === undefined ? {} : { found }) });
}
