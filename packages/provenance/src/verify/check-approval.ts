import type { ProvenanceStatement } from '../statement/types.js';
import type { ApprovalEvidence } from './approval-evidence.js';
import { readApprovalEvidence } from './approval-evidence.js';
import type { CertificateClaims } from './certificate-claims.js';
import { required } from './check-certificate.js';
import { VerifyError, mismatch } from './verify-error.js';

/**
 * The provenance gate's approval evidence, believed only from a builder outside the source
 * repository (the policy already pinned one; checked again on the certificate itself) and
 * only for the commit the certificate says was built.
 */
export function checkApproval(statement: ProvenanceStatement, claims: CertificateClaims): ApprovalEvidence {
  const source = required(claims, 'sourceRepositoryUri');
  const signer = required(claims, 'buildSignerUri');
  // Defense in depth: compileVerifyPolicy refuses such a builder, and the builder check pins it exactly.
  if (signer.toLowerCase().startsWith(`${source.toLowerCase()}/`)) {
    throw new VerifyError('VERIFY_APPROVAL_BUILDER_IN_SOURCE', `the approval evidence was written by ${signer}, a workflow of the source repository ${source}, which can write any evidence`, { expected: 'a builder outside the source repository', found: signer });
  }
  const evidence = readApprovalEvidence(statement.predicate);
  const built = required(claims, 'sourceRepositoryDigest');
  if (evidence.commit !== built) throw mismatch('VERIFY_APPROVAL_COMMIT_MISMATCH', 'approved commit (the certificate\'s source digest is the commit built)', built, evidence.commit);
  return evidence;
}
