import { expect, test } from '@jest/globals';
import { callApi } from '../src/call.js';
import { createGitHubClient } from '../src/client.js';
import { memoryFetch } from './memory-fetch.js';

const client = (fetch: typeof globalThis.fetch, retries = 3) => createGitHubClient({ token: 't', baseUrl: 'https://api.github.com', fetch, retries, retryDelayMs: 1 });

test('a 429 without rate-limit headers is retried like a 5xx, and a later success is returned', async () => {
  let n = 0;
  const fetch = memoryFetch(() => (++n < 3 ? { status: n === 1 ? 429 : 500, body: { message: 'later' } } : { body: { ok: n } }));
  await expect(callApi(client(fetch), 'GET /x', {}, 'x')).resolves.toMatchObject({ data: { ok: 3 } });
});

test('the backoff grows as n² units and stops after the retries', async () => {
  const fetch = memoryFetch(() => ({ status: 500, body: { message: 'down' } }));
  const started = Date.now();
  await expect(callApi(createGitHubClient({ token: 't', baseUrl: 'https://api.github.com', fetch, retries: 3, retryDelayMs: 10 }), 'GET /x', {}, 'x')).rejects.toMatchObject({ code: 'GITHUB_HTTP_ERROR' });
  expect(fetch.calls).toHaveLength(4);
  expect(Date.now() - started).toBeGreaterThanOrEqual((1 + 4 + 9) * 10 - 5);
});

test('an answer that is not JSON, or too large, is refused at once, not retried', async () => {
  const fetch = memoryFetch((url) => (url.pathname === '/cut' ? { raw: '[{' } : { raw: 'x'.repeat(2000) }));
  const small = createGitHubClient({ token: 't', baseUrl: 'https://api.github.com', fetch, retryDelayMs: 1, maxResponseBytes: 1000 });
  await expect(callApi(small, 'GET /cut', {}, 'cut')).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE' });
  await expect(callApi(small, 'GET /big', {}, 'big')).rejects.toMatchObject({ code: 'GITHUB_RESPONSE_TOO_LARGE' });
  expect(fetch.calls).toHaveLength(2);
});

test('no retries when asked for none', async () => {
  const fetch = memoryFetch(() => ({ status: 502, body: { message: 'bad gateway' } }));
  await expect(callApi(client(fetch, 0), 'GET /x', {}, 'x')).rejects.toMatchObject({ status: 502 });
  expect(fetch.calls).toHaveLength(1);
});
