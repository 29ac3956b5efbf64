import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { VerifyVerdict } from '@ringfence/provenance';
import type { Stack } from '../../integration/provenance/stack.js';
import { startStack } from '../../integration/provenance/stack.js';
import type { FakeGitHub } from '../../servers/fake-github/index.js';
import { Scenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import { runAction } from '../../support/run-action.js';

/**
 * `upload-attestation: true`: dist/provenance stores its bundle with the fake GitHub's
 * attestations, and dist/cli's `ringfence verify` (no --bundle) fetches it back and
 * verifies it: a real round trip through the API, the loopback Sigstore and OIDC issuer.
 */
const PROVENANCE = join(process.cwd(), 'dist/provenance/main.js');
const CLI = join(process.cwd(), 'dist/cli/ringfence.js');
const CREATE = 'POST /repos/{owner}/{repo}/attestations';
const TOKEN = 'ghs_provenanceUploadToken0123456789abcdef';
const RUN_ENV = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REPOSITORY_ID: '123456789',
  GITHUB_REPOSITORY_OWNER_ID: '987654',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '1536140711',
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

let stack: Stack;
let fake: FakeGitHub;
let ws: string;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(async () => {
  fake.assertNoSchemaViolations();
  await fake.close();
});

// A fake GitHub with acme/app (on GHES, its API under /api/v3) and a workspace with the artifact.
async function github(pathPrefix = ''): Promise<void> {
  const scenario = new Scenario();
  scenario.repo('acme', 'app');
  fake = await startFakeGitHub({ scenario, pathPrefix });
  ws = mkdtempSync(join(tmpdir(), 'ringfence-ws-'));
  writeFileSync(join(ws, 'app.tgz'), 'the artifact\n');
}

// The provenance step, uploading unless `inputs` say otherwise; the token never shows.
async function provenance(inputs: Record<string, string> = {}) {
  const run = await runAction({
    entry: PROVENANCE,
    inputs: { 'subject-path': 'app.tgz', 'approval-gate': 'off', sigstore: 'custom', 'fulcio-url': stack.sigstore.fulcioUrl, 'rekor-url': stack.sigstore.rekorUrl, 'oidc-issuer': stack.issuer.issuer, 'upload-attestation': 'true', 'attestations-token': TOKEN, ...inputs },
    event: { name: 'push', payload: { repository: { full_name: 'acme/app', visibility: 'public' } } },
    env: { GITHUB_WORKSPACE: ws, ACTIONS_ID_TOKEN_REQUEST_URL: `${stack.issuer.tokenRequestUrl}?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.issuer.requestToken, GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: fake.url, ...RUN_ENV },
  });
  expect(run.everything.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  return run;
}

describe('provenance action with upload-attestation, then ringfence verify fetching it back', () => {
  it('stores the bundle (attestation id and URL as outputs), and verify finds and verifies it by the digest', async () => {
    await github();
    const run = await provenance();
    expect(run.exitCode).toBe(0);
    expect(run.outputs['attestation-id']).toBe('7000');
    expect(run.outputs['attestation-url']).toBe('https://github.com/acme/app/attestations/7000');
    expect(fake.requests.filter((r) => r.route === CREATE).map((r) => r.status)).toEqual([201]);
    const root = stack.sigstore.writeTrustedRoot(join(ws, 'trusted_root.json'));
    const verify = await cli(['verify', 'app.tgz', '--trusted-root', root, '--expected-repository', 'acme/app', '--expected-ref', 'refs/heads/main', '--expected-issuer', stack.issuer.issuer, '--github-api-url', fake.url, '--json']);
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout) as VerifyVerdict).toMatchObject({ outcome: 'allowed', inputs: { attestationVerified: 1, attestationsListed: 1 } });
    expect(verify.stdout).not.toContain(TOKEN);
  });

  it('fails the step with GitHub Enterprise Server named when the API is not there (404)', async () => {
    await github('/api/v3');
    // This GHES host has no attestations API: every upload answers 404.
    fake.addFault({ route: CREATE, kind: 'not-found', times: Infinity });
    const run = await provenance();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('not on GitHub Enterprise Server');
    expect(run.outputs['attestation-id']).toBeUndefined();
  });

  it('fails the step when the token may not write attestations (403)', async () => {
    await github();
    fake.addFault({ route: CREATE, kind: 'forbidden', times: Infinity });
    const run = await provenance();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/HTTP 403/u);
  });

  it('uploads nothing by default', async () => {
    await github();
    const run = await provenance({ 'upload-attestation': '' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['attestation-id']).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });
});


// dist/cli/ringfence.js in the workspace, with the token in GH_TOKEN (asynchronously: the fake answers from this process).
async function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ws, env: { PATH: process.env['PATH'] ?? '', GH_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}
