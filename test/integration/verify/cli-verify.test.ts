import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RingfenceError } from '@ringfence/core';
import type { SerializedBundle, VerifyVerdict } from '@ringfence/provenance';
import { provenanceCommand } from '../../../packages/cli/src/commands/provenance.js';
import { verifyCommand } from '../../../packages/cli/src/commands/verify.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';
import type { VerifyWorld } from './world.js';
import { ARTIFACT_SHA256, COMMIT, EXTERNAL_BUILDER, IN_REPO_WORKFLOW, startVerifyWorld, withApproval } from './world.js';

// The gate settings --require-approval needs, as the verifier pins them.
const GATE = ['--expected-guard-app-id', '4242', '--expected-protected-branch', 'main'];
let world: VerifyWorld;
let publicGood: SerializedBundle;
let github: SerializedBundle;
beforeAll(async () => {
  world = await startVerifyWorld();
  [publicGood, github] = await Promise.all([world.sign(), world.sign({ style: 'github' })]);
});
afterAll(() => world.close());

function io(): Io & { stdout: string; stderr: string } {
  const captured = { cwd: world.dir, stdout: '', stderr: '', out: (t: string) => void (captured.stdout += `${t}\n`), err: (t: string) => void (captured.stderr += `${t}\n`) };
  return captured;
}

// `ringfence verify` with the world's artifact, root and issuer; flags after `extra` win.
async function verify(bundle: unknown, extra: string[] = [], root = world.fullRoot): Promise<{ code: number; verdict: VerifyVerdict; text: string }> {
  const file = world.write(`bundle-${Math.random().toString(36).slice(2)}.json`, bundle);
  const args = ['app.tgz', '--bundle', file, '--trusted-root', root, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer, ...extra];
  const json = io();
  const code = await verifyCommand([...args, '--json'], json);
  const text = io();
  expect(await verifyCommand(args, text)).toBe(code);
  return { code, verdict: JSON.parse(json.stdout) as VerifyVerdict, text: text.stdout };
}

describe('ringfence verify accepts bundles made by the provenance code, against the loopback Sigstore', () => {
  it('public-good style (Fulcio + Rekor): exit 0, the verdict names every check and what the certificate says', async () => {
    const { code, verdict, text } = await verify(publicGood, ['--expected-repository-id', '123456789', '--expected-ref', 'refs/heads/main', '--expected-builder', IN_REPO_WORKFLOW]);
    expect(code).toBe(0);
    expect(verdict).toMatchObject({ control: 'verify', outcome: 'allowed', detail: { provenance: { subject: { name: 'dist/app.tgz', digest: { sha256: ARTIFACT_SHA256 } } }, certificate: { sourceRepositoryDigest: COMMIT } } });
    expect(text).toContain('verify: VALID');
    expect(text).toContain('source https://github.com/acme/app (id 123456789) at refs/heads/main, commit babca52ab0c93ae16539e5923cb0d7403b9a093b');
  });

  it('GitHub-instance style (Fulcio + TSA, no log) with a root that has no log', async () => {
    expect((await verify(github, [], world.tsaRoot)).code).toBe(0);
  });

  it('either style with JSON Lines of roots (gh attestation trusted-root), another instance first', async () => {
    const other = await startSigstoreServer();
    try {
      const roots = world.write('roots.jsonl', [other.trustedRoot, JSON.parse(readFileSync(world.tsaRoot, 'utf8')), world.stack.sigstore.trustedRoot].map((r) => JSON.stringify(r)).join('\n'));
      expect((await verify(publicGood, [], roots)).code).toBe(0);
      expect((await verify(github, [], roots)).code).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('the artifact given as sha256:HEX', async () => {
    const file = world.write('pg.json', publicGood);
    expect(await verifyCommand([`sha256:${ARTIFACT_SHA256.toUpperCase()}`, '--bundle', file, '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer], io())).toBe(0);
  });

  it('a reusable workflow\'s bundle with approval evidence, under --require-approval', async () => {
    const bundle = await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s) });
    const { code, verdict, text } = await verify(bundle, ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE]);
    expect(code).toBe(0);
    expect(verdict.inputs).toMatchObject({ expectedGuardAppId: 4242, expectedProtectedBranch: 'main' });
    expect(verdict.detail.approval).toMatchObject({ commit: COMMIT, approvers: ['alice'] });
    expect(text).toContain('approved: pull request #7');
  });

  it('approval evidence recorded with bypass-check off, under --allow-unchecked-bypass, from a tag', async () => {
    const bundle = await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER, ref: 'refs/tags/v1.0.0' }, edit: (s) => withApproval(s, { bypassCheck: 'off' }) });
    const { code, verdict } = await verify(bundle, ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE, '--allow-unchecked-bypass']);
    expect([code, verdict.detail.failure]).toEqual([0, undefined]);
  });

  it('a bundle from `ringfence provenance --key`, with --key (round trip)', async () => {
    world.write('signing.pem', world.key.privatePem);
    expect(await provenanceCommand(['--subjects', 'app.tgz', '--key', 'signing.pem', '--out', 'local.sigstore.json'], io())).toBe(0);
    const run = io();
    expect(await verifyCommand(['app.tgz', '--bundle', 'local.sigstore.json', '--key', world.key.publicKeyFile], run)).toBe(0);
    expect(run.stdout).toContain('signed with the given key');
  });
});

type Forgery = [string, () => unknown, string[], string];

describe('ringfence verify refuses each forgery with exit 1 and the code of the check that caught it', () => {
  const strip = (b: SerializedBundle, edit: (m: SerializedBundle['verificationMaterial']) => unknown): unknown => ({ ...b, verificationMaterial: edit(b.verificationMaterial) });
  const rows: Forgery[] = [
    ['a payload changed after signing (the logged entry still names the original)', () => ({ ...publicGood, dsseEnvelope: { ...publicGood.dsseEnvelope!, payload: Buffer.from(Buffer.from(publicGood.dsseEnvelope!.payload, 'base64').toString().replace('refs/heads/main', 'refs/heads/mail')).toString('base64') } }), [], 'VERIFY_SIGNATURE_INVALID'],
    ['no transparency log entry where the root has a log', () => strip(publicGood, (m) => ({ ...m, tlogEntries: [] })), [], 'VERIFY_TLOG_MISSING'],
    ['a GitHub-instance bundle checked against the public-good-style root', () => github, [], 'VERIFY_TLOG_MISSING'],
    ['a log entry for another signing', async () => { const other = await world.sign(); return strip(publicGood, (m) => ({ ...m, tlogEntries: other.verificationMaterial.tlogEntries })); }, [], 'VERIFY_TLOG_INVALID'],
    ['a log checkpoint whose root hash was changed', () => strip(publicGood, (m) => ({ ...m, tlogEntries: m.tlogEntries.map((e) => ({ ...e, inclusionProof: { ...e.inclusionProof!, checkpoint: { envelope: e.inclusionProof!.checkpoint.envelope.replace(/^(.*\n.*\n).*\n/u, `$1${Buffer.alloc(32, 7).toString('base64')}\n`) } } })) })), [], 'VERIFY_TLOG_INVALID'],
    ['a certificate from a Sigstore the trusted root does not name', async () => { const other = await startVerifyWorld(); try { return await other.sign(); } finally { await other.close(); } }, [], 'VERIFY_CERTIFICATE_INVALID'],
    ['a re-created repository (same name, another id)', async () => world.sign({ claims: { repository_id: '424242' } }), ['--expected-repository-id', '123456789'], 'VERIFY_REPOSITORY_ID_MISMATCH'],
    ['a fork with the same name', async () => world.sign({ claims: { repository: 'mallory/app', repository_owner: 'mallory' } }), [], 'VERIFY_REPOSITORY_MISMATCH'],
    ['a build from an unprotected branch', async () => world.sign({ claims: { ref: 'refs/heads/wip' } }), ['--expected-ref', 'refs/tags/v*'], 'VERIFY_REF_MISMATCH'],
    ['a build signed in the source repository instead of the trusted reusable workflow', () => publicGood, ['--expected-builder', EXTERNAL_BUILDER], 'VERIFY_BUILDER_MISMATCH'],
    ['a certificate from another OIDC issuer than expected', () => publicGood, ['--expected-issuer', 'https://token.actions.githubusercontent.com'], 'VERIFY_ISSUER_MISMATCH'],
    ['a statement naming another repository than its certificate', async () => world.sign({ edit: (s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/other', path: '.github/workflows/release.yml' } } } } }) }), [], 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH'],
    ['a bundle for another artifact', async () => world.sign({ edit: (s) => ({ ...s, subject: [{ name: 'dist/app.tgz', digest: { sha256: 'e'.repeat(64) } }] }) }), [], 'VERIFY_SUBJECT_DIGEST_MISMATCH'],
    ['an unknown predicate type', async () => world.sign({ edit: (s) => ({ ...s, predicateType: 'https://example.com/provenance/v9' }) }), [], 'VERIFY_PREDICATE_TYPE_MISMATCH'],
    ['another build type', async () => world.sign({ edit: (s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1' } } }) }), [], 'VERIFY_BUILD_TYPE_MISMATCH'],
    ['a reusable workflow\'s bundle without approval evidence, under --require-approval', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER } }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_MISSING'],
    ['approval evidence for another commit', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { commit: 'f'.repeat(40) }) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_COMMIT_MISMATCH'],
    ['approval evidence of a gate pointed at GitHub Actions\' App and a branch of the writer\'s own (the caller\'s inputs)', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER, ref: 'refs/heads/evil' }, edit: (s) => withApproval(s, { guardAppId: 15368, protectedBranch: 'evil', bypassCheck: 'off' }) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_GUARD_APP_MISMATCH'],
    ['approval evidence for another protected branch', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { protectedBranch: 'evil' }) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_BRANCH_MISMATCH'],
    ['approval evidence recorded with bypass-check off, without --allow-unchecked-bypass', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { bypassCheck: 'off' }) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_BYPASS_UNCHECKED'],
    ['approval evidence of a build from an unprotected branch', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER, ref: 'refs/heads/wip' }, edit: (s) => withApproval(s) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE], 'VERIFY_APPROVAL_REF_UNPROTECTED'],
    ['approval evidence from another environment than expected', async () => world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { environment: 'staging' }) }), ['--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE, '--expected-environment', 'release'], 'VERIFY_APPROVAL_ENVIRONMENT_MISMATCH'],
    ['a key-signed bundle where a certificate is expected', async () => world.signWithKey(), [], 'VERIFY_SIGNER_KIND_MISMATCH'],
    ['a file that is not JSON', () => '{ not json', [], 'VERIFY_BUNDLE_MALFORMED'],
  ];

  it.each(rows)('%s', async (_, bundle, extra, code) => {
    const { code: exit, verdict, text } = await verify(await bundle(), extra);
    expect([exit, verdict.outcome, verdict.detail.failure?.code]).toEqual([1, 'blocked', code]);
    expect(text).toContain(`reason ${code}: `);
  });
});

describe('ringfence verify refuses what it must not answer, with exit 2 (usage)', () => {
  const usage = async (args: string[]): Promise<unknown> => verifyCommand(args, io()).catch((thrown: unknown) => thrown);
  const bundleFile = () => world.write('usage.json', publicGood);

  it.each<[string, () => string[], string]>([
    ['--require-approval for a key-signed bundle', () => ['app.tgz', '--bundle', bundleFile(), '--key', world.key.publicKeyFile, '--require-approval'], 'VERIFY_APPROVAL_KEY_SIGNED'],
    ['--require-approval with the builder inside the source repository', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-builder', IN_REPO_WORKFLOW, '--require-approval', ...GATE], 'VERIFY_APPROVAL_BUILDER_IN_SOURCE'],
    ['--require-approval without an expected builder', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--require-approval', ...GATE], 'VERIFY_APPROVAL_BUILDER_UNPINNED'],
    ['--require-approval without --expected-guard-app-id', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-builder', EXTERNAL_BUILDER, '--require-approval', '--expected-protected-branch', 'main'], 'VERIFY_APPROVAL_GATE_UNPINNED'],
    ['--require-approval without --expected-protected-branch', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-builder', EXTERNAL_BUILDER, '--require-approval', '--expected-guard-app-id', '4242'], 'VERIFY_APPROVAL_GATE_UNPINNED'],
    ['--expected-guard-app-id 15368 (GitHub Actions\' own App)', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-builder', EXTERNAL_BUILDER, '--require-approval', ...GATE, '--expected-guard-app-id', '15368'], 'VERIFY_EXPECTATION_INVALID'],
    ['no expected repository', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot], 'VERIFY_EXPECTATION_INVALID'],
    ['no trusted root file, and a TUF mirror whose initial root is neither embedded nor given', () => ['app.tgz', '--bundle', bundleFile(), '--expected-repository', 'acme/app', '--tuf-mirror', 'https://tuf-repo.github.com'], 'PROVENANCE_TUF_SOURCE_INVALID'],
    ['no --bundle, and no repository to read attestations from', () => ['app.tgz', '--key', world.key.publicKeyFile], 'USAGE_MISSING_ARGUMENT'],
    ['--bundle together with a flag for reading attestations from GitHub', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--repository', 'acme/app'], 'USAGE_INVALID_VALUE'],
    ['--max-attestations that is not a count', () => ['app.tgz', '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--max-attestations', '0'], 'USAGE_INVALID_VALUE'],
    ['a repository to read attestations from that is not owner/name', () => ['app.tgz', '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--repository', 'acme/app/extra'], 'USAGE_INVALID_VALUE'],
    ['two artifacts', () => ['app.tgz', 'other.tgz', '--bundle', bundleFile()], 'USAGE_MISSING_ARGUMENT'],
    ['a digest that is not sha256 hex', () => ['sha256:abc', '--bundle', bundleFile()], 'USAGE_INVALID_VALUE'],
    ['an unreadable bundle file', () => ['app.tgz', '--bundle', join(world.dir, 'missing.json')], 'USAGE_INVALID_VALUE'],
    ['a missing artifact', () => ['missing.tgz', '--bundle', bundleFile()], 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a trusted root that is not one', () => ['app.tgz', '--bundle', bundleFile(), '--trusted-root', world.write('bad-root.json', '{"mediaType":"x"}')], 'PROVENANCE_TRUSTED_ROOT_INVALID'],
    ['an unknown flag', () => ['app.tgz', '--bundel', 'x'], 'USAGE_UNKNOWN_OPTION'],
  ])('%s', async (_, args, code) => {
    const thrown = await usage(args());
    expect(thrown).toBeInstanceOf(RingfenceError);
    expect(thrown).toMatchObject({ code });
  });

  it('--help prints the usage and exits 0', async () => {
    const run = io();
    expect(await verifyCommand(['--help'], run)).toBe(0);
    expect(run.stdout).toContain('Usage: ringfence verify ARTIFACT|sha256:HEX [--bundle FILE]');
  });
});
