import { describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../src/client.js';
import { listTokenRepositories } from '../src/installation-repositories.js';
import type { Answer } from './memory-fetch.js';
import { memoryFetch } from './memory-fetch.js';

const repos = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));

function clientAnswering(pages: (page: number) => Answer) {
  const fetch = memoryFetch((url) => pages(Number(url.searchParams.get('page'))));
  return { client: createGitHubClient({ token: 't', baseUrl: 'https://api.github.com', fetch, retries: 0 }), fetch };
}

describe('listTokenRepositories', () => {
  test('reads every page until they add up to total_count', async () => {
    const { client, fetch } = clientAnswering((page) => ({ body: { total_count: 250, repositories: repos((page - 1) * 100, page === 3 ? 50 : 100) } }));
    const listed = await listTokenRepositories(client, 500);
    expect(listed.totalCount).toBe(250);
    expect(listed.ids).toEqual(repos(0, 250).map((r) => r.id));
    expect(fetch.calls.map((u) => `${u.pathname}?${u.searchParams.toString()}`)).toEqual(['/installation/repositories?per_page=100&page=1', '/installation/repositories?per_page=100&page=2', '/installation/repositories?per_page=100&page=3']);
  });

  test('stops after the first page when total_count is past what may be reached', async () => {
    const { client, fetch } = clientAnswering(() => ({ body: { total_count: 4000, repositories: repos(0, 100) } }));
    expect(await listTokenRepositories(client, 2)).toEqual({ totalCount: 4000, ids: undefined });
    expect(fetch.calls).toHaveLength(1);
  });

  test.each([
    ['a short page before the count is reached', (page: number): Answer => ({ body: { total_count: 150, repositories: repos((page - 1) * 100, page === 1 ? 60 : 50) } })],
    ['a page that repeats ids', (): Answer => ({ body: { total_count: 200, repositories: repos(0, 100) } })],
    ['a total_count that changes between pages', (page: number): Answer => ({ body: { total_count: page === 1 ? 150 : 120, repositories: repos((page - 1) * 100, page === 1 ? 100 : 20) } })],
    ['a page with more than the count', (): Answer => ({ body: { total_count: 1, repositories: repos(0, 2) } })],
  ])('%s is GITHUB_PAGINATION_TRUNCATED', async (_name, pages) => {
    await expect(listTokenRepositories(clientAnswering(pages).client, 500)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED', route: 'GET /installation/repositories' });
  });

  test('an answer of the wrong shape is GITHUB_BAD_RESPONSE', async () => {
    await expect(listTokenRepositories(clientAnswering(() => ({ body: { repositories: [] } })).client, 5)).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE' });
  });
});
