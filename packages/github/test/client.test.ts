import { expect, test } from '@jest/globals';
import { createGitHubClient } from '../src/client.js';
import { callApi } from '../src/call.js';
import { memoryFetch } from './memory-fetch.js';

const options = { token: 'ghs_unit', baseUrl: 'https://ghes.example/api/v3/', retryDelayMs: 1, timeoutMs: 50 };

test('sends to the base URL given (GHES path included) with the token as auth', async () => {
  let auth: string | undefined;
  const fetch = memoryFetch((_url, init) => {
    auth = new Headers(init?.headers).get('authorization') ?? undefined;
    return { body: { ok: true } };
  });
  await callApi(createGitHubClient({ ...options, fetch }), 'GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }, 'repo');
  expect(fetch.calls.map(String)).toEqual(['https://ghes.example/api/v3/repos/o/r']);
  expect(auth).toBe('token ghs_unit');
});

test('retries a 5xx a bounded number of times, then fails with the status', async () => {
  const fetch = memoryFetch(() => ({ status: 503, body: { message: 'busy' } }));
  await expect(callApi(createGitHubClient({ ...options, fetch, retries: 2 }), 'GET /x', {}, 'x')).rejects.toMatchObject({ code: 'GITHUB_HTTP_ERROR', status: 503 });
  expect(fetch.calls).toHaveLength(3);
});

test('a silent server is GITHUB_TIMEOUT after its retries, each attempt with its own deadline', async () => {
  const fetch = memoryFetch(() => 'hang');
  await expect(callApi(createGitHubClient({ ...options, fetch, retries: 1 }), 'GET /x', {}, 'x')).rejects.toMatchObject({ code: 'GITHUB_TIMEOUT', route: 'GET /x' });
  expect(fetch.calls).toHaveLength(2);
});

test('a 401 or 404 is not retried', async () => {
  const fetch = memoryFetch((url) => ({ status: url.pathname === '/api/v3/a' ? 401 : 404, body: { message: 'no' } }));
  const client = createGitHubClient({ ...options, fetch });
  await expect(callApi(client, 'GET /a', {}, 'a')).rejects.toMatchObject({ code: 'GITHUB_UNAUTHORIZED' });
  await expect(callApi(client, 'GET /b', {}, 'b')).rejects.toMatchObject({ code: 'GITHUB_NOT_FOUND' });
  expect(fetch.calls).toHaveLength(2);
});

test('a success that is not JSON is GITHUB_BAD_RESPONSE, whatever octokit would have made of it', async () => {
  const fetch = memoryFetch((url) => (url.pathname.endsWith('/html') ? { raw: '<html>', headers: { 'content-type': 'text/html' } } : { raw: '{"truncated": ' }));
  const client = createGitHubClient({ ...options, fetch });
  await expect(callApi(client, 'GET /html', {}, 'html')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', message: expect.stringContaining('content-type application/json') as unknown });
  await expect(callApi(client, 'GET /cut', {}, 'cut')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', message: expect.stringContaining('not JSON') as unknown });
});

test('a page past the cap is refused before it is asked for', async () => {
  const fetch = memoryFetch(() => ({ body: [] }));
  await expect(callApi(createGitHubClient({ ...options, fetch, maxPages: 5 }), 'GET /x', { page: 6 }, 'x')).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED' });
  expect(fetch.calls).toEqual([]);
});

test('a secondary rate limit is waited out (retry-after, scaled) and then succeeds', async () => {
  let first = true;
  const fetch = memoryFetch(() => {
    if (!first) return { body: { ok: true } };
    first = false;
    return { status: 403, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '2' } };
  });
  await expect(callApi(createGitHubClient({ ...options, fetch }), 'GET /x', {}, 'x')).resolves.toMatchObject({ data: { ok: true } });
  expect(fetch.calls).toHaveLength(2);
});
