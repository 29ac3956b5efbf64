export { ProvenanceError } from './errors.js';
export type { ProvenanceErrorCode, ProvenanceErrorLocation } from './errors.js';

export type { Subject } from './subjects/subject.js';
export { SHA256_HEX, makeSubject, normalizeSubjectName } from './subjects/subject.js';
export { parseChecksums } from './subjects/parse-checksums.js';
export type { ChecksumEntry } from './subjects/parse-checksums.js';
export { parseSubjectPair } from './subjects/parse-subject-pair.js';
export { digestFile } from './subjects/digest-file.js';
export { collectSubjects, checkSubjectSet, MAX_SUBJECTS, MAX_CHECKSUMS_BYTES } from './subjects/collect-subjects.js';
export type { SubjectSources } from './subjects/collect-subjects.js';

export { buildProvenanceStatement } from './statement/build-statement.js';
export { SUPPORTED_EVENTS, workflowPath } from './statement/github-predicate.js';
export { workflowRunFromClaims, workflowRunFromEnvironment, selectWorkflowRun } from './statement/workflow-run.js';
export type { BuildTimes, FactSource, GitHubActionsFacts, LocalFacts, ProvenanceFacts, WorkflowRun } from './statement/facts.js';
export { GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1, LOCAL_BUILD_TYPE, SLSA_PROVENANCE_V1 } from './statement/types.js';
export type { ProvenancePredicate, ProvenanceStatement, ResourceDescriptor } from './statement/types.js';

export { REQUIRED_GITHUB_CLAIMS, assertGitHubClaims, serverUrlForIssuer } from './oidc/github-claims.js';
export type { GitHubClaims, RequiredGitHubClaim } from './oidc/github-claims.js';
export { verifyIdToken } from './oidc/verify-id-token.js';
export type { IdTokenExpectations, VerifiedIdToken } from './oidc/verify-id-token.js';

export type { BundleSigner, ServiceOptions } from './sign/bundle-signer.js';
export type { WitnessUrls } from './sign/witnesses.js';
export { createKeylessSigner, GITHUB_INSTANCE, PUBLIC_GOOD_INSTANCE } from './sign/keyless-signer.js';
export type { KeylessSigningOptions } from './sign/keyless-signer.js';
export { createKeySigner, localKeyHolder, publicKeyHint } from './sign/key-signer.js';
export type { KeyHolder, KeySigningOptions } from './sign/key-signer.js';
export { signStatement } from './sign/sign-statement.js';

export { verifyProvenanceBundle } from './verify/verify-bundle.js';
export type { BundleExpectations } from './verify/verify-bundle.js';
export { GITHUB_THRESHOLDS, KEY_ONLY_THRESHOLDS, PUBLIC_GOOD_THRESHOLDS } from './verify/expectations.js';
export type { CertificateIdentity, PublicKeyIdentity, Thresholds } from './verify/expectations.js';
export { loadTrustedRoot, loadTrustedRoots, parseTrustedRoot, parseTrustedRootsText } from './verify/trusted-root.js';
export type { TrustedRoot } from './verify/trusted-root.js';
export type { VerifiedStatement } from './verify/read-statement.js';
export type { SerializedBundle } from '@sigstore/bundle';

export { compileVerifyPolicy, GITHUB_ACTIONS_ISSUER } from './verify/verify-policy.js';
export type { ApprovalExpectations, RefPattern, RepositoryName, VerifyOptions, VerifyPolicy, WorkflowIdentity } from './verify/verify-policy.js';
export { verifyProvenance, VERIFY_REASON_CODE } from './verify/verify-provenance.js';
export type { VerifyDetail, VerifyFailure, VerifyVerdict } from './verify/verify-provenance.js';
export { VerifyError } from './verify/verify-error.js';
export type { VerifyCode, VerifyPolicyCode } from './verify/verify-error.js';
export { CHECK_OF_CODE, VERIFY_CHECKS } from './verify/verify-checks.js';
export type { VerifyCheckName } from './verify/verify-checks.js';
export { FULCIO_EXTENSIONS } from './verify/certificate-claims.js';
export type { CertificateClaimName, CertificateClaims } from './verify/certificate-claims.js';
export { APPROVAL_EVIDENCE_KEY, GITHUB_ACTIONS_APP_ID } from './evidence/approval-evidence.js';
export type { ApprovalEvidence } from './evidence/approval-evidence.js';
export { instanceThresholds } from './verify/check-signature.js';
export { verifyBundleGeneric } from './verify/verify-bundle-generic.js';
export type { GenericArtifact, GenericBundleOptions, GenericSigner, GenericVerification } from './verify/verify-bundle-generic.js';
export type { AttestationList, AttestationQuery, AttestationRecord, AttestationSource } from './verify/attestation-source.js';
export { MAX_ATTESTATIONS, MAX_BUNDLE_BYTES, verifyAttestations, verifyFromSource } from './verify/verify-attestations.js';
export type { AttestationLimits, CandidateOutcome } from './verify/verify-attestations.js';

export { decideGate, refuseEvent, refuseGuardApp } from './gate/decide-gate.js';
export type { GateDecision, GateRefusal } from './gate/decide-gate.js';
export { runGate } from './gate/run-gate.js';
export { gatherGateFacts } from './gate/gather-gate-facts.js';
export { GATED_EVENTS, GUARD_CHECK_NAME, REFUSED_EVENTS } from './gate/gate-config.js';
export type { GateConfig, GateRequest } from './gate/gate-config.js';
export type { CheckRunFact, Fact, GateFacts, PullRequestFact, Reachability, RuleSuiteFact } from './gate/gate-facts.js';
export type { GateReason, GateReasonCode } from './gate/gate-reasons.js';
export type { BranchComparer, CheckRunsOfCommit, GateDeps, PullRequestsOfCommit, RuleSuitesOfRef } from './gate/ports.js';
export { GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR, STAGING_TUF_MIRROR, resolveTufSource } from './verify/tuf-source.js';
export type { TufOptions, TufSource } from './verify/tuf-source.js';
export { TRUSTED_ROOT_TARGET, fetchTrustedRootFromTuf } from './verify/tuf-trusted-root.js';
export { gateVerdict, ungatedVerdict, withSigned } from './gate/gate-verdict.js';
export type { GateSettings, ProvenanceDetail, ProvenanceVerdict, SignedProvenance } from './gate/gate-verdict.js';
export { provenanceDetailSchema, verifyDetailSchema } from './schema/verdict-detail-schemas.js';
