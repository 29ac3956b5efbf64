import type { Warning } from '@ringfence/core';
import type { CertificateClaimName, CertificateClaims } from './certificate-claims.js';
import { FULCIO_EXTENSIONS } from './certificate-claims.js';
import type { VerifyCheckName } from './verify-checks.js';
import type { VerifyCode } from './verify-error.js';
import { VerifyError, mismatch } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';

/**
 * Every expectation about who signed, against the certificate's Fulcio extensions (never the
 * statement): issuer, SAN, source repository by URI and id, ref, build signer and its digest,
 * runner environment. Exact comparisons only; a ref is a glob only when written as one.
 * Each check that holds is reported to `passed` as it does; returns the warnings.
 */
export function checkCertificateIdentity(claims: CertificateClaims, policy: VerifyPolicy, passed: { push(check: VerifyCheckName): unknown }): Warning[] {
  if (policy.signer.kind !== 'certificate') return [];
  const { issuer, identity } = policy.signer;
  const warnings: Warning[] = [];
  expectClaim(claims, 'issuer', issuer, 'VERIFY_ISSUER_MISMATCH', 'OIDC issuer');
  passed.push('issuer');
  if (identity !== undefined) {
    if (claims.subjectAlternativeName !== identity) throw mismatch('VERIFY_IDENTITY_MISMATCH', 'certificate identity (SAN)', identity, claims.subjectAlternativeName);
    passed.push('identity');
  }
  const repository = policy.repository!;
  expectClaim(claims, 'sourceRepositoryUri', repository.uri, 'VERIFY_REPOSITORY_MISMATCH', 'source repository');
  // Defense in depth: the owner URI cannot differ when the repository URI matched, unless the certificate is inconsistent.
  if (claims.sourceRepositoryOwnerUri !== undefined) expectClaim(claims, 'sourceRepositoryOwnerUri', `${policy.serverUrl}/${repository.owner}`, 'VERIFY_REPOSITORY_MISMATCH', 'source repository owner');
  passed.push('repository');
  if (policy.repositoryId !== undefined) {
    const foundId = required(claims, 'sourceRepositoryIdentifier');
    if (foundId !== policy.repositoryId) throw mismatch('VERIFY_REPOSITORY_ID_MISMATCH', `source repository id of ${repository.owner}/${repository.name} (a re-created repository has a new id)`, policy.repositoryId, foundId);
    passed.push('repository-id');
  } else {
    const pin = claims.sourceRepositoryIdentifier === undefined ? 'the certificate carries no id either' : `pin this one with --expected-repository-id ${claims.sourceRepositoryIdentifier}`;
    warnings.push({ code: 'VERIFY_REPOSITORY_ID_UNPINNED', message: `the repository id was not pinned: a repository re-created as ${repository.owner}/${repository.name} would pass too; ${pin}` });
  }
  if (policy.ref) {
    const ref = required(claims, 'sourceRepositoryRef');
    if (!policy.ref.test(ref)) throw mismatch('VERIFY_REF_MISMATCH', `source ref${policy.ref.glob ? ' (glob)' : ''}`, policy.ref.text, ref);
    passed.push('ref');
  }
  if (policy.builder) {
    expectClaim(claims, 'buildSignerUri', policy.builder.uri, 'VERIFY_BUILDER_MISMATCH', 'builder (the signing workflow)');
    passed.push('builder');
  }
  if (policy.builderDigest !== undefined) {
    expectClaim(claims, 'buildSignerDigest', policy.builderDigest, 'VERIFY_BUILDER_DIGEST_MISMATCH', 'builder digest (the signing workflow\'s commit)');
    passed.push('builder-digest');
  }
  if (policy.runnerEnvironment !== undefined) {
    expectClaim(claims, 'runnerEnvironment', policy.runnerEnvironment, 'VERIFY_RUNNER_ENVIRONMENT_MISMATCH', 'runner environment');
    passed.push('runner-environment');
  }
  return warnings;
}

/** The claim's value, or VERIFY_CERTIFICATE_CLAIM_MISSING: a certificate that does not say cannot vouch. */
export function required(claims: CertificateClaims, name: CertificateClaimName): string {
  const value = claims[name];
  if (value === undefined) throw new VerifyError('VERIFY_CERTIFICATE_CLAIM_MISSING', `the certificate does not carry ${name} (extension ${FULCIO_EXTENSIONS[name]}), so it cannot vouch for it; is it a GitHub Actions certificate?`, { expected: name });
  return value;
}

function expectClaim(claims: CertificateClaims, name: CertificateClaimName, expected: string, code: VerifyCode, what: string): void {
  const found = required(claims, name);
  if (found !== expected) throw mismatch(code, `${what} in the certificate`, expected, found);
}
