import { errorBody } from './bodies.js';
import type { FakeResponse } from './router.js';

/** Every way the fake can misbehave. */
export const FAULT_KINDS = [
  'server-error',
  'bad-gateway',
  'unavailable',
  'secondary-rate-limit',
  'too-many-requests',
  'rate-limit-reset-soon',
  'rate-limit-exhausted',
  'not-found',
  'unauthorized',
  'forbidden',
  'not-json',
  'wrong-content-type',
  'empty-body',
  'too-large',
  'hang',
  'truncated-page',
  'repeated-page',
  'missing-next-link',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A fault: which route (`'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'`), which of
 * its requests (the `nth` matching one, optionally only those for `page`), and how often
 * (`times`, default once; `Infinity` for a persistent fault).
 */
export interface Fault {
  readonly route: string;
  readonly kind: FaultKind;
  readonly nth?: number;
  readonly page?: number;
  readonly times?: number;
}

/** What goes on the wire: a status, headers and raw bytes, or nothing at all (hang). */
export type Outgoing = { readonly status: number; readonly headers: Record<string, string>; readonly body: string } | 'hang';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Outgoing => ({ status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) });

/** Encodes a handler's answer as GitHub would send it. */
export function encode(response: FakeResponse): Outgoing {
  if (response.status === 204) return { status: 204, headers: { ...response.headers }, body: '' };
  return json(response.status, response.body, { ...response.headers });
}

/** Replaces (or alters) an answer with the fault. Page faults get the page already altered. */
export function applyFault(kind: FaultKind, response: FakeResponse, nowSeconds: number): Outgoing {
  switch (kind) {
    case 'server-error':
      return json(500, errorBody('Server Error'));
    case 'bad-gateway':
      return { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' };
    case 'unavailable':
      return json(503, errorBody('Service Unavailable'));
    case 'secondary-rate-limit':
      return json(403, errorBody('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), { 'retry-after': '1' });
    case 'too-many-requests':
      return json(429, errorBody('Too many requests'), { 'retry-after': '1' });
    case 'rate-limit-reset-soon':
      return json(403, errorBody('API rate limit exceeded for installation.'), { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds) });
    case 'rate-limit-exhausted':
      return json(403, errorBody('API rate limit exceeded for installation.'), { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 3600) });
    case 'not-found':
      return json(404, errorBody('Not Found'));
    case 'unauthorized':
      return json(401, errorBody('Bad credentials'));
    case 'forbidden':
      return json(403, errorBody('Resource not accessible by integration'));
    case 'not-json':
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"sha": "abc", "tree": [' };
    case 'wrong-content-type':
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body>Unicorn!</body></html>' };
    case 'empty-body':
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '' };
    case 'too-large': {
      // Declared, as GitHub declares its lengths: refused from the headers, whatever the load.
      const body = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) }, body };
    }
    case 'hang':
      return 'hang';
    case 'truncated-page':
    case 'repeated-page':
    case 'missing-next-link':
      return encode(response);
  }
}

/** Cuts a page short or drops its Link header; `repeated-page` is done by the server. */
export function alterPage(kind: FaultKind, response: FakeResponse): FakeResponse {
  if (kind === 'truncated-page' && Array.isArray(response.body)) return { ...response, body: response.body.slice(0, Math.floor(response.body.length / 2)) };
  if (kind === 'missing-next-link') {
    return { ...response, headers: Object.fromEntries(Object.entries(response.headers ?? {}).filter(([name]) => name !== 'link')) };
  }
  return response;
}
