import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { RingfenceError } from '@ringfence/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { GITHUB_WORKFLOW_BUILD_TYPE, LOCAL_BUILD_TYPE } from '../../src/statement/types.js';
import type { VerifyPolicyCode } from '../../src/verify/verify-error.js';
import { VerifyError } from '../../src/verify/verify-error.js';
import type { VerifyOptions } from '../../src/verify/verify-policy.js';
import { compileVerifyPolicy } from '../../src/verify/verify-policy.js';
import { EXTERNAL_BUILDER, IN_REPO_WORKFLOW } from './fixtures.js';

const ROOT = TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', certificateAuthorities: [], tlogs: [], ctlogs: [], timestampAuthorities: [] });
const PAIR = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_KEY = PAIR.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const DIGEST = 'ab'.repeat(32);

const GATE = { expectedGuardAppId: '4242', expectedProtectedBranch: 'main' };
const base = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({ subjectSha256: DIGEST, trustedRoots: [ROOT], expectedRepository: 'acme/app', ...overrides });

describe('compileVerifyPolicy', () => {
  it('compiles certificate expectations, with GitHub\'s issuer and server by default', () => {
    const policy = compileVerifyPolicy(base({ subjectSha256: 'AB'.repeat(32), expectedRef: 'refs/heads/main', expectedBuilder: EXTERNAL_BUILDER }));
    expect(policy).toMatchObject({
      subjectSha256: DIGEST,
      serverUrl: 'https://github.com',
      signer: { kind: 'certificate', issuer: 'https://token.actions.githubusercontent.com', identity: undefined },
      repository: { owner: 'acme', name: 'app', uri: 'https://github.com/acme/app' },
      builder: { owner: 'acme', repo: 'workflows', uri: `https://github.com/${EXTERNAL_BUILDER}` },
      buildTypes: [GITHUB_WORKFLOW_BUILD_TYPE],
      requireApproval: false,
    });
    expect(policy.ref?.test('refs/heads/main')).toBe(true);
    expect(policy.ref?.test('refs/heads/main2')).toBe(false);
  });

  it('takes the server from a GHE.com issuer', () => {
    expect(compileVerifyPolicy(base({ expectedIssuer: 'https://token.actions.acme.ghe.com' })).repository?.uri).toBe('https://acme.ghe.com/acme/app');
  });

  it('compiles a ref glob in the project dialect: anchored, * never crosses /', () => {
    const ref = compileVerifyPolicy(base({ expectedRef: 'refs/tags/v*' })).ref!;
    expect([ref.glob, ref.test('refs/tags/v1.2.0'), ref.test('refs/tags/v1/x'), ref.test('xrefs/tags/v1')]).toEqual([true, true, false, false]);
  });

  it('a key needs no trusted root and no repository, and accepts both build types then', () => {
    const policy = compileVerifyPolicy({ subjectSha256: DIGEST, publicKeyPem: PUBLIC_KEY });
    expect(policy).toMatchObject({ signer: { kind: 'public-key', trustedRoots: [] }, buildTypes: [GITHUB_WORKFLOW_BUILD_TYPE, LOCAL_BUILD_TYPE] });
    expect(compileVerifyPolicy({ subjectSha256: DIGEST, publicKeyPem: PUBLIC_KEY, expectedRef: 'refs/heads/main' }).buildTypes).toEqual([GITHUB_WORKFLOW_BUILD_TYPE]);
  });

  it.each<[string, VerifyOptions, VerifyPolicyCode]>([
    ['approval from a key-signed bundle', { subjectSha256: DIGEST, publicKeyPem: PUBLIC_KEY, requireApproval: true }, 'VERIFY_APPROVAL_KEY_SIGNED'],
    ['approval without an expected builder', base({ requireApproval: true, ...GATE }), 'VERIFY_APPROVAL_BUILDER_UNPINNED'],
    ['approval with a builder inside the source repository', base({ requireApproval: true, expectedBuilder: IN_REPO_WORKFLOW, ...GATE }), 'VERIFY_APPROVAL_BUILDER_IN_SOURCE'],
    ['approval with a builder inside the source repository, in another case', base({ requireApproval: true, expectedBuilder: 'ACME/App/.github/workflows/release.yml@refs/heads/main', ...GATE }), 'VERIFY_APPROVAL_BUILDER_IN_SOURCE'],
    ['approval without an expected guard App id', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, expectedProtectedBranch: 'main' }), 'VERIFY_APPROVAL_GATE_UNPINNED'],
    ['approval without an expected protected branch', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, expectedGuardAppId: '4242' }), 'VERIFY_APPROVAL_GATE_UNPINNED'],
    ['approval expecting GitHub Actions\' own App as the guard App', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedGuardAppId: '15368' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a guard App id that is not a number', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedGuardAppId: 'guard' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a protected branch given as a full ref', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedProtectedBranch: 'refs/heads/main' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a protected branch glob', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedProtectedBranch: 'release/*' }), 'VERIFY_EXPECTATION_INVALID'],
    ['an empty expected environment', base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedEnvironment: '' }), 'VERIFY_EXPECTATION_INVALID'],
    ['gate expectations without requiring approval (they would check nothing)', base({ ...GATE }), 'VERIFY_EXPECTATION_INVALID'],
    ['allowing an unchecked bypass without requiring approval', base({ allowUncheckedBypass: true }), 'VERIFY_EXPECTATION_INVALID'],
    ['a certificate bundle without a trusted root', base({ trustedRoots: [] }), 'VERIFY_EXPECTATION_INVALID'],
    ['a certificate bundle without an expected repository', { subjectSha256: DIGEST, trustedRoots: [ROOT] }, 'VERIFY_EXPECTATION_INVALID'],
    ['a digest that is not sha256 hex', base({ subjectSha256: 'abc' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a repository that is not owner/name', base({ expectedRepository: 'https://github.com/acme/app' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a repository id that is not a number', base({ expectedRepositoryId: '12a' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a builder given as a URL', base({ expectedBuilder: `https://github.com/${EXTERNAL_BUILDER}` }), 'VERIFY_EXPECTATION_INVALID'],
    ['a builder without a ref', base({ expectedBuilder: 'acme/workflows/.github/workflows/build.yml' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a builder outside .github/workflows', base({ expectedBuilder: 'acme/workflows/build.yml@refs/heads/main' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a short ref', base({ expectedRef: 'main' }), 'VERIFY_EXPECTATION_INVALID'],
    ['a builder digest that is no commit', base({ expectedBuilderDigest: 'v3' }), 'VERIFY_EXPECTATION_INVALID'],
    ['an unknown runner environment', base({ expectedRunnerEnvironment: 'hosted' }), 'VERIFY_EXPECTATION_INVALID'],
    ['certificate expectations for a key-signed bundle', { subjectSha256: DIGEST, publicKeyPem: PUBLIC_KEY, expectedIssuer: 'https://token.actions.githubusercontent.com' }, 'VERIFY_EXPECTATION_INVALID'],
    ['a private key where the public key belongs', { subjectSha256: DIGEST, publicKeyPem: PAIR.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }, 'VERIFY_EXPECTATION_INVALID'],
    ['a public key PEM that does not parse', { subjectSha256: DIGEST, publicKeyPem: '-----BEGIN PUBLIC KEY-----\nbm8=\n-----END PUBLIC KEY-----\n' }, 'VERIFY_EXPECTATION_INVALID'],
  ])('refuses %s', (_, options, code) => {
    let thrown: unknown;
    try {
      compileVerifyPolicy(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VerifyError);
    expect(thrown).toBeInstanceOf(RingfenceError);
    expect(thrown).toMatchObject({ code });
  });

  it('names the repository and the builder when refusing approval from inside it', () => {
    expect(() => compileVerifyPolicy(base({ requireApproval: true, expectedBuilder: IN_REPO_WORKFLOW, ...GATE }))).toThrow(/builder acme\/app\/\.github\/workflows\/release\.yml@refs\/heads\/main: it lives in the source repository acme\/app/u);
  });

  it('compiles the gate settings approval is checked against', () => {
    expect(compileVerifyPolicy(base({ requireApproval: true, expectedBuilder: EXTERNAL_BUILDER, ...GATE, expectedEnvironment: 'release' })).approval).toEqual({ guardAppId: 4242, protectedBranch: 'main', allowUncheckedBypass: false, environment: 'release' });
    expect(compileVerifyPolicy(base()).approval).toBeUndefined();
  });
});
