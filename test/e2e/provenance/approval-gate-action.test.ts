import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { routes } from '@ringfence/github';
import { compileVerifyPolicy, parseTrustedRoot, verifyProvenance, verifyProvenanceBundle } from '@ringfence/provenance';
import type { FakeGitHub, Fault, GateScenario } from '../../servers/fake-github/index.js';
import { GUARD_APP_ID, OTHER_APP_ID, gateScenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { githubActionsClaims, startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { SigstoreServer } from '../../servers/sigstore/index.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';
import { runAction } from '../../support/run-action.js';
import { verdictProblems } from '../../support/verdict-schema.js';

/**
 * `node dist/provenance/main.js` with the approval gate on, as a runner runs it: the job's
 * OIDC token from the local issuer, facts from the fake GitHub, signing on the loopback
 * Sigstore. An approved merge gets a bundle whose evidence names the pull request and its
 * approvers; every case of the gate table is refused with its reason and writes nothing.
 */
const ENTRY = join(process.cwd(), 'dist/provenance/main.js');
const GITHUB_TOKEN = 'ghs_gatereadtoken0123456789abcdefghijklmn';
const RULES_TOKEN = 'ghs_gaterulestoken0123456789abcdefghijkl';

// Read at every mint: each test sets the claims of the job it plays.
const claims: Record<string, unknown> = {};
let issuer: OidcIssuer;
let sigstore: SigstoreServer;
let github: FakeGitHub | undefined;
beforeAll(async () => {
  issuer = await startOidcIssuer({ claims });
  sigstore = await startSigstoreServer({ oidcIssuer: issuer.issuer });
});
afterAll(async () => Promise.all([issuer.close(), sigstore.close()]));
afterEach(async () => {
  github?.assertNoSchemaViolations();
  await github?.close();
  github = undefined;
});

interface Job {
  readonly ref?: string;
  readonly sha: string;
  readonly event?: string;
  readonly environment?: string;
  /** The reusable workflow the signing job runs in (the certificate's build signer). */
  readonly jobWorkflowRef?: string;
}

async function runGated(s: GateScenario, job: Job, inputs: Record<string, string> = {}, faults: readonly Fault[] = []) {
  for (const key of Object.keys(claims)) delete claims[key];
  Object.assign(claims, { ref: job.ref ?? 'refs/heads/main', sha: job.sha, event_name: job.event ?? 'push', ...(job.environment ? { environment: job.environment } : {}), ...(job.jobWorkflowRef ? { job_workflow_ref: job.jobWorkflowRef } : {}) });
  const c = githubActionsClaims(claims);
  github = await startFakeGitHub({ scenario: s.scenario, faults });
  const ws = mkdtempSync(join(tmpdir(), 'ringfence-ws-'));
  writeFileSync(join(ws, 'app.tgz'), 'the artifact\n');
  const run = await runAction({
    entry: ENTRY,
    inputs: { 'subject-path': 'app.tgz', sigstore: 'custom', 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, 'oidc-issuer': issuer.issuer, 'guard-app-id': String(GUARD_APP_ID), 'github-token': GITHUB_TOKEN, 'rules-token': RULES_TOKEN, ...inputs },
    event: { name: String(c['event_name']), payload: { repository: { full_name: 'acme/app', visibility: 'public' } } },
    env: {
      GITHUB_WORKSPACE: ws,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer.tokenRequestUrl}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_ID: String(c['repository_id']),
      GITHUB_REPOSITORY_OWNER_ID: String(c['repository_owner_id']),
      GITHUB_REF: String(c['ref']),
      GITHUB_SHA: job.sha,
      GITHUB_EVENT_NAME: String(c['event_name']),
      GITHUB_WORKFLOW_REF: String(c['workflow_ref']),
      GITHUB_RUN_ID: String(c['run_id']),
      GITHUB_RUN_ATTEMPT: String(c['run_attempt']),
      RUNNER_ENVIRONMENT: 'github-hosted',
    },
  });
  const visible = run.everything.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(visible).not.toContain(GITHUB_TOKEN);
  expect(visible).not.toContain(RULES_TOKEN);
  return run;
}

describe('provenance action with the approval gate on, run as a runner would', () => {
  it('signs an approved merge: the bundle verifies and its evidence names the pull request, head, approvers and environment', async () => {
    const s = gateScenario();
    const run = await runGated(s, { sha: s.merge, environment: 'release' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const bundle = JSON.parse(readFileSync(run.outputs['bundle-path']!, 'utf8'));
    const san = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
    const statement = verifyProvenanceBundle(bundle, { trustedRoot: parseTrustedRoot(sigstore.trustedRoot), signer: { kind: 'certificate', subjectAlternativeName: san, issuer: issuer.issuer } });
    expect(statement.predicate.buildDefinition.internalParameters).toMatchObject({
      ringfence: { approval: { commit: s.merge, pullRequest: 7, headSha: s.head, approvers: ['alice'], guardVerdict: 'allowed', policyBlobSha: s.policyBlobSha, protectedBranch: 'main', guardAppId: GUARD_APP_ID, bypassCheck: 'rule-suites', environment: 'release' } },
    });
    expect(run.summary).toContain('approved source: pull request #7');
    // The report is the gate's verdict document, with what was signed under it.
    expect(run.outputs['verdict']).toBe('allowed');
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8'));
    expect(verdictProblems(report)).toEqual([]);
    expect(report).toMatchObject({ control: 'provenance', outcome: 'allowed', reasons: [], inputs: { commit: s.merge, pullRequest: 7, headSha: s.head, approvers: ['alice'], policyBlobSha: s.policyBlobSha, environment: 'release', protectedBranch: 'main' }, detail: { gate: 'on', signed: { bundlePath: run.outputs['bundle-path'] } } });
    // The rule suites were read with the rules token, nothing else with it.
    expect(github!.requests.filter((r) => r.route === routes.LIST_RULE_SUITES)).toHaveLength(1);
  });

  // Every row has four cells: a shorter row would make jest take the last parameter for `done`.
  const unchanged = (): void => undefined;
  it('signs from the reusable build workflow: ringfence verify --require-approval accepts the evidence', async () => {
    const s = gateScenario();
    const builder = 'ringfence/ringfence/.github/workflows/provenance-build.yml@refs/tags/v1.0.0';
    const run = await runGated(s, { sha: s.merge, jobWorkflowRef: builder });
    expect(run.exitCode).toBe(0);
    const bundle = JSON.parse(readFileSync(run.outputs['bundle-path']!, 'utf8')) as unknown;
    const policy = compileVerifyPolicy({ subjectSha256: createHash('sha256').update('the artifact\n').digest('hex'), trustedRoots: [parseTrustedRoot(sigstore.trustedRoot)], expectedRepository: 'acme/app', expectedBuilder: builder, expectedIssuer: issuer.issuer, serverUrl: 'https://github.com', requireApproval: true, expectedGuardAppId: String(GUARD_APP_ID), expectedProtectedBranch: 'main' });
    const verdict = verifyProvenance(bundle, policy);
    expect(verdict.outcome).toBe('allowed');
    expect(JSON.stringify(verdict)).toContain('"approvers":["alice"]');
    // The verifier, not the caller of the build workflow, says which guard App and branch count.
    const otherApp = compileVerifyPolicy({ subjectSha256: createHash('sha256').update('the artifact\n').digest('hex'), trustedRoots: [parseTrustedRoot(sigstore.trustedRoot)], expectedRepository: 'acme/app', expectedBuilder: builder, expectedIssuer: issuer.issuer, serverUrl: 'https://github.com', requireApproval: true, expectedGuardAppId: String(OTHER_APP_ID), expectedProtectedBranch: 'main' });
    expect(verifyProvenance(bundle, otherApp).detail.failure?.code).toBe('VERIFY_APPROVAL_GUARD_APP_MISMATCH');
  });

  it.each<[string, (s: GateScenario) => Job, string, (s: GateScenario) => void]>([
    ['a build of an unprotected branch', (s) => ({ ref: 'refs/heads/feature-8', sha: s.unmerged }), 'GATE_NOT_ON_PROTECTED_BRANCH', unchanged],
    ['a tag on an unmerged commit', (s) => ({ ref: 'refs/tags/v9.9.9', sha: s.unmerged }), 'GATE_NO_MERGED_PULL_REQUEST', unchanged],
    ['a merged pull request whose guard check came from another app', (s) => ({ sha: s.merge }), 'GATE_GUARD_CHECK_WRONG_APP', (s) => s.repo.seededCheckRuns.splice(0, 1, { ...s.repo.seededCheckRuns[0]!, appId: OTHER_APP_ID })],
    ['a merge that bypassed the rulesets', (s) => ({ sha: s.merge }), 'GATE_MERGE_BYPASSED', (s) => s.repo.ruleSuites.splice(0, 1, { ...s.repo.ruleSuites[0]!, result: 'bypass' })],
  ])('refuses %s with its reason, writing no bundle', async (_, job, code, change) => {
    const s = gateScenario();
    change(s);
    const signedBefore = sigstore.requests.length;
    const run = await runGated(s, job(s));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::approval gate refused, nothing signed: `);
    expect(run.stdout).toContain(code);
    expect(run.outputs['bundle-path']).toBeUndefined();
    expect(sigstore.requests.slice(signedBefore)).toEqual([]);
    // Refused, the report is still written: the verdict document with the reason, listed in the summary.
    expect(run.outputs['verdict']).toBe('blocked');
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as { reasons: { code: string }[] };
    expect(verdictProblems(report)).toEqual([]);
    expect(report.reasons.map((r) => r.code)).toContain(code);
    expect(run.summary).toContain(`<code>${code}</code>`);
  });

  it('refuses a pull_request-triggered build before any GitHub API call', async () => {
    const s = gateScenario();
    const run = await runGated(s, { ref: 'refs/pull/8/merge', sha: s.unmerged, event: 'pull_request' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('GATE_EVENT_REFUSED');
    expect(github!.requests).toEqual([]);
  });

  it('refuses when GitHub fails (API fault), naming the fact it could not read', async () => {
    const s = gateScenario();
    const run = await runGated(s, { sha: s.merge }, {}, [{ route: routes.COMPARE_COMMITS, kind: 'forbidden', times: Infinity }]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('GATE_FACT_UNAVAILABLE: cannot establish whether the commit is on the protected branch');
    expect(run.outputs['bundle-path']).toBeUndefined();
    // Nothing was decided, only nothing could be read: outcome error, still a refusal.
    expect(run.outputs['verdict']).toBe('error');
    expect(verdictProblems(JSON.parse(readFileSync(run.outputs['report']!, 'utf8')))).toEqual([]);
  });

  it('refuses GitHub Actions\' own App id as the guard App before any GitHub API call, saying why', async () => {
    const s = gateScenario();
    const run = await runGated(s, { sha: s.merge }, { 'guard-app-id': '15368' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('GATE_GUARD_APP_IS_GITHUB_ACTIONS: guard-app-id 15368 is GitHub Actions\' own App');
    expect(run.outputs['bundle-path']).toBeUndefined();
    expect(github!.requests).toEqual([]);
  });

  it('refuses to start without the guard App id, saying how to turn the gate off', async () => {
    const s = gateScenario();
    const run = await runGated(s, { sha: s.merge }, { 'guard-app-id': '' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input `guard-app-id` is required while `approval-gate` is on');
  });
});

