import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { KEY_ONLY_THRESHOLDS, parseTrustedRoot, verifyProvenanceBundle } from '@ringfence/provenance';
import type { Stack } from '../../integration/provenance/stack.js';
import { startStack } from '../../integration/provenance/stack.js';
import { runAction } from '../../support/run-action.js';
import { verdictProblems } from '../../support/verdict-schema.js';

/**
 * `node dist/provenance/main.js` as a runner runs it, against the loopback Sigstore and the
 * local OIDC issuer (standing in for ACTIONS_ID_TOKEN_REQUEST_URL).
 */
const ENTRY = join(process.cwd(), 'dist/provenance/main.js');
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
// The runner's variables for the run the issuer's default claims describe.
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
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-ws-'));
  writeFileSync(join(dir, 'app.tgz'), 'the artifact\n');
  return dir;
}

async function run(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    entry: ENTRY,
    inputs: { 'subject-path': 'app.tgz', 'approval-gate': 'off', sigstore: 'custom', 'fulcio-url': stack.sigstore.fulcioUrl, 'rekor-url': stack.sigstore.rekorUrl, 'oidc-issuer': stack.issuer.issuer, ...inputs },
    event: { name: 'push', payload: { repository: { full_name: 'acme/app', visibility: 'public' } } },
    env: { GITHUB_WORKSPACE: ws, ACTIONS_ID_TOKEN_REQUEST_URL: `${stack.issuer.tokenRequestUrl}?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.issuer.requestToken, GITHUB_SERVER_URL: 'https://github.com', ...RUN_ENV, ...env },
  });
}

describe('provenance action, run as a runner would', () => {
  it('signs keylessly: a bundle sigstore-js verifies, naming the source commit and build type', async () => {
    const ws = workspace();
    const result = await run(ws, {});
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const bundle = JSON.parse(readFileSync(result.outputs['bundle-path']!, 'utf8'));
    const statement = verifyProvenanceBundle(bundle, { trustedRoot: parseTrustedRoot(stack.sigstore.trustedRoot), signer: { kind: 'certificate', subjectAlternativeName: SAN, issuer: stack.issuer.issuer } });
    expect(statement.subject).toEqual([{ name: 'app.tgz', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/u) } }]);
    expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([expect.objectContaining({ digest: { gitCommit: RUN_ENV.GITHUB_SHA } })]);
    expect(result.summary).toContain('app.tgz');
    expect(result.summary).toContain('transparency log entry');
    // With the gate off the report still says so: allowed, no approval asked for.
    const report = JSON.parse(readFileSync(result.outputs['report']!, 'utf8'));
    expect(verdictProblems(report)).toEqual([]);
    expect(report).toMatchObject({ control: 'provenance', outcome: 'allowed', inputs: { approvalGate: 'off', commit: RUN_ENV.GITHUB_SHA.toLowerCase() }, detail: { gate: 'off', signed: { signedWith: 'keyless', subjects: statement.subject } } });
  });

  it('refuses when the runner variables disagree with the verified token (a spoofed environment)', async () => {
    const result = await run(workspace(), {}, { GITHUB_SHA: 'f'.repeat(40) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the verified token and the runner environment disagree');
    expect(result.outputs['bundle-path']).toBeUndefined();
  });

  it('refuses a subject that does not exist, writing no bundle', async () => {
    const result = await run(workspace(), { 'subject-path': 'missing.tgz' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['bundle-path']).toBeUndefined();
  });

  it('signs with a key when one is given, and never prints it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const result = await run(workspace(), { 'private-key': pem, sigstore: 'auto' });
    expect(result.exitCode).toBe(0);
    const visible = result.everything.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const line of pem.split('\n').filter((l) => l.length > 20)) expect(visible).not.toContain(line);
    const bundle = JSON.parse(readFileSync(result.outputs['bundle-path']!, 'utf8'));
    const statement = verifyProvenanceBundle(bundle, { signer: { kind: 'public-key', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }, thresholds: KEY_ONLY_THRESHOLDS });
    expect(statement.subject).toHaveLength(1);
  });
});
