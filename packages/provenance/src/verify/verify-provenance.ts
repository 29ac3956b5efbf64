import { VERDICT_VERSION } from '@ringfence/core';
import type { ReasonCode, Verdict, Warning } from '@ringfence/core';
import type { ProvenancePredicate } from '../statement/types.js';
import type { Subject } from '../subjects/subject.js';
import type { ApprovalEvidence } from './approval-evidence.js';
import type { CertificateClaims } from './certificate-claims.js';
import { readCertificateClaims } from './certificate-claims.js';
import { checkKeySignedStatement, checkStatementAgreement } from './check-agreement.js';
import { checkApproval } from './check-approval.js';
import { checkCertificateIdentity } from './check-certificate.js';
import { checkSignature, parseBundle } from './check-signature.js';
import { checkStatement } from './check-statement.js';
import type { VerifyCheckName } from './verify-checks.js';
import { CHECK_OF_CODE } from './verify-checks.js';
import type { VerifyCode } from './verify-error.js';
import { VerifyError } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';

/**
 * The verdict's reason code for a refused bundle. The specific check's code is in
 * `detail.failure.code` (and leads the reason's message).
 */
export const VERIFY_REASON_CODE: ReasonCode = 'PROVENANCE_UNVERIFIED';

/** Why verification refused: the check, its code, and what it compared. */
export interface VerifyFailure {
  readonly code: VerifyCode;
  readonly check: VerifyCheckName | 'expectations';
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

/** What `verifyProvenance` found, beyond the outcome. */
export interface VerifyDetail {
  readonly signer: 'certificate' | 'public-key';
  /** The checks that passed, in the order they ran. */
  readonly passed: readonly VerifyCheckName[];
  readonly failure?: VerifyFailure;
  /** Who signed, from the verified certificate (once its signature verified). */
  readonly certificate?: CertificateClaims;
  /** The verified provenance for the artifact: only when everything holds. */
  readonly provenance?: { readonly subject: Subject; readonly predicate: ProvenancePredicate };
  readonly approval?: ApprovalEvidence;
  /** Attestations fetched from GitHub: why each one tried before the decision did not verify. */
  readonly candidates?: readonly { readonly index: number; readonly code: VerifyCode; readonly message: string }[];
  readonly warnings: readonly Warning[];
}

/** The verify control's verdict: `allowed` when the bundle proves every expectation, else `blocked`. */
export type VerifyVerdict = Verdict<VerifyDetail>;

interface Progress {
  passed: VerifyCheckName[];
  warnings: Warning[];
  certificate?: CertificateClaims;
  approval?: ApprovalEvidence;
}

/**
 * Verifies a Sigstore bundle (its JSON, or a bundle file's text) for an artifact against compiled expectations, as a
 * straight pipeline of checks; the first that fails decides, with its own code. Never throws
 * for a bad bundle: a refusal is a `blocked` verdict. Anything else thrown is a bug and
 * propagates (the caller fails closed).
 */
export function verifyProvenance(json: unknown, policy: VerifyPolicy): VerifyVerdict {
  const progress: Progress = { passed: [], warnings: [] };
  try {
    const provenance = runChecks(json, policy, progress);
    return verdict(policy, progress, { provenance });
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    const failure: VerifyFailure = { code: error.code, check: CHECK_OF_CODE[error.code], message: error.message, ...(error.expected === undefined ? {} : { expected: error.expected }), ...(error.found === undefined ? {} : { found: error.found }) };
    return verdict(policy, progress, { failure });
  }
}

function runChecks(json: unknown, policy: VerifyPolicy, progress: Progress): NonNullable<VerifyDetail['provenance']> {
  const { passed } = progress;
  const bundle = parseBundle(json);
  passed.push('bundle');
  const signer = checkSignature(bundle, policy);
  passed.push('signature');
  const claims = policy.signer.kind === 'certificate' ? readCertificateClaims(signer.identity ?? {}) : undefined;
  if (claims) {
    progress.certificate = claims;
    passed.push('certificate');
  }
  const { statement, subject } = checkStatement(bundle.content.dsseEnvelope, policy);
  passed.push('statement', 'predicate-type', 'build-type', 'subject');
  if (!claims) {
    checkKeySignedStatement(statement, policy);
    if (policy.repository) passed.push('repository');
    if (policy.ref) passed.push('ref');
    return { subject, predicate: statement.predicate };
  }
  progress.warnings.push(...checkCertificateIdentity(claims, policy, passed));
  checkStatementAgreement(statement, claims);
  passed.push('statement-agreement');
  if (policy.requireApproval) {
    // Defense in depth: compileVerifyPolicy sets the expectations whenever approval is required.
    if (!policy.approval) throw new VerifyError('VERIFY_APPROVAL_GATE_UNPINNED', 'approval is required, but no guard App id and protected branch are expected');
    progress.approval = checkApproval(statement, claims, policy.approval);
    passed.push('approval');
  }
  return { subject, predicate: statement.predicate };
}

function verdict(policy: VerifyPolicy, progress: Progress, result: { provenance?: VerifyDetail['provenance']; failure?: VerifyFailure }): VerifyVerdict {
  const { failure, provenance } = result;
  return {
    version: VERDICT_VERSION,
    control: 'verify',
    outcome: failure ? 'blocked' : 'allowed',
    reasons: failure ? [{ code: VERIFY_REASON_CODE, message: `${failure.code}: ${failure.message}` }] : [],
    inputs: verifyInputs(policy),
    detail: {
      signer: policy.signer.kind,
      passed: progress.passed,
      ...(failure ? { failure } : {}),
      ...(progress.certificate ? { certificate: progress.certificate } : {}),
      ...(provenance ? { provenance } : {}),
      ...(progress.approval ? { approval: progress.approval } : {}),
      warnings: progress.warnings,
    },
  };
}

/** The expectations that decided, as the verdict's `inputs` (only those given). */
export function verifyInputs(policy: VerifyPolicy): Record<string, unknown> {
  const inputs: Record<string, unknown> = { subjectSha256: policy.subjectSha256, signer: policy.signer.kind, trustedRoots: policy.signer.trustedRoots.length };
  const given: [string, string | undefined][] = [
    ['expectedRepository', policy.repository && `${policy.repository.owner}/${policy.repository.name}`],
    ['expectedRepositoryId', policy.repositoryId],
    ['expectedRef', policy.ref?.text],
    ['expectedBuilder', policy.builder?.ref],
    ['expectedBuilderDigest', policy.builderDigest],
    ['expectedRunnerEnvironment', policy.runnerEnvironment],
    ['expectedIssuer', policy.signer.kind === 'certificate' ? policy.signer.issuer : undefined],
    ['expectedIdentity', policy.signer.kind === 'certificate' ? policy.signer.identity : undefined],
  ];
  for (const [name, value] of given) if (value !== undefined) inputs[name] = value;
  if (policy.requireApproval) inputs['requireApproval'] = true;
  if (policy.approval) {
    inputs['expectedGuardAppId'] = policy.approval.guardAppId;
    inputs['expectedProtectedBranch'] = policy.approval.protectedBranch;
    if (policy.approval.allowUncheckedBypass) inputs['allowUncheckedBypass'] = true;
    if (policy.approval.environment !== undefined) inputs['expectedEnvironment'] = policy.approval.environment;
  }
  return inputs;
}
