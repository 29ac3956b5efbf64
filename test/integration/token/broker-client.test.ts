import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { MAX_BROKER_ANSWER_BYTES, TokenExchangeError, callBroker, exchangeIdToken, parseBrokerUrl, secretForms } from '@ringfence/token';

/** The job's side of the exchange against a loopback server that answers as told. */
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

interface Seen {
  method?: string;
  url?: string;
  authorization?: string;
  body?: string;
}

async function broker(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ base: URL; seen: Seen }> {
  const seen: Seen = {};
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      Object.assign(seen, { method: req.method, url: req.url, authorization: req.headers.authorization, body });
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { base: parseBrokerUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`), seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (_: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const thrownCode = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: unknown) => (error instanceof TokenExchangeError ? error.code : String(error)));

describe('exchangeIdToken', () => {
  it('posts the request under the base path with the ID token as bearer, and masks the token before returning', async () => {
    const { base, seen } = await broker(json(200, { token: 'ghs_exchanged', expires_at: 'x', permissions: {}, repositories: [] }, { 'x-request-id': 'r-1' }));
    const masked: string[] = [];
    const answer = await exchangeIdToken({ base, idToken: 'id.token.here', request: { permissions: { issues: 'write' } } }, (s) => masked.push(s));
    expect(seen).toEqual({ method: 'POST', url: '/prefix/v1/exchange', authorization: 'Bearer id.token.here', body: '{"permissions":{"issues":"write"}}' });
    expect(answer).toMatchObject({ outcome: 'answered', token: 'ghs_exchanged', requestId: 'r-1' });
    expect(masked).toEqual(secretForms('ghs_exchanged'));
  });

  it('masks a token even in an answer that is not a grant', async () => {
    const { base } = await broker(json(403, { error: 'access_denied', token: 'ghs_stray' }));
    const masked: string[] = [];
    const answer = await exchangeIdToken({ base, idToken: 'i', request: { permissions: { issues: 'write' } } }, (s) => masked.push(s));
    expect(answer).toEqual({ outcome: 'refused', status: 403, error: 'access_denied', requestId: undefined, strayTokens: ['ghs_stray'] });
    expect(masked).toContain('ghs_stray');
  });

  it('hands back, masked in every form, an installation token a refusal quotes anywhere, for the caller to revoke', async () => {
    const stray = `ghs_${'Q'.repeat(36)}`;
    const { base } = await broker(json(500, { error: 'internal', detail: { message: `minted ${stray} then failed to record it` } }));
    const masked: string[] = [];
    const answer = await exchangeIdToken({ base, idToken: 'i', request: { permissions: { issues: 'write' } } }, (s) => masked.push(s));
    expect(answer).toMatchObject({ outcome: 'refused', status: 500, error: 'internal', strayTokens: [stray] });
    expect(masked).toEqual(secretForms(stray));
  });

  it.each([
    ['a 200 without a token', json(200, { expires_at: 'x' }), { status: 502, error: 'no_token_in_answer' }],
    ['an error code that is not one', json(503, { error: 'Service <b>down</b>' }), { status: 503, error: 'http_503' }],
  ])('reads %s as a refusal', async (_, handler, expected) => {
    const { base } = await broker(handler);
    await expect(exchangeIdToken({ base, idToken: 'i', request: { permissions: { issues: 'write' } } }, () => undefined)).resolves.toMatchObject({ outcome: 'refused', ...expected });
  });
});

describe('callBroker fails closed', () => {
  it.each([
    ['a redirect, which would carry the ID token elsewhere', json(307, {}, { location: 'https://evil.example/v1/exchange' }), 'TOKEN_BROKER_BAD_ANSWER'],
    ['a body that is not JSON', json(200, '<html>proxy error</html>'), 'TOKEN_BROKER_BAD_ANSWER'],
    ['a JSON array', json(200, '[]'), 'TOKEN_BROKER_BAD_ANSWER'],
    ['an answer over the size cap', json(200, { token: 'ghs_x', pad: 'x'.repeat(MAX_BROKER_ANSWER_BYTES) }), 'TOKEN_BROKER_BAD_ANSWER'],
    ['a connection closed mid-answer', (_: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"token":');
      res.destroy();
    }, 'TOKEN_BROKER_UNREACHABLE'],
  ])('on %s', async (_, handler, expected) => {
    const { base } = await broker(handler);
    expect(await thrownCode(callBroker({ base, route: 'v1/exchange', idToken: 'i', body: {} }))).toBe(expected);
  });

  it('when the broker never answers, after the timeout', async () => {
    const { base } = await broker(() => undefined);
    const error = await callBroker({ base, route: 'v1/exchange', idToken: 'i', body: {}, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TOKEN_BROKER_UNREACHABLE', message: expect.stringContaining('no answer within 0.2 s') });
  });
});
