import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import { bundleToJSON } from '@sigstore/bundle';
import { MessageSignatureBundleBuilder } from '@sigstore/sign';
import { bundleSigner } from '../../src/sign/bundle-signer.js';
import { createKeySigner, localKeyHolder } from '../../src/sign/key-signer.js';
import { signStatement } from '../../src/sign/sign-statement.js';
import { buildProvenanceStatement } from '../../src/statement/build-statement.js';
import type { ProvenanceStatement } from '../../src/statement/types.js';
import { LOCAL_BUILD_TYPE } from '../../src/statement/types.js';
import type { VerifyCode } from '../../src/verify/verify-error.js';
import type { VerifyOptions } from '../../src/verify/verify-policy.js';
import { compileVerifyPolicy } from '../../src/verify/verify-policy.js';
import { verifyProvenance } from '../../src/verify/verify-provenance.js';
import type { Sigstore } from './fixtures.js';
import { ARTIFACT, COMMIT, EXTERNAL_BUILDER, GITHUB_ISSUER, IN_REPO_WORKFLOW, OTHER_ARTIFACT, claimsOf, signFor, startSigstore, statementOf, withPayload } from './fixtures.js';

const KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_KEY = KEY.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const APPROVAL = { commit: COMMIT, pullRequest: 7, headSha: 'c'.repeat(40), approvers: ['alice'], guardVerdict: 'allowed', policyBlobSha: 'd'.repeat(40), protectedBranch: 'main', guardCheckRunId: 9001, guardAppId: 4242, bypassCheck: 'rule-suites' };

let sigstore: Sigstore;
let genuine: SerializedBundle;
let external: SerializedBundle;
beforeAll(async () => {
  sigstore = await startSigstore();
  genuine = await signFor(sigstore, claimsOf());
  external = await signFor(sigstore, claimsOf({ job_workflow_ref: EXTERNAL_BUILDER }));
});

function options(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return { subjectSha256: ARTIFACT.digest.sha256, trustedRoots: [sigstore.tsaRoot], expectedRepository: 'acme/app', expectedRepositoryId: '123456789', ...overrides };
}

const verify = (bundle: unknown, overrides: Partial<VerifyOptions> = {}) => verifyProvenance(bundle, compileVerifyPolicy(options(overrides)));

// The statement for the external builder's run, with the approval evidence the provenance gate records.
function withApproval(evidence: unknown, claims = claimsOf({ job_workflow_ref: EXTERNAL_BUILDER })): ProvenanceStatement {
  const statement = statementOf(claims);
  const { buildDefinition } = statement.predicate;
  return { ...statement, predicate: { ...statement.predicate, buildDefinition: { ...buildDefinition, internalParameters: { ...buildDefinition.internalParameters, ringfence: { approval: evidence } } } } };
}

const APPROVAL_OPTIONS: Partial<VerifyOptions> = { expectedBuilder: EXTERNAL_BUILDER, requireApproval: true, expectedGuardAppId: '4242', expectedProtectedBranch: 'main' };

// A bundle from the external builder carrying this evidence, for a run with these extra token claims (ref, environment).
function approved(evidence: unknown, extra: Record<string, unknown> = {}): Promise<SerializedBundle> {
  const claims = claimsOf({ job_workflow_ref: EXTERNAL_BUILDER, ...extra });
  return signFor(sigstore, claims, withApproval(evidence, claims));
}

describe('verifyProvenance accepts what it should', () => {
  it('a GitHub-instance bundle (TSA, no log) for the artifact, from the expected repository, with every check named', () => {
    const verdict = verify(genuine, { expectedRef: 'refs/heads/main', expectedBuilder: IN_REPO_WORKFLOW, expectedIdentity: `https://github.com/${IN_REPO_WORKFLOW}`, expectedRunnerEnvironment: 'github-hosted', expectedBuilderDigest: COMMIT });
    expect(verdict).toMatchObject({ version: 1, control: 'verify', outcome: 'allowed', reasons: [], inputs: { subjectSha256: ARTIFACT.digest.sha256, expectedRepository: 'acme/app', signer: 'certificate' } });
    expect(verdict.detail.passed).toEqual(['bundle', 'signature', 'certificate', 'statement', 'predicate-type', 'build-type', 'subject', 'issuer', 'identity', 'repository', 'repository-id', 'ref', 'builder', 'builder-digest', 'runner-environment', 'statement-agreement']);
    expect(verdict.detail.provenance?.subject).toEqual(ARTIFACT);
    expect(verdict.detail.certificate).toMatchObject({ sourceRepositoryUri: 'https://github.com/acme/app', sourceRepositoryIdentifier: '123456789', sourceRepositoryDigest: COMMIT });
    expect(verdict.detail.warnings).toEqual([]);
  });

  it('a ref glob in the project dialect', () => {
    expect(verify(genuine, { expectedRef: 'refs/heads/*' }).outcome).toBe('allowed');
  });

  it('without a pinned repository id, with a warning that names the id to pin', () => {
    const verdict = verifyProvenance(genuine, compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, trustedRoots: [sigstore.tsaRoot], expectedRepository: 'acme/app' }));
    expect(verdict.outcome).toBe('allowed');
    expect(verdict.detail.warnings).toEqual([expect.objectContaining({ code: 'VERIFY_REPOSITORY_ID_UNPINNED', message: expect.stringContaining('--expected-repository-id 123456789') })]);
  });

  it('approval evidence from an external builder, for the commit built', async () => {
    const bundle = await signFor(sigstore, claimsOf({ job_workflow_ref: EXTERNAL_BUILDER }), withApproval(APPROVAL));
    const verdict = verify(bundle, APPROVAL_OPTIONS);
    expect(verdict.outcome).toBe('allowed');
    expect(verdict.detail.approval).toEqual(APPROVAL);
    expect(verdict.detail.passed.at(-1)).toBe('approval');
  });

  it.each<[string, Record<string, unknown>, Partial<VerifyOptions>, Record<string, unknown>]>([
    ['built from a tag', {}, {}, { ref: 'refs/tags/v1.2.0' }],
    ['recorded without a bypass check, where that is allowed', { bypassCheck: 'off' }, { allowUncheckedBypass: true }, {}],
    ['run in the expected environment, which the certificate (OID .23) names too', { environment: 'release' }, { expectedEnvironment: 'release' }, { environment: 'release' }],
    ['run in an environment the certificate names, none expected', { environment: 'release' }, {}, { environment: 'release' }],
  ])('approval evidence %s', async (_, evidence, expected, claims) => {
    const verdict = verify(await approved({ ...APPROVAL, ...evidence }, claims), { ...APPROVAL_OPTIONS, ...expected });
    expect(verdict.detail.failure).toBeUndefined();
    expect(verdict.outcome).toBe('allowed');
  });

  it('records the gate settings it expected in the verdict inputs', async () => {
    const verdict = verify(await approved(APPROVAL), { ...APPROVAL_OPTIONS, allowUncheckedBypass: true });
    expect(verdict.inputs).toMatchObject({ requireApproval: true, expectedGuardAppId: 4242, expectedProtectedBranch: 'main', allowUncheckedBypass: true });
  });

  it('a bundle verified against the second of several roots (a JSON Lines trusted root)', async () => {
    const other = await startSigstore();
    expect(verify(genuine, { trustedRoots: [other.tsaRoot, sigstore.tsaRoot] }).outcome).toBe('allowed');
  });

  it('a key-signed bundle of the local build type, for the right key', async () => {
    const statement = buildProvenanceStatement([ARTIFACT], { kind: 'local', builderId: 'urn:ringfence:cli', invocationId: 'urn:uuid:1' });
    const bundle = await signStatement(statement, createKeySigner({ key: KEY.privateKey }));
    const verdict = verifyProvenance(bundle, compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, publicKeyPem: PUBLIC_KEY }));
    expect(verdict).toMatchObject({ outcome: 'allowed', detail: { signer: 'public-key', passed: ['bundle', 'signature', 'statement', 'predicate-type', 'build-type', 'subject'] } });
  });

  it('a key-signed GitHub statement, with its repository and ref checked against the statement', async () => {
    const bundle = await signStatement(statementOf(claimsOf()), createKeySigner({ key: KEY.privateKey }));
    const verdict = verifyProvenance(bundle, compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, publicKeyPem: PUBLIC_KEY, expectedRepository: 'acme/app', expectedRef: 'refs/heads/main' }));
    expect(verdict.detail.passed.slice(-2)).toEqual(['repository', 'ref']);
  });
});

type Row = [string, () => unknown, Partial<VerifyOptions> | (() => Partial<VerifyOptions>), VerifyCode];

describe('verifyProvenance refuses every near miss with the code of the check that caught it', () => {
  const rows: Row[] = [
    // The source repository, by name (the certificate's OID .12) and by id (.15).
    ['a repository that is a prefix of the real one', () => genuine, { expectedRepository: 'acme/ap' }, 'VERIFY_REPOSITORY_MISMATCH'],
    ['a repository with a suffix', () => genuine, { expectedRepository: 'acme/app-deploy' }, 'VERIFY_REPOSITORY_MISMATCH'],
    ['the repository in another case', () => genuine, { expectedRepository: 'Acme/App' }, 'VERIFY_REPOSITORY_MISMATCH'],
    ['a fork: the same name under another owner', async () => signFor(sigstore, claimsOf({ repository: 'mallory/app', repository_owner: 'mallory' })), { expectedRepository: 'acme/app' }, 'VERIFY_REPOSITORY_MISMATCH'],
    ['a re-created repository: the same name, another id', async () => signFor(sigstore, claimsOf({ repository_id: '987000111' })), {}, 'VERIFY_REPOSITORY_ID_MISMATCH'],
    // The ref (.14), exact or as a glob.
    ['another branch than the one expected', async () => signFor(sigstore, claimsOf({ ref: 'refs/heads/feature' })), { expectedRef: 'refs/heads/main' }, 'VERIFY_REF_MISMATCH'],
    ['an unprotected branch whose name starts like the protected one', async () => signFor(sigstore, claimsOf({ ref: 'refs/heads/main-evil' })), { expectedRef: 'refs/heads/main' }, 'VERIFY_REF_MISMATCH'],
    ['a tag the glob does not cover (* never crosses /)', async () => signFor(sigstore, claimsOf({ ref: 'refs/tags/x/v1' })), { expectedRef: 'refs/tags/v*' }, 'VERIFY_REF_MISMATCH'],
    // The builder (.9), digest (.10), runner (.11), issuer (.8) and SAN.
    ['a build signed by a workflow of the source repository, not the trusted reusable workflow', () => genuine, { expectedBuilder: EXTERNAL_BUILDER }, 'VERIFY_BUILDER_MISMATCH'],
    ['the trusted reusable workflow at another ref', async () => signFor(sigstore, claimsOf({ job_workflow_ref: 'acme/workflows/.github/workflows/build.yml@refs/heads/dev' })), { expectedBuilder: EXTERNAL_BUILDER }, 'VERIFY_BUILDER_MISMATCH'],
    ['the builder at another commit', () => external, { expectedBuilderDigest: 'f'.repeat(40) }, 'VERIFY_BUILDER_DIGEST_MISMATCH'],
    ['a self-hosted runner where GitHub-hosted is required', async () => signFor(sigstore, claimsOf({ runner_environment: 'self-hosted' })), { expectedRunnerEnvironment: 'github-hosted' }, 'VERIFY_RUNNER_ENVIRONMENT_MISMATCH'],
    ['a certificate from another OIDC issuer', async () => signFor(sigstore, claimsOf({ iss: 'https://token.actions.example.com' })), {}, 'VERIFY_ISSUER_MISMATCH'],
    ['another SAN than the expected identity', () => genuine, { expectedIdentity: `https://github.com/${EXTERNAL_BUILDER}` }, 'VERIFY_IDENTITY_MISMATCH'],
    ['a certificate without the GitHub extensions', async () => signStatement(statementOf(claimsOf()), sigstore.signer(claimsOf(), { extensions: { '1.3.6.1.4.1.57264.1.8': GITHUB_ISSUER } })), {}, 'VERIFY_CERTIFICATE_CLAIM_MISSING'],
    // The artifact and the statement.
    ['a statement whose subject digest differs by one digit', () => genuine, { subjectSha256: `${ARTIFACT.digest.sha256.slice(0, -1)}${ARTIFACT.digest.sha256.endsWith('0') ? '1' : '0'}` }, 'VERIFY_SUBJECT_DIGEST_MISMATCH'],
    ['a bundle for another artifact', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf(), [OTHER_ARTIFACT])), {}, 'VERIFY_SUBJECT_DIGEST_MISMATCH'],
    ['an unknown predicate type', async () => signFor(sigstore, claimsOf(), { ...statementOf(claimsOf()), predicateType: 'https://slsa.dev/provenance/v0.2' }), {}, 'VERIFY_PREDICATE_TYPE_MISMATCH'],
    ['the local build type under a GitHub certificate', async () => signFor(sigstore, claimsOf(), buildProvenanceStatement([ARTIFACT], { kind: 'local', builderId: 'urn:x', invocationId: 'urn:uuid:2' })), {}, 'VERIFY_BUILD_TYPE_MISMATCH'],
    ['a payload that is not an in-toto statement', async () => signFor(sigstore, claimsOf(), { _type: 'https://in-toto.io/Statement/v0.1', subject: [ARTIFACT], predicateType: 'x', predicate: {} }), {}, 'VERIFY_STATEMENT_MALFORMED'],
    ['a payload of another type', async () => sigstore.signer(claimsOf()).sign(Buffer.from(JSON.stringify(statementOf(claimsOf()))), 'application/json'), {}, 'VERIFY_STATEMENT_MALFORMED'],
    ['a payload that is not JSON', async () => sigstore.signer(claimsOf()).sign(Buffer.from('{'), 'application/vnd.in-toto+json'), {}, 'VERIFY_STATEMENT_MALFORMED'],
    // The statement must say what the certificate says.
    ['a statement naming repository X, signed by a certificate for repository Y', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf({ repository: 'acme/other' }))), {}, 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    ['a statement naming another commit than the certificate', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf({ sha: 'e'.repeat(40) }))), {}, 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    ['a statement naming another builder than the certificate', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf({ job_workflow_ref: EXTERNAL_BUILDER }))), {}, 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    ['a statement naming another ref than the certificate', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf({ ref: 'refs/tags/v9' }))), { expectedRef: 'refs/heads/main' }, 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    ['a statement naming another repository id than the certificate', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf({ repository_id: '1' }))), {}, 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    // Signature, certificate, time and log.
    ['a payload changed after signing', () => withPayload(genuine, (p) => p.replace('acme/app', 'acme/evil')), {}, 'VERIFY_SIGNATURE_INVALID'],
    ['a signature from another bundle', () => ({ ...genuine, dsseEnvelope: { ...genuine.dsseEnvelope!, signatures: external.dsseEnvelope!.signatures } }), {}, 'VERIFY_TIMESTAMP_INVALID'],
    ['a certificate that had expired when the timestamp was taken', async () => signStatement(statementOf(claimsOf()), sigstore.signer(claimsOf(), { issuedMinutesAgo: 60 })), {}, 'VERIFY_CERTIFICATE_INVALID'],
    ['no trusted time at all', () => ({ ...genuine, verificationMaterial: { ...genuine.verificationMaterial, timestampVerificationData: { rfc3161Timestamps: [] } } }), {}, 'VERIFY_TIMESTAMP_INVALID'],
    ['no transparency log entry where the root has a log (public-good style)', async () => signStatement(statementOf(claimsOf()), sigstore.signer(claimsOf(), { instance: 'public-good' })), () => ({ trustedRoots: [sigstore.fullRoot] }), 'VERIFY_TLOG_MISSING'],
    ['a signature from a Sigstore the trusted root does not name', async () => signFor(await startSigstore(), claimsOf()), {}, 'VERIFY_TIMESTAMP_INVALID'],
    // Bundle shape and signer kind.
    ['a document that is no bundle', () => ({ mediaType: 'application/json' }), {}, 'VERIFY_BUNDLE_MALFORMED'],
    ['a message-signature bundle', async () => bundleToJSON(await new MessageSignatureBundleBuilder({ signer: { sign: () => Promise.resolve({ signature: Buffer.from('s'), key: { $case: 'publicKey', publicKey: PUBLIC_KEY, hint: 'h' } }) }, witnesses: [] }).create({ data: Buffer.from('a') })), {}, 'VERIFY_BUNDLE_MALFORMED'],
    ['a timestamp that does not parse', () => ({ ...genuine, verificationMaterial: { ...genuine.verificationMaterial, timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: Buffer.from('garbage').toString('base64') }] } } }), {}, 'VERIFY_BUNDLE_MALFORMED'],
    ['a key-signed bundle where a certificate is expected', async () => signStatement(statementOf(claimsOf()), createKeySigner({ key: KEY.privateKey })), {}, 'VERIFY_SIGNER_KIND_MISMATCH'],
    // Approval evidence (the builder is external and pinned).
    ['approval required, and the provenance carries none', () => external, APPROVAL_OPTIONS, 'VERIFY_APPROVAL_MISSING'],
    ['approval evidence with a verdict other than allowed', async () => signFor(sigstore, claimsOf({ job_workflow_ref: EXTERNAL_BUILDER }), withApproval({ ...APPROVAL, guardVerdict: 'blocked' })), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_MALFORMED'],
    ['approval evidence for another commit than the one built', async () => signFor(sigstore, claimsOf({ job_workflow_ref: EXTERNAL_BUILDER }), withApproval({ ...APPROVAL, commit: 'a'.repeat(40) })), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_COMMIT_MISMATCH'],
    // The gate's settings are the build workflow caller's inputs: the verifier pins them.
    ['a writer\'s own release workflow pointing the gate at GitHub Actions, a branch of its own and no bypass check', async () => approved({ ...APPROVAL, guardAppId: 15368, protectedBranch: 'evil', bypassCheck: 'off' }, { ref: 'refs/heads/evil' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_GUARD_APP_MISMATCH'],
    ['approval evidence believing another guard App', async () => approved({ ...APPROVAL, guardAppId: 4243 }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_GUARD_APP_MISMATCH'],
    ['approval evidence that names no guard App', async () => approved({ ...APPROVAL, guardAppId: undefined }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_GUARD_APP_MISMATCH'],
    ['approval evidence for another protected branch', async () => approved({ ...APPROVAL, protectedBranch: 'evil' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_BRANCH_MISMATCH'],
    ['approval evidence for a branch whose name starts like the protected one', async () => approved({ ...APPROVAL, protectedBranch: 'main-evil' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_BRANCH_MISMATCH'],
    ['approval evidence recorded without a bypass check', async () => approved({ ...APPROVAL, bypassCheck: 'off' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_BYPASS_UNCHECKED'],
    ['approval evidence that does not say whether a bypass was checked', async () => approved({ ...APPROVAL, bypassCheck: undefined }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_BYPASS_UNCHECKED'],
    ['approval evidence of a build from an unprotected branch', async () => approved(APPROVAL, { ref: 'refs/heads/feature' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_REF_UNPROTECTED'],
    ['approval evidence of a build from a pull request ref', async () => approved(APPROVAL, { ref: 'refs/pull/8/merge' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_REF_UNPROTECTED'],
    ['approval evidence without the expected environment', async () => approved(APPROVAL), { ...APPROVAL_OPTIONS, expectedEnvironment: 'release' }, 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'],
    ['approval evidence from another environment than expected', async () => approved({ ...APPROVAL, environment: 'staging' }, { environment: 'staging' }), { ...APPROVAL_OPTIONS, expectedEnvironment: 'release' }, 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'],
    ['approval evidence naming another environment than the certificate (OID .23)', async () => approved({ ...APPROVAL, environment: 'release' }, { environment: 'staging' }), { ...APPROVAL_OPTIONS, expectedEnvironment: 'release' }, 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'],
    ['approval evidence naming no environment where the certificate names one', async () => approved(APPROVAL, { environment: 'staging' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'],
    ['approval evidence whose guard App id is not a number', async () => approved({ ...APPROVAL, guardAppId: '4242' }), APPROVAL_OPTIONS, 'VERIFY_APPROVAL_MALFORMED'],
    ['approval evidence written by the source repository\'s own workflow', async () => signFor(sigstore, claimsOf(), statementOf(claimsOf())), APPROVAL_OPTIONS, 'VERIFY_BUILDER_MISMATCH'],
  ];

  it.each(rows)('%s', async (_, bundle, overrides, code) => {
    const verdict = verify(await bundle(), typeof overrides === 'function' ? overrides() : overrides);
    expect(verdict.detail.failure).toMatchObject({ code });
    expect(verdict).toMatchObject({ outcome: 'blocked', reasons: [{ code: 'PROVENANCE_UNVERIFIED', message: expect.stringMatching(new RegExp(`^${code}: `, 'u')) }] });
    expect(verdict.detail.provenance).toBeUndefined();
  });

  it('refuses approval required without gate expectations in a policy built by hand (defense in depth)', async () => {
    const policy = { ...compileVerifyPolicy(options(APPROVAL_OPTIONS)), approval: undefined };
    expect(verifyProvenance(await approved(APPROVAL), policy).detail.failure).toMatchObject({ code: 'VERIFY_APPROVAL_GATE_UNPINNED' });
  });

  it('names expected and found in the message', () => {
    const verdict = verify(genuine, { expectedRepository: 'acme/ap' });
    expect(verdict.detail.failure).toEqual({ code: 'VERIFY_REPOSITORY_MISMATCH', check: 'repository', message: 'source repository in the certificate: expected "https://github.com/acme/ap", found "https://github.com/acme/app"', expected: 'https://github.com/acme/ap', found: 'https://github.com/acme/app' });
    expect(verdict.detail.passed).toEqual(['bundle', 'signature', 'certificate', 'statement', 'predicate-type', 'build-type', 'subject', 'issuer']);
  });

  it('a statement/certificate disagreement names the field and both values', async () => {
    const verdict = verify(await signFor(sigstore, claimsOf(), statementOf(claimsOf({ repository: 'acme/other' }))));
    expect(verdict.detail.failure?.message).toBe('the statement disagrees with its certificate: externalParameters.workflow.repository says "https://github.com/acme/other", the certificate\'s sourceRepositoryUri (1.3.6.1.4.1.57264.1.12) says "https://github.com/acme/app"');
  });
});

describe('key-signed bundles', () => {
  const keyed = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({ subjectSha256: ARTIFACT.digest.sha256, publicKeyPem: PUBLIC_KEY, ...overrides });
  let bundle: SerializedBundle;
  beforeAll(async () => {
    bundle = await signStatement(statementOf(claimsOf()), createKeySigner({ key: KEY.privateKey }));
  });

  it.each<[string, () => unknown, Partial<VerifyOptions>, VerifyCode]>([
    ['signed by another key', () => bundle, { publicKeyPem: generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString() }, 'VERIFY_SIGNATURE_INVALID'],
    ['with a statement for another repository', () => bundle, { expectedRepository: 'acme/other' }, 'VERIFY_REPOSITORY_MISMATCH'],
    ['with a statement for another ref', () => bundle, { expectedRef: 'refs/tags/v*' }, 'VERIFY_REF_MISMATCH'],
    ['a certificate-signed bundle where a key is expected', () => genuine, {}, 'VERIFY_SIGNER_KIND_MISMATCH'],
    ['with a payload changed after signing', () => withPayload(bundle, (p) => p.replace('refs/heads/main', 'refs/heads/mail')), {}, 'VERIFY_SIGNATURE_INVALID'],
  ])('are refused %s', (_, make, overrides, code) => {
    expect(verifyProvenance(make(), compileVerifyPolicy(keyed(overrides))).detail.failure?.code).toBe(code);
  });

  it('of the local build type are refused when a repository is expected (only a GitHub statement names one)', async () => {
    const local = await signStatement(buildProvenanceStatement([ARTIFACT], { kind: 'local', builderId: 'urn:x', invocationId: 'urn:uuid:3' }), createKeySigner({ key: KEY.privateKey }));
    expect(verifyProvenance(local, compileVerifyPolicy(keyed({ expectedRepository: 'acme/app' }))).detail.failure).toMatchObject({ code: 'VERIFY_BUILD_TYPE_MISMATCH', expected: 'https://actions.github.io/buildtypes/workflow/v1', found: LOCAL_BUILD_TYPE });
  });

  it('with a TSA timestamp verify it against the trusted root, and need that root', async () => {
    const holder = localKeyHolder(KEY.privateKey);
    const signer = bundleSigner({ sign: async (data) => ({ signature: await holder.sign(data), key: { $case: 'publicKey', publicKey: holder.publicKeyPem, hint: 'h' } }) }, [sigstore.tsa]);
    const witnessed = await signStatement(statementOf(claimsOf()), signer);
    expect(verifyProvenance(witnessed, compileVerifyPolicy(keyed({ trustedRoots: [sigstore.tsaRoot] }))).outcome).toBe('allowed');
    expect(verifyProvenance(witnessed, compileVerifyPolicy(keyed())).detail.failure?.code).toBe('VERIFY_TIMESTAMP_INVALID');
  });
});
