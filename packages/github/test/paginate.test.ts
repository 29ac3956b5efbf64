import { describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../src/client.js';
import { listKnownTotal, listUntilShortPage } from '../src/paginate.js';
import type { Answer } from './memory-fetch.js';
import { memoryFetch } from './memory-fetch.js';

const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }));
const link = (next?: number, last?: number) => ({ link: [next && `<https://api.github.com/x?page=${next}>; rel="next"`, last && `<https://api.github.com/x?page=${last}>; rel="last"`].filter(Boolean).join(', ') });

function listFrom(pages: (page: number) => Answer) {
  const fetch = memoryFetch((url) => pages(Number(url.searchParams.get('page'))));
  const client = createGitHubClient({ token: 't', baseUrl: 'https://api.github.com', fetch, retries: 0 });
  const list = { client, route: 'GET /x', params: {}, operation: 'things', parse: (s: { integer(k: string): number }) => s.integer('id'), keyOf: String };
  return { list, fetch };
}

describe('a list of known length', () => {
  test('reads every page at once and returns them in order', async () => {
    const { list, fetch } = listFrom((page) => ({ body: items((page - 1) * 100, page === 3 ? 50 : 100) }));
    expect(await listKnownTotal(list, 250)).toEqual(items(0, 250).map((i) => i.id));
    expect(fetch.calls.map((u) => u.searchParams.get('per_page'))).toEqual(['100', '100', '100']);
  });

  test.each([
    ['a short middle page', (page: number): Answer => ({ body: items((page - 1) * 100, page === 2 ? 60 : page === 3 ? 50 : 100) })],
    ['a repeated page', (page: number): Answer => ({ body: items(page === 2 ? 0 : (page - 1) * 100, page === 3 ? 50 : 100) })],
    ['a last page that links to one more', (page: number): Answer => ({ body: items((page - 1) * 100, page === 3 ? 50 : 100), headers: page === 3 ? link(4) : {} })],
  ])('%s is GITHUB_PAGINATION_TRUNCATED', async (_name, pages) => {
    await expect(listKnownTotal(listFrom(pages).list, 250)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED', route: 'GET /x' });
  });
});

describe('a list of unknown length', () => {
  test('follows full pages even without a next link, and stops at a short one', async () => {
    const { list, fetch } = listFrom((page) => ({ body: items((page - 1) * 100, page === 3 ? 7 : 100) }));
    expect(await listUntilShortPage(list)).toHaveLength(207);
    expect(fetch.calls).toHaveLength(3);
  });

  test('ending on a full page reads one empty page to be sure', async () => {
    const { list, fetch } = listFrom((page) => ({ body: page === 1 ? items(0, 100) : [] }));
    expect(await listUntilShortPage(list)).toHaveLength(100);
    expect(fetch.calls).toHaveLength(2);
  });

  test.each([
    ['a short page that links to a next one', (page: number): Answer => ({ body: items((page - 1) * 100, page === 1 ? 40 : 10), headers: page === 1 ? link(2, 2) : {} })],
    ['a list ending before the last page the first page named', (page: number): Answer => ({ body: items((page - 1) * 100, page === 2 ? 40 : 100), headers: page === 1 ? link(2, 3) : {} })],
    ['a page that repeats the one before', (page: number): Answer => ({ body: page <= 2 ? items(0, 100) : [] })],
  ])('%s is GITHUB_PAGINATION_TRUNCATED', async (_name, pages) => {
    await expect(listUntilShortPage(listFrom(pages).list)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED' });
  });
});
