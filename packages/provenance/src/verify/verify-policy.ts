import { createPublicKey } from 'node:crypto';
import picomatch from 'picomatch';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { GITHUB_ACTIONS_APP_ID } from '../evidence/approval-evidence.js';
import { serverUrlForIssuer } from '../oidc/github-claims.js';
import { GITHUB_WORKFLOW_BUILD_TYPE, LOCAL_BUILD_TYPE, SLSA_PROVENANCE_V1 } from '../statement/types.js';
import type { Thresholds } from './expectations.js';
import { VerifyError } from './verify-error.js';

/** GitHub's OIDC issuer for Actions, the default `expectedIssuer`. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** What the caller expects of a bundle, as given (CLI flags, action inputs). */
export interface VerifyOptions {
  /** The artifact's sha256 (hex): some subject of the statement must carry it. */
  readonly subjectSha256: string;
  /** Roots to trust, one per Sigstore instance (required for certificate-signed bundles). */
  readonly trustedRoots?: readonly TrustedRoot[];
  /** SPKI PEM: the bundle must be key-signed by this key; certificate expectations do not apply. */
  readonly publicKeyPem?: string;
  /** `owner/name` of the source repository; required unless `publicKeyPem` is given. */
  readonly expectedRepository?: string;
  /** The source repository's numeric id (a re-created repository with the same name has another). */
  readonly expectedRepositoryId?: string;
  /** `refs/…`, exact, or a glob in the project's dialect (`refs/tags/v*`; `*` never crosses `/`). */
  readonly expectedRef?: string;
  /** `owner/repo/.github/workflows/file.yml@ref` of the workflow that signed (the certificate's build signer). */
  readonly expectedBuilder?: string;
  /** The signing workflow's commit (certificate OID .10). */
  readonly expectedBuilderDigest?: string;
  /** `github-hosted` or `self-hosted` (certificate OID .11). */
  readonly expectedRunnerEnvironment?: string;
  /** Default `https://token.actions.githubusercontent.com`. */
  readonly expectedIssuer?: string;
  /** The certificate's SAN, exactly. */
  readonly expectedIdentity?: string;
  /** Require the provenance gate's approval evidence (see `ApprovalEvidence`). */
  readonly requireApproval?: boolean;
  /** With `requireApproval`, required: the guard App the gate had to believe (the evidence's `guardAppId`). */
  readonly expectedGuardAppId?: string;
  /** With `requireApproval`, required: the branch approved source lives on (the evidence's `protectedBranch`). */
  readonly expectedProtectedBranch?: string;
  /** With `requireApproval`: accept evidence recorded with `bypassCheck: off` (no ruleset bypass check). */
  readonly allowUncheckedBypass?: boolean;
  /** With `requireApproval`: the GitHub Environment the signing job ran in (evidence, and certificate OID .23 when present). */
  readonly expectedEnvironment?: string;
  /** Default: the server the issuer stands for (`https://github.com`, a GHE.com tenant). */
  readonly serverUrl?: string;
  /** Default: what each trusted root provides (a log, SCTs), and always one trusted time. */
  readonly thresholds?: Thresholds;
}

/** A source repository as the certificate names it. */
export interface RepositoryName {
  readonly owner: string;
  readonly name: string;
  /** `<server>/<owner>/<name>` */
  readonly uri: string;
}

/** A workflow as the certificate's build signer names it. */
export interface WorkflowIdentity {
  /** `owner/repo/path@ref` as given */
  readonly ref: string;
  readonly owner: string;
  readonly repo: string;
  /** `<server>/<ref>` */
  readonly uri: string;
}

/** A ref expectation: exact unless written as a glob. */
export interface RefPattern {
  readonly text: string;
  readonly glob: boolean;
  test(ref: string): boolean;
}

/** The expectations, checked and compiled: `verifyProvenance` decides with nothing else. */
export interface VerifyPolicy {
  readonly subjectSha256: string;
  readonly signer:
    | { readonly kind: 'certificate'; readonly trustedRoots: readonly TrustedRoot[]; readonly issuer: string; readonly identity: string | undefined }
    | { readonly kind: 'public-key'; readonly trustedRoots: readonly TrustedRoot[]; readonly publicKeyPem: string };
  readonly thresholds: Thresholds | undefined;
  readonly serverUrl: string;
  readonly repository: RepositoryName | undefined;
  readonly repositoryId: string | undefined;
  readonly ref: RefPattern | undefined;
  readonly builder: WorkflowIdentity | undefined;
  readonly builderDigest: string | undefined;
  readonly runnerEnvironment: string | undefined;
  readonly requireApproval: boolean;
  /** What the approval evidence must say; set exactly when `requireApproval` is. */
  readonly approval: ApprovalExpectations | undefined;
  readonly predicateType: string;
  readonly buildTypes: readonly string[];
}

/**
 * The gate's settings the evidence must record. They are inputs of whoever called the
 * reusable workflow, so a writer's own workflow can set any of them: the verifier, not the
 * caller, says which guard App and branch count.
 */
export interface ApprovalExpectations {
  readonly guardAppId: number;
  readonly protectedBranch: string;
  readonly allowUncheckedBypass: boolean;
  readonly environment: string | undefined;
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/u;
const BUILDER = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/(\.github\/workflows\/[^@\s]+\.ya?ml)@(\S+)$/u;
const HEX = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
// Options only a certificate can answer; a key-signed bundle has none to check them against.
const CERTIFICATE_ONLY = ['expectedRepositoryId', 'expectedBuilder', 'expectedBuilderDigest', 'expectedRunnerEnvironment', 'expectedIssuer', 'expectedIdentity'] as const;

/**
 * Checks the expectations and compiles them. Refuses (VerifyError, a usage error) what
 * cannot be verified soundly: a certificate bundle without a trusted root or an expected
 * repository, and `requireApproval` for key-signed bundles or without an exact builder
 * outside the source repository (a workflow inside it can write any evidence it likes).
 */
export function compileVerifyPolicy(options: VerifyOptions): VerifyPolicy {
  const subjectSha256 = options.subjectSha256.toLowerCase();
  if (!/^[0-9a-f]{64}$/u.test(subjectSha256)) throw invalid(`the artifact digest must be 64 hex digits (sha256), not ${JSON.stringify(options.subjectSha256)}`);
  const keyed = options.publicKeyPem !== undefined;
  if (keyed && options.requireApproval) throw new VerifyError('VERIFY_APPROVAL_KEY_SIGNED', 'approval cannot be required of a key-signed bundle: whoever holds the key can write any evidence; require a certificate from an external builder instead');
  const issuer = options.expectedIssuer ?? GITHUB_ACTIONS_ISSUER;
  const serverUrl = (options.serverUrl ?? serverUrlForIssuer(issuer) ?? 'https://github.com').replace(/\/+$/u, '');
  const repository = options.expectedRepository === undefined ? undefined : parseRepository(options.expectedRepository, serverUrl);
  const builder = options.expectedBuilder === undefined ? undefined : parseBuilder(options.expectedBuilder, serverUrl);
  const base = {
    subjectSha256,
    thresholds: options.thresholds,
    serverUrl,
    repository,
    repositoryId: options.expectedRepositoryId === undefined ? undefined : digits(options.expectedRepositoryId),
    ref: options.expectedRef === undefined ? undefined : compileRef(options.expectedRef),
    builder,
    builderDigest: options.expectedBuilderDigest === undefined ? undefined : hex(options.expectedBuilderDigest),
    runnerEnvironment: options.expectedRunnerEnvironment === undefined ? undefined : runnerEnvironment(options.expectedRunnerEnvironment),
    requireApproval: options.requireApproval ?? false,
    approval: compileApproval(options),
    predicateType: SLSA_PROVENANCE_V1,
  };
  if (keyed) {
    const given = CERTIFICATE_ONLY.filter((name) => options[name] !== undefined);
    if (given.length > 0) throw invalid(`${given.join(', ')} can only be checked against a certificate, and a key-signed bundle has none`);
    const publicKeyPem = checkKey(options.publicKeyPem);
    // The key holder's statement is all there is: a GitHub build type is needed only to check a repository or ref in it.
    const buildTypes = repository || base.ref ? [GITHUB_WORKFLOW_BUILD_TYPE] : [GITHUB_WORKFLOW_BUILD_TYPE, LOCAL_BUILD_TYPE];
    return { ...base, signer: { kind: 'public-key', trustedRoots: options.trustedRoots ?? [], publicKeyPem }, buildTypes };
  }
  if (!options.trustedRoots || options.trustedRoots.length === 0) throw invalid('a trusted root is required to verify a certificate-signed bundle (the Sigstore instance whose CA, logs and TSAs to trust): give a file (e.g. from `gh attestation trusted-root > trusted_root.jsonl`) or fetch it through TUF');
  if (!repository) throw invalid('the expected repository (owner/name) is required: without it any repository\'s build would pass');
  if (base.requireApproval) checkApprovalBuilder(builder, repository);
  return { ...base, signer: { kind: 'certificate', trustedRoots: options.trustedRoots, issuer, identity: options.expectedIdentity }, buildTypes: [GITHUB_WORKFLOW_BUILD_TYPE] };
}

// The gate's settings, required with approval and refused without it (they would check nothing).
function compileApproval(options: VerifyOptions): ApprovalExpectations | undefined {
  const given = (['expectedGuardAppId', 'expectedProtectedBranch', 'allowUncheckedBypass', 'expectedEnvironment'] as const).filter((name) => options[name] !== undefined && options[name] !== false);
  if (!options.requireApproval) {
    if (given.length > 0) throw invalid(`${given.join(', ')} can only be checked with requireApproval (they are compared with the approval evidence)`);
    return undefined;
  }
  const { expectedGuardAppId: appId, expectedProtectedBranch: branch } = options;
  if (appId === undefined || branch === undefined) {
    const missing = [appId === undefined ? 'the guard App id (--expected-guard-app-id)' : '', branch === undefined ? 'the protected branch (--expected-protected-branch)' : ''].filter(Boolean).join(' and ');
    throw new VerifyError('VERIFY_APPROVAL_GATE_UNPINNED', `approval can be required only together with ${missing}: they are inputs of whoever called the build workflow, so a writer's own workflow could name any App (GitHub Actions' own) and any branch`);
  }
  if (!/^[1-9][0-9]{0,15}$/u.test(appId)) throw invalid(`the expected guard App id must be a GitHub App id (a positive integer), not ${JSON.stringify(appId)}`);
  if (Number(appId) === GITHUB_ACTIONS_APP_ID) throw invalid(`the expected guard App id ${appId} is GitHub Actions' own App, whose check runs any workflow with checks: write can post: expect the id of your guard App`);
  if (branch === '' || branch.startsWith('refs/') || /[\s~^:?*[\\]|\.\./u.test(branch)) throw invalid(`the expected protected branch must be a branch name such as main (without refs/heads/), not ${JSON.stringify(branch)}`);
  if (options.expectedEnvironment === '') throw invalid('the expected environment must be an environment name, not empty');
  return { guardAppId: Number(appId), protectedBranch: branch, allowUncheckedBypass: options.allowUncheckedBypass ?? false, environment: options.expectedEnvironment };
}

function checkApprovalBuilder(builder: WorkflowIdentity | undefined, repository: RepositoryName): void {
  if (!builder) throw new VerifyError('VERIFY_APPROVAL_BUILDER_UNPINNED', 'approval can be required only together with an exact expected builder (owner/repo/path@ref of a workflow outside the source repository)');
  // GitHub names are case-insensitive: Acme/App is the source repository too.
  if (builder.owner.toLowerCase() === repository.owner.toLowerCase() && builder.repo.toLowerCase() === repository.name.toLowerCase()) {
    throw new VerifyError('VERIFY_APPROVAL_BUILDER_IN_SOURCE', `approval cannot be required of builder ${builder.ref}: it lives in the source repository ${repository.owner}/${repository.name}, whose workflows can write any evidence; expect a reusable workflow from another repository`, { expected: 'a builder outside the source repository', found: builder.ref });
  }
}

function parseRepository(text: string, serverUrl: string): RepositoryName {
  const match = REPOSITORY.exec(text);
  if (!match) throw invalid(`the expected repository must be owner/name, not ${JSON.stringify(text)}`);
  return { owner: match[1]!, name: match[2]!, uri: `${serverUrl}/${text}` };
}

function parseBuilder(text: string, serverUrl: string): WorkflowIdentity {
  const match = BUILDER.exec(text);
  if (!match) throw invalid(`the expected builder must be owner/repo/.github/workflows/FILE.yml@REF (the signing workflow's job_workflow_ref), not ${JSON.stringify(text)}`);
  return { ref: text, owner: match[1]!, repo: match[2]!, uri: `${serverUrl}/${text}` };
}

function compileRef(text: string): RefPattern {
  if (!text.startsWith('refs/')) throw invalid(`the expected ref must be a full ref such as refs/heads/main or refs/tags/v*, not ${JSON.stringify(text)}`);
  if (!picomatch.scan(text).isGlob) return { text, glob: false, test: (ref) => ref === text };
  let matcher: (ref: string) => boolean;
  try {
    matcher = picomatch(text, { dot: true });
  } catch (error) {
    throw new VerifyError('VERIFY_EXPECTATION_INVALID', `the expected ref ${JSON.stringify(text)} is not a valid glob: ${(error as Error).message}`, { cause: error });
  }
  return { text, glob: true, test: (ref) => matcher(ref) };
}

function digits(text: string): string {
  if (!/^[1-9][0-9]{0,19}$/u.test(text)) throw invalid(`the expected repository id must be a number, not ${JSON.stringify(text)}`);
  return text;
}

function runnerEnvironment(text: string): string {
  if (text !== 'github-hosted' && text !== 'self-hosted') throw invalid(`the expected runner environment must be github-hosted or self-hosted, not ${JSON.stringify(text)}`);
  return text;
}

function hex(text: string): string {
  if (!HEX.test(text)) throw invalid(`the expected builder digest must be a commit SHA (40 or 64 lowercase hex digits), not ${JSON.stringify(text)}`);
  return text;
}

function checkKey(pem: string | undefined): string {
  // A private key would verify too (its public half), but has no business in a verifier's configuration.
  if (!/-----BEGIN (?:RSA )?PUBLIC KEY-----/u.test(pem ?? '')) throw invalid('the public key must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  try {
    createPublicKey(pem!);
    return pem!;
  } catch (error) {
    throw new VerifyError('VERIFY_EXPECTATION_INVALID', `the public key is not a PEM public key: ${(error as Error).message}`, { cause: error });
  }
}

function invalid(message: string): VerifyError {
  return new VerifyError('VERIFY_EXPECTATION_INVALID', message);
}
