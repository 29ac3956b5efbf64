import { afterEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient, GitHubError, readBranchTip, readPullRequest, routes } from '@ringfence/github';
import type { FakeGitHub } from './index.js';
import { exampleOf, hasOperation, loadEvent, pullRequestScenario, startFakeGitHub, validateResponse } from './index.js';

const client = (server: FakeGitHub) => createGitHubClient({ token: 'ghs_selftest', baseUrl: server.url, retries: 0, retryDelayMs: 1, timeoutMs: 1000 });
let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the fake GitHub cannot drift from the OpenAPI description', () => {
  test('an answer missing a required field is refused: recorded, answered 500, and the call fails loudly', async () => {
    const s = pullRequestScenario({ files: 1 });
    server = await startFakeGitHub({
      scenario: s.scenario,
      handlers: [{ method: 'GET', path: '/repos/{owner}/{repo}/branches/{branch}', fn: () => ({ status: 200, body: { name: 'main', commit: { sha: 'abc' } } }) }],
    });
    await expect(readBranchTip(client(server), { owner: 'acme', repo: 'app' }, 'main')).rejects.toBeInstanceOf(GitHubError);
    expect(server.violations.join('\n')).toContain("must have required property '_links'");
    expect(() => server!.assertNoSchemaViolations()).toThrow(/outside GitHub's OpenAPI description/u);
  });

  test('a renamed field is a violation even when the adapter would not notice', () => {
    const body = exampleOf('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200) as Record<string, unknown>;
    const { changed_files: changedFiles, ...rest } = body;
    expect(validateResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, { ...rest, files_changed: changedFiles, requested_teams: [] })).toEqual([expect.stringContaining("must have required property 'changed_files'")]);
  });

  test('nullable fields accept null, and only where the description says so', () => {
    const [entry] = exampleOf('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200) as Record<string, unknown>[];
    expect(validateResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200, [{ ...entry, sha: null }])).toEqual([]);
    expect(validateResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200, [{ ...entry, filename: null }])).not.toEqual([]);
  });

  test('a status the operation does not document is a violation', () => {
    expect(validateResponse('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 418, {})).toEqual([expect.stringContaining('not documented')]);
  });

  test('every route constant of the adapter is an operation of the description', () => {
    const missing = routes.ALL_ROUTES.filter((route) => !hasOperation(route.split(' ')[0]!, route.split(' ')[1]!));
    expect(missing).toEqual([]);
  });
});

describe('the fake GitHub serves', () => {
  test('paged lists with Link headers, rate-limit headers, and a request log without the token', async () => {
    const s = pullRequestScenario({ files: 250 });
    server = await startFakeGitHub({ scenario: s.scenario });
    const response = await fetch(`${server.url}/repos/acme/app/pulls/7/files?per_page=100&page=2`, { headers: { authorization: 'token ghs_secret' } });
    expect(response.headers.get('link')).toBe(
      [`<${server.url}/repos/acme/app/pulls/7/files?per_page=100&page=1>; rel="prev"`, `<${server.url}/repos/acme/app/pulls/7/files?per_page=100&page=1>; rel="first"`, `<${server.url}/repos/acme/app/pulls/7/files?per_page=100&page=3>; rel="next"`, `<${server.url}/repos/acme/app/pulls/7/files?per_page=100&page=3>; rel="last"`].join(', '),
    );
    expect(response.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(((await response.json()) as unknown[]).length).toBe(100);
    expect(server.requests[0]).toMatchObject({ method: 'GET', route: routes.LIST_PR_FILES, query: { per_page: '100', page: '2' } });
    expect(JSON.stringify(server.requests)).not.toContain('ghs_secret');
  });

  test('a fault once, then the scenario again', async () => {
    const s = pullRequestScenario({ files: 1 });
    server = await startFakeGitHub({ scenario: s.scenario, faults: [{ route: routes.GET_PULL_REQUEST, kind: 'server-error' }] });
    await expect(readPullRequest(client(server), { owner: 'acme', repo: 'app' }, 7)).rejects.toMatchObject({ code: 'GITHUB_HTTP_ERROR', status: 500 });
    await expect(readPullRequest(client(server), { owner: 'acme', repo: 'app' }, 7)).resolves.toMatchObject({ number: 7 });
  });
});

describe('event payloads', () => {
  test('come from @octokit/webhooks-examples, patched where a test cares', () => {
    const event = loadEvent('pull_request', 'opened', { number: 7, pull_request: { head: { sha: 'f'.repeat(40) } } });
    expect(event['action']).toBe('opened');
    expect(event['number']).toBe(7);
    const pr = event['pull_request'] as { head: { sha: string; ref: string }; base: { ref: string } };
    expect(pr.head.sha).toBe('f'.repeat(40));
    expect(typeof pr.head.ref).toBe('string');
    expect(typeof pr.base.ref).toBe('string');
    expect(() => loadEvent('pull_request', 'exploded')).toThrow(/no pull_request.exploded example/u);
  });
});
