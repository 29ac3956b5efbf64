import { afterEach, describe, expect, test } from '@jest/globals';
import {
  GitHubBaseFileReader,
  listBranchRules,
  listPullRequestCommits,
  listReviews,
  postCheckRun,
  postCommitStatus,
  readBranchTip,
  readCollaboratorPermission,
  readFileAtRef,
  readPullRequest,
  readTeamMembership,
  routes,
} from '@ringfence/github';
import type { FakeGitHub, PullRequestScenario } from '../../servers/fake-github/index.js';
import { pullRequestScenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from './support.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function fake(s: PullRequestScenario = pullRequestScenario({ files: 1 }), faults: Parameters<typeof startFakeGitHub>[0]['faults'] = []): Promise<{ s: PullRequestScenario; server: FakeGitHub }> {
  server = await startFakeGitHub({ scenario: s.scenario, faults });
  return { s, server };
}

describe('a pull request', () => {
  test('reads author, bot flag, heads, base, counts and a deleted fork as no head repository', async () => {
    const { s, server } = await fake();
    s.pr.author = { login: 'dependabot[bot]', type: 'Bot' };
    s.pr.headRepo = null;
    s.pr.draft = true;
    expect(await readPullRequest(clientFor(server), ACME, 7)).toEqual({
      number: 7,
      state: 'open',
      draft: true,
      author: { login: 'dependabot[bot]', isBot: true },
      head: { sha: s.head, ref: 'feature-7', repoId: undefined, repoFullName: undefined },
      base: { sha: s.base, ref: 'main' },
      changedFiles: 7,
      commitCount: 1,
    });
  });

  test('lists its commits with who made them and whether GitHub verified them', async () => {
    const { server } = await fake(pullRequestScenario({ files: 1, commits: 130 }));
    const commits = await listPullRequestCommits(clientFor(server), ACME, { number: 7, commitCount: 130 });
    expect(commits).toHaveLength(130);
    expect(commits[1]).toEqual({ sha: `0001${'c'.repeat(36)}`, authorLogin: 'contributor', committerLogin: 'web-flow', verified: false, verificationReason: 'unsigned' });
  });

  test('with more than 250 commits is refused before anything is listed', async () => {
    const { server } = await fake();
    await expect(listPullRequestCommits(clientFor(server), ACME, { number: 7, commitCount: 251 })).rejects.toMatchObject({ code: 'GITHUB_TOO_MANY_COMMITS', route: routes.LIST_PR_COMMITS });
    expect(server.requests).toEqual([]);
  });

  test('lists every review across pages, exactly 100 of them ending on a full page', async () => {
    const { server } = await fake(pullRequestScenario({ files: 1, reviews: 100 }));
    const reviews = await listReviews(clientFor(server), ACME, 7);
    expect(reviews).toHaveLength(100);
    expect(reviews[0]).toEqual({ id: 100, login: 'reviewer0', state: 'APPROVED', commitId: expect.any(String), submittedAt: '2026-01-01T00:00:00Z' });
    expect(server.requests.map((r) => r.query['page'])).toEqual(['1', '2']);
  });
});

describe('permissions', () => {
  test.each([
    ['write', 'maintain', 'maintain'],
    ['write', 'write', 'write'],
    ['write', 'release-manager', 'write'],
    ['read', 'triage', 'triage'],
    ['admin', 'admin', 'admin'],
    ['read', 'admin', 'read'],
    ['none', 'none', 'none'],
  ])('permission %s with role_name %s counts as %s', async (permission, roleName, expected) => {
    const { s, server } = await fake();
    s.repo.permission('bob', permission, roleName);
    expect(await readCollaboratorPermission(clientFor(server), ACME, 'bob')).toEqual({ permission: expected, roleName });
  });

  test('an active team member is a member; a pending one and a stranger are not', async () => {
    const { s, server } = await fake();
    s.scenario.team('acme', 'core', { alice: {}, carol: { state: 'pending' } });
    const client = clientFor(server);
    expect(await readTeamMembership(client, 'acme', 'core', 'alice')).toEqual({ member: true, state: 'active', role: 'member' });
    expect(await readTeamMembership(client, 'acme', 'core', 'carol')).toEqual({ member: false, state: 'pending', role: 'member' });
    expect(await readTeamMembership(client, 'acme', 'core', 'mallory')).toEqual({ member: false, state: 'absent', role: undefined });
  });

  test('a token that may not read teams fails closed, saying which permission is missing', async () => {
    const { server } = await fake(undefined, [{ route: routes.GET_TEAM_MEMBERSHIP, kind: 'forbidden' }]);
    const error = await readTeamMembership(clientFor(server), 'acme', 'core', 'alice').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GITHUB_FORBIDDEN', route: routes.GET_TEAM_MEMBERSHIP });
    expect((error as Error).message).toContain('members: read');
  });
});

describe('files at a ref', () => {
  test('the contents API reads a file, and refuses to pass off a symlink target as the link', async () => {
    const { s, server } = await fake();
    const client = clientFor(server);
    expect(Buffer.from((await readFileAtRef(client, ACME, s.head, '.github/workflows/ci.yml'))!).toString()).toBe('on: pull_request\n');
    expect(await readFileAtRef(client, ACME, s.head, 'missing.txt')).toBeUndefined();
    await expect(readFileAtRef(client, ACME, s.head, 'docs/link.md')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', route: routes.GET_CONTENT });
  });

  test('the base file reader reads blobs exactly: a symlink is its link text, a directory lists its files', async () => {
    const { s, server } = await fake();
    const reader = new GitHubBaseFileReader(clientFor(server), ACME, s.head);
    expect(Buffer.from((await reader.readFile('docs/link.md'))!).toString()).toBe('../README.md');
    expect(await reader.readFile('docs/nothing.md')).toBeUndefined();
    expect(await reader.readFile('nowhere/at/all.md')).toBeUndefined();
    expect(await reader.listFiles('.github/workflows')).toEqual(['.github/workflows/ci.yml']);
    expect(await reader.listFiles('src/')).toEqual(['src/new.ts']);
    expect(await reader.listFiles('absent')).toEqual([]);
    await expect(reader.readFile('src/gen')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE' });
  });
});

describe('branches', () => {
  test('the tip and the rules in force, organisation rules included (fixture laid out as the API path)', async () => {
    const { s, server } = await fake();
    const client = clientFor(server);
    expect(await readBranchTip(client, ACME, 'main')).toBe(s.base);
    const rules = await listBranchRules(client, ACME, 'main');
    expect(rules.map((r) => `${r.type} ${r.rulesetSourceType} ${r.rulesetId}`)).toEqual(['pull_request Organization 11', 'required_status_checks Organization 11', 'non_fast_forward Repository 42']);
    expect(await listBranchRules(client, ACME, 'release')).toEqual([]);
  });
});

describe('reporting', () => {
  test('a check run carries its annotations in batches of 50', async () => {
    const { s, server } = await fake();
    const annotations = Array.from({ length: 120 }, (_, i) => ({ path: `f${i}`, startLine: i + 1, endLine: i + 1, level: 'warning' as const, message: `m${i}` }));
    const id = await postCheckRun(clientFor(server), ACME, { name: 'ringfence / guard', headSha: s.head, conclusion: 'failure', title: 'blocked', summary: 's', annotations });
    expect(id).toBe(5000);
    const batches = s.repo.checkRuns.map((r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length);
    expect(batches).toEqual([50, 50, 20]);
    expect(server.requests.map((r) => r.route)).toEqual([routes.CREATE_CHECK_RUN, routes.UPDATE_CHECK_RUN, routes.UPDATE_CHECK_RUN]);
  });

  test('a commit status keeps its description within 140 characters', async () => {
    const { s, server } = await fake();
    await postCommitStatus(clientFor(server), ACME, { sha: s.head, state: 'failure', context: 'ringfence / guard', description: 'x'.repeat(200) });
    expect((s.repo.statuses[0]!.body as { description: string }).description).toHaveLength(140);
  });
});
