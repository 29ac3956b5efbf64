import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../src/run-cli.js';
import type { Io } from '../src/io.js';

/** `ringfence token explain --workflow` over real workflow files in a temporary repository. */
const POLICY = join(import.meta.dirname, '../../../test/fixtures/broker/org-policy.yml');
const IDS = ['--repository', 'acme/app', '--repository-id', '123456789', '--owner-id', '987654', '--host-repository-id', '100001'];
const TOKEN_STEP = 'ringfence/ringfence/actions/token@0123456789abcdef0123456789abcdef01234567';

const RELEASE = `name: release
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  release:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - id: token
        uses: ${TOKEN_STEP}
        with:
          broker-url: https://broker.acme.example
          audience: https://broker.acme.example/ringfence
          permission-contents: write
  deploy:
    runs-on: [self-hosted, linux]
    environment:
      name: "prod:eu"
    steps:
      - uses: ringfence/ringfence@0123456789abcdef0123456789abcdef01234567
        with:
          control: token
          permission-issues: write
  dynamic:
    runs-on: ubuntu-latest
    steps:
      - uses: ${TOKEN_STEP}
        with:
          permission-contents: \${{ inputs.level }}
  call:
    uses: ./.github/workflows/reusable.yml
`;

const REUSABLE = `on: workflow_call
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: ${TOKEN_STEP}
        with:
          repositories: app
          permission-contents: read
`;

/** Jobs whose claims cannot all be told offline: a remote reusable workflow, runner groups, custom labels. */
const CALLS = `on: push
jobs:
  shared-short:
    uses: acme/shared/.github/workflows/deploy.yml@v1
  shared-pinned:
    uses: acme/shared/.github/workflows/deploy.yml@refs/tags/v1
  group:
    runs-on: { group: big-runners }
    steps:
      - uses: ${TOKEN_STEP}
        with: { permission-contents: read }
  custom:
    runs-on: [linux, gpu]
    steps:
      - uses: ${TOKEN_STEP}
        with: { permission-contents: read }
`;

/** Rules on job_workflow_ref (as GitHub writes it, and as the short name a reader might guess) and on runner_environment. */
const CALLS_POLICY = `version: 1
token:
  ceiling:
    permissions: { contents: read, issues: read }
  rules:
    - name: shared-deploy
      match: { repository_owner_id: 987654, job_workflow_ref: "acme/shared/.github/workflows/deploy.yml@refs/tags/v1" }
      grant: { repositories: [123456789], permissions: { contents: read, issues: read } }
    - name: shared-deploy-as-written
      match: { repository_owner_id: 987654, job_workflow_ref: "acme/shared/.github/workflows/deploy.yml@v1" }
      grant: { repositories: [123456789], permissions: { contents: read, issues: read } }
    - name: hosted-reader
      match: { repository_owner_id: 987654, runner_environment: github-hosted }
      grant: { repositories: [123456789], permissions: { contents: read } }
`;

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rf-explain-workflow-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/release.yml'), RELEASE);
  writeFileSync(join(dir, '.github/workflows/reusable.yml'), REUSABLE);
  writeFileSync(join(dir, '.github/workflows/calls.yml'), CALLS);
  writeFileSync(join(dir, 'calls-policy.yml'), CALLS_POLICY);
  writeFileSync(join(dir, 'shared-request.json'), '{"permissions":{"contents":"read","issues":"read"}}');
  return dir;
}

async function explain(...args: string[]) {
  return explainIn(['--policy', POLICY, '--workflow', '.github/workflows/release.yml'], args);
}

async function explainIn(where: readonly string[], args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: repository(), out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  const code = await runCli(['token', 'explain', ...where, ...args], io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, any> };
}

const CALLS_FILE = ['--policy', 'calls-policy.yml', '--workflow', '.github/workflows/calls.yml'];
const PUSH_MAIN = ['--event', 'push', '--ref', 'refs/heads/main', ...IDS];

describe('ringfence token explain --workflow', () => {
  it('derives the claims of a push to main, reads the token step, and grants by the rule that covers it', async () => {
    const result = await explain('--job', 'release', '--event', 'push', '--ref', 'refs/heads/main', ...IDS, '--json');
    expect([result.code, result.stderr]).toEqual([0, '']);
    const doc = result.json();
    expect(doc['claims']).toEqual({
      event_name: 'push', ref: 'refs/heads/main', ref_type: 'branch', repository_id: '123456789', repository_owner_id: '987654', runner_environment: 'github-hosted',
      repository: 'acme/app', repository_owner: 'acme', workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main', job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main', sub: 'repo:acme/app:ref:refs/heads/main',
    });
    expect(doc['request']).toEqual({ permissions: { contents: 'write' } });
    expect(doc['step']).toBe('token');
    expect(doc['decision']).toMatchObject({ outcome: 'granted', rule: { name: 'app-release' } });
    expect((doc['unknown'] as { claim: string }[]).map((n) => n.claim)).toEqual(['actor_id', 'repository_visibility']);
  });

  it('refuses the same job on another branch and names the rule and field', async () => {
    const result = await explain('--job', 'release', '--event', 'push', '--ref', 'refs/heads/feature', ...IDS);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('refused: TOKEN_');
    expect(result.stdout).toMatch(/app-release .*no-match[\s\S]*ref: expected .*refs\/heads\/main.*found "refs\/heads\/feature"/u);
  });

  it('without ids, lists them as unknown, and cannot tell (exit 2) while a rule fails only on them', async () => {
    const result = await explain('--job', 'release', '--event', 'push', '--ref', 'refs/heads/main', '--repository', 'acme/app');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('unknown repository_owner_id: not known offline: give --owner-id ID');
    expect(result.stdout).toMatch(/repository_owner_id: expected .*found no such claim/u);
    expect(result.stderr).toContain('cannot tell offline: rule app-release, org-reader depends only on unknown claims (repository_owner_id: not known offline: give --owner-id ID');
  });

  it('cannot tell for a remote reusable workflow called at a short name: GitHub writes it @refs/tags/… or @refs/heads/…, never as written', async () => {
    const result = await explainIn(CALLS_FILE, ['--job', 'shared-short', ...PUSH_MAIN, '--runner-environment', 'github-hosted', '--request', 'shared-request.json', '--json']);
    expect(result.code).toBe(2);
    expect(result.json()['claims']['job_workflow_ref']).toBeUndefined();
    expect(result.json()['decision']).toMatchObject({ outcome: 'refused' });
    expect(result.stderr).toContain('cannot tell offline: rule shared-deploy, shared-deploy-as-written depends only on unknown claims (job_workflow_ref: the job calls acme/shared/.github/workflows/deploy.yml@v1: GitHub writes @v1 as @refs/tags/v1 or @refs/heads/v1');
  });

  it('cannot tell the runner of a remote reusable workflow\'s jobs, which every rule matches (github-hosted by default)', async () => {
    const result = await explainIn(CALLS_FILE, ['--job', 'shared-pinned', ...PUSH_MAIN, '--request', 'shared-request.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('runner_environment: the job has no runs-on');
  });

  it('grants a remote reusable workflow called at a full ref by the rule naming that ref', async () => {
    const result = await explainIn(CALLS_FILE, ['--job', 'shared-pinned', ...PUSH_MAIN, '--runner-environment', 'github-hosted', '--request', 'shared-request.json', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()['decision']).toMatchObject({ outcome: 'granted', rule: { name: 'shared-deploy' } });
  });

  it.each(['group', 'custom'])('never assumes a GitHub-hosted runner for the %s job: cannot tell, unless --runner-environment says', async (job) => {
    const result = await explainIn(CALLS_FILE, ['--job', job, ...PUSH_MAIN, '--json']);
    expect(result.code).toBe(2);
    expect(result.json()['claims']['runner_environment']).toBeUndefined();
    expect(result.stderr).toContain('rule hosted-reader depends only on unknown claims (runner_environment: ');
    const told = await explainIn(CALLS_FILE, ['--job', job, ...PUSH_MAIN, '--runner-environment', 'github-hosted', '--json']);
    expect([told.code, told.json()['decision']['rule']['name']]).toEqual([0, 'hosted-reader']);
  });

  it.each([
    [['--event', 'workflow_call'], '--event workflow_call is never a run\'s event_name'],
    [['--event', 'push'], '.github/workflows/reusable.yml is a reusable workflow (on: workflow_call): a run of it carries its caller\'s event_name and workflow_ref'],
  ])('refuses to explain a reusable workflow by itself with %j (exit 2): its runs carry the caller\'s claims', async (event, message) => {
    const result = await explainIn(['--policy', POLICY, '--workflow', '.github/workflows/reusable.yml'], ['--job', 'publish', ...event, '--ref', 'refs/heads/main', ...IDS]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain(message);
  });

  it('builds the environment subject (":" written %3A) and notes a self-hosted runner, through the root action', async () => {
    const doc = (await explain('--job', 'deploy', '--event', 'push', '--ref', 'refs/heads/main', ...IDS, '--json')).json();
    expect(doc['claims']).toMatchObject({ environment: 'prod:eu', sub: 'repo:acme/app:environment:prod%3Aeu', runner_environment: 'self-hosted' });
    expect(doc['request']).toEqual({ permissions: { issues: 'write' } });
  });

  it('builds the pull request subject and warns that the workflow has no such trigger', async () => {
    const result = await explain('--job', 'release', '--event', 'pull_request', '--ref', 'refs/pull/7/merge', ...IDS, '--json');
    expect(result.code).toBe(1);
    expect(result.json()['claims']).toMatchObject({ sub: 'repo:acme/app:pull_request', event_name: 'pull_request' });
    expect(result.json()['unknown']).toContainEqual({ claim: 'ref_type', note: expect.stringContaining('neither a branch nor a tag') });
    expect(result.stderr).toContain('warning: .github/workflows/release.yml: the workflow is not triggered by pull_request (on: push, workflow_dispatch)');
  });

  it('follows a local reusable workflow: its job\'s environment and request, job_workflow_ref the called file', async () => {
    const doc = (await explain('--job', 'call', '--event', 'workflow_dispatch', '--ref', 'refs/heads/main', ...IDS, '--json')).json();
    expect(doc['claims']).toMatchObject({ workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main', job_workflow_ref: 'acme/app/.github/workflows/reusable.yml@refs/heads/main', environment: 'production', sub: 'repo:acme/app:environment:production' });
    expect(doc['request']).toEqual({ repositories: ['123456789'], permissions: { contents: 'read' } });
    expect(doc['decision']).toMatchObject({ outcome: 'granted', rule: { name: 'org-reader' } });
  });

  it('says an expression cannot be evaluated offline, and exits 2', async () => {
    const result = await explain('--job', 'dynamic', '--event', 'push', '--ref', 'refs/heads/main', ...IDS);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/job dynamic: input permission-contents is an expression \(\$\{\{ inputs\.level \}\}, line \d+\) that cannot be evaluated offline/u);
  });

  it('says so in its one JSON document too', async () => {
    const result = await explain('--job', 'dynamic', '--event', 'push', '--ref', 'refs/heads/main', ...IDS, '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toMatchObject({ job: 'dynamic', request: null, cannotTell: expect.stringContaining('cannot be evaluated offline') });
  });

  it('takes the request from --request for a job without a token step', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'request.json'), '{"permissions":{"contents":"read"}}');
    let stdout = '';
    const io: Io = { cwd: dir, out: (t) => void (stdout += t), err: () => undefined };
    expect(await runCli(['token', 'explain', '--policy', POLICY, '--workflow', '.github/workflows/release.yml', '--job', 'test', '--event', 'push', '--ref', 'refs/heads/main', ...IDS, '--request', 'request.json'], io)).toBe(0);
    expect(stdout).toContain('granted by rule app-release');
  });

  it.each([
    [['--job', 'nope', '--event', 'push', '--ref', 'refs/heads/main'], 'has no job "nope"; its jobs: test, release, deploy, dynamic, call'],
    [['--job', 'test', '--event', 'push', '--ref', 'refs/heads/main'], 'no ringfence token step found'],
    [['--job', 'release', '--event', 'push', '--ref', 'main'], '--ref must be a full ref'],
    [['--job', 'release', '--ref', 'refs/heads/main'], '--event is required with --workflow'],
    [['--job', 'release', '--event', 'push', '--ref', 'refs/heads/main', '--repository-id', 'app'], '--repository-id must be a numeric id'],
    [['--job', 'release', '--event', 'push', '--ref', 'refs/heads/main', '--step', 'other'], 'has no ringfence token step "other"; its token steps: token'],
    [['--job', 'release', '--event', 'push', '--ref', 'refs/heads/main', '--runner-environment', 'hosted'], '--runner-environment must be github-hosted or self-hosted'],
  ])('exits 2 on %j', async (args, message) => {
    const result = await explain(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('refuses workflow options without --workflow', async () => {
    const io: Io = { cwd: tmpdir(), out: () => undefined, err: () => undefined };
    expect(await runCli(['token', 'explain', '--policy', POLICY, '--job', 'release'], io)).toBe(2);
  });
});
