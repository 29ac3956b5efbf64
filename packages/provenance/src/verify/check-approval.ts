import type { ProvenanceStatement } from '../statement/types.js';
import type { ApprovalEvidence } from './approval-evidence.js';
import { readApprovalEvidence } from './approval-evidence.js';
import type { CertificateClaims } from './certificate-claims.js';
import { required } from './check-certificate.js';
import { VerifyError, mismatch } from './verify-error.js';
import type { ApprovalExpectations } from './verify-policy.js';

/**
 * The provenance gate's approval evidence, believed only from a builder outside the source
 * repository (the policy already pinned one; checked again on the certificate itself), only
 * for the commit the certificate says was built, and only when the gate ran with the
 * settings the verifier expects: the caller of the build workflow chooses them, so a
 * writer's own workflow could point the gate at any App, any branch, and no bypass check.
 */
export function checkApproval(statement: ProvenanceStatement, claims: CertificateClaims, expected: ApprovalExpectations): ApprovalEvidence {
  const source = required(claims, 'sourceRepositoryUri');
  const signer = required(claims, 'buildSignerUri');
  // Defense in depth: compileVerifyPolicy refuses such a builder, and the builder check pins it exactly.
  if (signer.toLowerCase().startsWith(`${source.toLowerCase()}/`)) {
    throw new VerifyError('VERIFY_APPROVAL_BUILDER_IN_SOURCE', `the approval evidence was written by ${signer}, a workflow of the source repository ${source}, which can write any evidence`, { expected: 'a builder outside the source repository', found: signer });
  }
  const evidence = readApprovalEvidence(statement.predicate);
  const built = required(claims, 'sourceRepositoryDigest');
  if (evidence.commit !== built) throw mismatch('VERIFY_APPROVAL_COMMIT_MISMATCH', 'approved commit (the certificate\'s source digest is the commit built)', built, evidence.commit);
  checkGateSettings(evidence, expected);
  checkBuiltRef(required(claims, 'sourceRepositoryRef'), expected.protectedBranch);
  checkEnvironment(evidence, claims, expected);
  return evidence;
}

// The App whose check runs the gate believed, the branch it judged, and whether it ruled out a bypass.
function checkGateSettings(evidence: ApprovalEvidence, expected: ApprovalExpectations): void {
  if (evidence.guardAppId !== expected.guardAppId) throw mismatch('VERIFY_APPROVAL_GUARD_APP_MISMATCH', 'guard App whose check run the gate believed', String(expected.guardAppId), evidence.guardAppId === undefined ? undefined : String(evidence.guardAppId));
  if (evidence.protectedBranch !== expected.protectedBranch) throw mismatch('VERIFY_APPROVAL_BRANCH_MISMATCH', 'protected branch the gate judged the merge into', expected.protectedBranch, evidence.protectedBranch);
  const accepted = expected.allowUncheckedBypass ? ['rule-suites', 'off'] : ['rule-suites'];
  if (evidence.bypassCheck === undefined || !accepted.includes(evidence.bypassCheck)) {
    const hint = evidence.bypassCheck === 'off' ? ' (the gate did not check for a ruleset bypass; accept that only with --allow-unchecked-bypass, for repositories without rulesets)' : '';
    throw new VerifyError('VERIFY_APPROVAL_BYPASS_UNCHECKED', `bypass check recorded in the approval evidence: expected ${accepted.map((a) => JSON.stringify(a)).join(' or ')}, found ${evidence.bypassCheck === undefined ? 'none' : JSON.stringify(evidence.bypassCheck)}${hint}`, { expected: accepted.join(' or '), ...(evidence.bypassCheck === undefined ? {} : { found: evidence.bypassCheck }) });
  }
}

// The certificate's ref (OID .14): the protected branch itself, or a tag (the gate checked the tag's commit is on the branch).
function checkBuiltRef(ref: string, branch: string): void {
  if (ref === `refs/heads/${branch}` || ref.startsWith('refs/tags/')) return;
  throw new VerifyError('VERIFY_APPROVAL_REF_UNPROTECTED', `source ref in the certificate: expected refs/heads/${branch} or a tag (refs/tags/…), found ${JSON.stringify(ref)}: approved source is built from the protected branch or a tag`, { expected: `refs/heads/${branch} or refs/tags/*`, found: ref });
}

// The evidence's environment must agree with the certificate's (OID .23) whenever both say one, and with the expectation when given.
function checkEnvironment(evidence: ApprovalEvidence, claims: CertificateClaims, expected: ApprovalExpectations): void {
  const certified = claims.deploymentEnvironment;
  if (certified !== undefined && evidence.environment !== certified) throw mismatch('VERIFY_APPROVAL_ENVIRONMENT_MISMATCH', 'environment in the approval evidence (the certificate\'s OID 1.3.6.1.4.1.57264.1.23 says)', certified, evidence.environment);
  if (expected.environment === undefined) return;
  if (evidence.environment !== expected.environment) throw mismatch('VERIFY_APPROVAL_ENVIRONMENT_MISMATCH', 'environment the signing job ran in (approval evidence)', expected.environment, evidence.environment);
}
