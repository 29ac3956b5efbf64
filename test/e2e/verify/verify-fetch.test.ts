import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle, VerifyVerdict } from '@ringfence/provenance';
import type { FakeGitHub } from '../../servers/fake-github/index.js';
import { Scenario, startFakeGitHub, storeAttestation } from '../../servers/fake-github/index.js';
import { verdictProblems } from '../../support/verdict-schema.js';
import { runAction } from '../../support/run-action.js';
import type { VerifyWorld } from '../../integration/verify/world.js';
import { ARTIFACT_SHA256, startVerifyWorld } from '../../integration/verify/world.js';

/**
 * The verify action reading the artifact's attestations from GitHub (`fetch-attestations`),
 * as a runner runs it: `node dist/verify/main.js` against the loopback GitHub and Sigstore.
 */
const ENTRY = join(process.cwd(), 'dist/verify/main.js');
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/deploy' } } };
const TOKEN = 'ghs_verifyStepAttestationsToken0123456789';
const LIST = 'GET /repos/{owner}/{repo}/attestations/{subject_digest}';

let world: VerifyWorld;
let genuine: SerializedBundle;
let wrongRef: SerializedBundle;
let fake: FakeGitHub | undefined;
beforeAll(async () => {
  world = await startVerifyWorld();
  [genuine, wrongRef] = await Promise.all([world.sign(), world.sign({ claims: { ref: 'refs/heads/wip' } })]);
});
afterAll(() => world.close());
afterEach(async () => {
  fake?.assertNoSchemaViolations();
  await fake?.close();
  fake = undefined;
});

async function github(bundles: readonly unknown[], pathPrefix = ''): Promise<FakeGitHub> {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  for (const bundle of bundles) storeAttestation(repo, bundle);
  fake = await startFakeGitHub({ scenario, pathPrefix });
  return fake;
}

// The step in acme/app (id 123456789), fetching from `server`; `inputs` override.
async function runVerify(server: FakeGitHub, inputs: Record<string, string> = {}) {
  const base = { 'artifact-path': 'app.tgz', 'fetch-attestations': 'true', 'attestations-token': TOKEN, 'trusted-root': world.fullRoot, 'expected-issuer': world.stack.issuer.issuer, 'expected-ref': 'refs/heads/main' };
  const run = await runAction({ entry: ENTRY, inputs: { ...base, ...inputs }, event: PUSH, env: { GITHUB_WORKSPACE: world.dir, GITHUB_REPOSITORY: 'acme/app', GITHUB_REPOSITORY_ID: '123456789', GITHUB_API_URL: server.url } });
  // Masked the moment it was read; never printed, never in a file the step wrote.
  expect(run.everything.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  if (inputs['fetch-attestations'] !== 'false' && inputs['bundle'] === undefined) expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  return run;
}

// Every report is the verdict document: it validates against schema/verdict.schema.json.
const report = (run: { outputs: Record<string, string> }): VerifyVerdict => {
  const document = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as VerifyVerdict;
  expect(verdictProblems(document)).toEqual([]);
  return document;
};

describe('verify action with fetch-attestations, run as a runner would', () => {
  it('verifies the one genuine attestation among others, and names why the others failed', async () => {
    const server = await github([wrongRef, genuine]);
    const run = await runVerify(server);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'allowed', verified: 'true' });
    expect(report(run)).toMatchObject({ inputs: { attestationVerified: 2, subjectSha256: ARTIFACT_SHA256, expectedRepositoryId: '123456789' }, detail: { candidates: [{ index: 1, code: 'VERIFY_REF_MISMATCH' }] } });
    expect(run.summary).toContain('attestation #1: <code>VERIFY_REF_MISMATCH</code>');
  });

  it('GHES: GITHUB_API_URL with /api/v3 is the API root', async () => {
    const server = await github([genuine], '/api/v3');
    expect((await runVerify(server)).exitCode).toBe(0);
    expect(server.requests.map((r) => r.path.split('/sha256')[0])).toEqual(['/api/v3/repos/acme/app/attestations']);
  });

  it('fails the step when every attestation is refused, one line per attestation', async () => {
    const run = await runVerify(await github([wrongRef, wrongRef]));
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.stdout).toContain('::error title=ringfence verify::VERIFY_NO_ATTESTATION_VERIFIED: none of the 2 attestation(s)');
    expect(report(run).detail.candidates?.map((c) => c.code)).toEqual(['VERIFY_REF_MISMATCH', 'VERIFY_REF_MISMATCH']);
  });

  it('fails the step when there is no attestation', async () => {
    const run = await runVerify(await github([]));
    expect([run.exitCode, report(run).detail.failure?.code]).toEqual([1, 'VERIFY_NO_ATTESTATIONS']);
  });

  it('fails the step, with no verdict, when the token may not read attestations (403)', async () => {
    const server = await github([genuine]);
    server.addFault({ route: LIST, kind: 'forbidden', times: Infinity });
    const run = await runVerify(server);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/GITHUB_FORBIDDEN|HTTP 403/u);
    expect(run.outputs['verified']).toBeUndefined();
  });

  it('refuses both a bundle and fetch-attestations, and neither', async () => {
    const server = await github([genuine]);
    const both = await runVerify(server, { bundle: world.write('b.json', genuine) });
    const neither = await runVerify(server, { 'fetch-attestations': 'false' });
    for (const run of [both, neither]) {
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('give exactly one of the inputs `bundle`');
    }
    expect(server.requests).toHaveLength(0);
  });
});
