import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle, VerifyVerdict } from '@ringfence/provenance';
import { node24, runAction } from '../../support/run-action.js';
import { verdictProblems } from '../../support/verdict-schema.js';
import type { VerifyWorld } from '../../integration/verify/world.js';
import { ARTIFACT_SHA256, EXTERNAL_BUILDER, startVerifyWorld, withApproval } from '../../integration/verify/world.js';

/**
 * The verify action as a runner runs it: `node dist/verify/main.js` with INPUT_*, the event
 * file and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY, on bundles signed by the loopback Sigstore.
 */
const ENTRY = join(process.cwd(), 'dist/verify/main.js');
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/deploy' } } };

let world: VerifyWorld;
let bundle: string;
beforeAll(async () => {
  world = await startVerifyWorld();
  bundle = world.write('app.sigstore.json', await world.sign());
});
afterAll(() => world.close());

// The step in the acme/app repository (id 123456789) unless `env` says otherwise.
async function runVerify(inputs: Record<string, string>, env: Record<string, string> = {}, node?: string) {
  const base = { 'artifact-path': 'app.tgz', bundle, 'trusted-root': world.fullRoot, 'expected-issuer': world.stack.issuer.issuer };
  return runAction({ entry: ENTRY, inputs: { ...base, ...inputs }, event: PUSH, env: { GITHUB_WORKSPACE: world.dir, GITHUB_REPOSITORY: 'acme/app', GITHUB_REPOSITORY_ID: '123456789', ...env }, ...(node ? { node } : {}) });
}

// Every report is the verdict document: it validates against schema/verdict.schema.json.
const report = (run: { outputs: Record<string, string> }): VerifyVerdict => {
  const document = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as VerifyVerdict;
  expect(verdictProblems(document)).toEqual([]);
  return document;
};

describe('verify action, run as a runner would', () => {
  it('verifies a bundle of this repository: outputs, report with the provenance, and a summary', async () => {
    const run = await runVerify({ 'expected-ref': 'refs/heads/main' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'allowed', verified: 'true' });
    // The repository and its id came from the runner: this repository, pinned by id.
    expect(report(run)).toMatchObject({ control: 'verify', outcome: 'allowed', inputs: { expectedRepository: 'acme/app', expectedRepositoryId: '123456789', subjectSha256: ARTIFACT_SHA256 }, detail: { provenance: { subject: { name: 'dist/app.tgz' } }, warnings: [] } });
    expect(run.summary).toContain('ringfence verify: verified');
    expect(run.summary).toContain('<code>https://github.com/acme/app</code> (id 123456789)');
  });

  it('refuses a bundle of a re-created repository of the same name (the runner\'s repository id differs)', async () => {
    const run = await runVerify({}, { GITHUB_REPOSITORY_ID: '555' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', verified: 'false' });
    expect(run.stdout).toContain('::error title=ringfence verify::VERIFY_REPOSITORY_ID_MISMATCH: source repository id of acme/app');
    expect(run.summary).toContain('refused by <code>repository-id</code>');
  });

  it('refuses a build signed in the source repository when the trusted reusable workflow is expected', async () => {
    const run = await runVerify({ 'expected-builder': EXTERNAL_BUILDER });
    expect(run.exitCode).toBe(1);
    expect(report(run).detail.failure).toMatchObject({ code: 'VERIFY_BUILDER_MISMATCH', expected: `https://github.com/${EXTERNAL_BUILDER}` });
  });

  it('refuses a bundle for another artifact, given by digest', async () => {
    const run = await runVerify({ 'artifact-path': '', 'artifact-digest': `sha256:${'0'.repeat(64)}` });
    expect(run.exitCode).toBe(1);
    expect(report(run).detail.failure?.code).toBe('VERIFY_SUBJECT_DIGEST_MISMATCH');
  });

  it('verifies the approval evidence of an external builder under require-approval', async () => {
    const approved = world.write('approved.sigstore.json', await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s) }));
    const run = await runVerify({ bundle: approved, 'expected-builder': EXTERNAL_BUILDER, 'require-approval': 'true', 'expected-guard-app-id': '4242', 'expected-protected-branch': 'main' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('approved: pull request #7');
  });

  it('refuses approval evidence of a gate the caller pointed at another guard App and branch, and evidence recorded without a bypass check', async () => {
    const forged = world.write('forged.sigstore.json', await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { guardAppId: 15368, protectedBranch: 'evil', bypassCheck: 'off' }) }));
    const gate = { bundle: forged, 'expected-builder': EXTERNAL_BUILDER, 'require-approval': 'true', 'expected-guard-app-id': '4242', 'expected-protected-branch': 'main' };
    const run = await runVerify(gate);
    expect(run.exitCode).toBe(1);
    expect(report(run).detail.failure).toMatchObject({ code: 'VERIFY_APPROVAL_GUARD_APP_MISMATCH', expected: '4242', found: '15368' });
    const unchecked = world.write('unchecked.sigstore.json', await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s, { bypassCheck: 'off' }) }));
    expect(report(await runVerify({ ...gate, bundle: unchecked })).detail.failure?.code).toBe('VERIFY_APPROVAL_BYPASS_UNCHECKED');
    expect((await runVerify({ ...gate, bundle: unchecked, 'allow-unchecked-bypass': 'true' })).exitCode).toBe(0);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['require-approval for a key-signed bundle', { 'public-key': 'PUBLIC_KEY', 'require-approval': 'true', 'trusted-root': '', 'expected-issuer': '' }, /approval cannot be required of a key-signed bundle/u],
    ['require-approval without an external builder', { 'require-approval': 'true', 'expected-guard-app-id': '4242', 'expected-protected-branch': 'main' }, /approval can be required only together with an exact expected builder/u],
    ['require-approval without the guard App id and protected branch', { 'require-approval': 'true', 'expected-builder': EXTERNAL_BUILDER }, /approval can be required only together with the guard App id \(--expected-guard-app-id\) and the protected branch/u],
    ['neither artifact-path nor artifact-digest', { 'artifact-path': '' }, /exactly one of the inputs `artifact-path`/u],
    ['no trusted root file and a TUF mirror whose initial root is neither embedded nor given', { 'trusted-root': '', 'tuf-mirror': 'https://tuf-repo.github.com' }, /no initial root\.json is embedded for the TUF mirror https:\/\/tuf-repo\.github\.com/u],
  ])('fails the step, verifying nothing, on %s', async (_, inputs, message) => {
    const withKey = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v === 'PUBLIC_KEY' ? readFileSync(world.key.publicKeyFile, 'utf8') : v]));
    const run = await runVerify(withKey);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.outputs['verdict']).toBeUndefined();
  });

  it('verifies a key-signed bundle with public-key', async () => {
    const keyed: SerializedBundle = await world.signWithKey();
    const run = await runVerify({ bundle: world.write('keyed.sigstore.json', keyed), 'public-key': readFileSync(world.key.publicKeyFile, 'utf8'), 'trusted-root': '', 'expected-issuer': '' });
    expect([run.exitCode, run.outputs['verified']]).toEqual([0, 'true']);
  });

  const node = node24();
  (node ? it : it.skip)('runs under Node 24, the runtime action.yml declares', async () => {
    const run = await runVerify({}, {}, node);
    expect([run.exitCode, run.outputs['verdict']]).toEqual([0, 'allowed']);
  });
});
