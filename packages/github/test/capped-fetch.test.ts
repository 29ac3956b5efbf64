import { expect, test } from '@jest/globals';
import { capFetch } from '../src/capped-fetch.js';

const serve = (body: string, headers: Record<string, string> = {}) => (() => Promise.resolve(new Response(body, { headers }))) as typeof fetch;

test('passes a body within the cap through unchanged', async () => {
  const response = await capFetch(serve('{"a":1}'), 100, () => 'GET /x')('http://x');
  expect(await response.json()).toEqual({ a: 1 });
});

test('refuses a declared length over the cap before reading', async () => {
  await expect(capFetch(serve('{}', { 'content-length': '5000' }), 100, () => 'GET /x')('http://x')).rejects.toMatchObject({ code: 'GITHUB_RESPONSE_TOO_LARGE', message: 'GET /x: expected a response body of at most 100 bytes, found 5000 bytes declared' });
});

test('cuts off a streamed body at the cap rather than hand back part of it', async () => {
  await expect(capFetch(serve('x'.repeat(101)), 100, () => 'GET /x')('http://x')).rejects.toMatchObject({ code: 'GITHUB_RESPONSE_TOO_LARGE' });
});
