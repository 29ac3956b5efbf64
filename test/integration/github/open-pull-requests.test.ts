import { afterEach, describe, expect, test } from '@jest/globals';
import { listOpenPullRequestsAtHead, routes } from '@ringfence/github';
import { Scenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { Fault, FakeGitHub, FakeRepo } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from './support.js';

// A page of 100 full pull request objects is over 1 MiB, as on GitHub; the client's default cap is 16 MiB.
const client = (s: FakeGitHub) => clientFor(s, { maxResponseBytes: 8 * 1024 * 1024 });

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

// 150 open pull requests (two pages), of which #3 and #140 propose `head`; #150 proposed it too but is closed.
async function crowded(faults: Fault[] = []): Promise<{ repo: FakeRepo; head: string; server: FakeGitHub }> {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const base = repo.commit({ 'README.md': 'x\n' });
  repo.branch('main', base).branch('release', base);
  const head = repo.commitOn(base, { 'README.md': 'shared\n' });
  for (let n = 1; n <= 150; n++) repo.pullRequest({ number: n, base: n === 140 ? 'release' : 'main', head: n === 3 || n === 140 || n === 150 ? head : repo.commitOn(base, { 'README.md': `${n}\n` }) });
  repo.pulls.get(150)!.state = 'closed';
  server = await startFakeGitHub({ scenario, faults });
  return { repo, head, server };
}

describe('open pull requests at a head commit', () => {
  test('lists every open pull request with that head, from every page, with its base branch', async () => {
    const { head, server } = await crowded();
    expect(await listOpenPullRequestsAtHead(client(server), ACME, head.toUpperCase())).toEqual([
      { number: 3, state: 'open', headSha: head, baseRef: 'main' },
      { number: 140, state: 'open', headSha: head, baseRef: 'release' },
    ]);
    const asked = server.requests.filter((r) => r.route === routes.LIST_PULL_REQUESTS).map((r) => r.query);
    expect(asked).toEqual([1, 2].map((page) => expect.objectContaining({ state: 'open', sort: 'created', direction: 'asc', per_page: '100', page: String(page) })));
  });

  test.each<[string, Fault]>([
    ['a page answering 500', { route: routes.LIST_PULL_REQUESTS, kind: 'server-error', times: Infinity }],
    ['a page cut short', { route: routes.LIST_PULL_REQUESTS, kind: 'truncated-page', page: 1, times: Infinity }],
    ['a page repeated', { route: routes.LIST_PULL_REQUESTS, kind: 'repeated-page', page: 2, times: Infinity }],
  ])('fails instead of answering a shorter list: %s', async (_name, fault) => {
    const { head, server } = await crowded([fault]);
    await expect(listOpenPullRequestsAtHead(client(server), ACME, head)).rejects.toMatchObject({ name: 'GitHubError' });
  });
});
