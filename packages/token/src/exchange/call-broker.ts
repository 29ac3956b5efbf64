import { describeThrown } from '@ringfence/core';
import { TokenExchangeError } from './errors.js';

/** The most a broker answer may hold; a token answer is well under 1 KiB, an explanation a few. */
export const MAX_BROKER_ANSWER_BYTES = 64 * 1024;
/** Default wait for the broker, which itself waits up to 10 s for GitHub. */
export const BROKER_TIMEOUT_MS = 30_000;

/** A broker's answer: its status, its JSON body and the request id its audit log files it under. */
export interface BrokerAnswer {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly requestId: string | undefined;
}

/** One call: the route under the broker's base URL, the job's ID token, the request body. */
export interface BrokerCall {
  readonly base: URL;
  readonly route: 'v1/exchange' | 'v1/explain';
  readonly idToken: string;
  readonly body: unknown;
  readonly timeoutMs?: number;
  /** Transport for tests; default the global fetch. */
  readonly fetch?: typeof fetch;
}

/**
 * POSTs to the broker with the ID token as bearer: no redirects (the ID token must not be
 * carried anywhere else), a timeout, and a size cap on the answer, which must be a JSON
 * object. Throws TOKEN_BROKER_UNREACHABLE or TOKEN_BROKER_BAD_ANSWER; statuses are the
 * caller's to judge.
 */
export async function callBroker(call: BrokerCall): Promise<BrokerAnswer> {
  const url = new URL(call.route, call.base);
  const timeoutMs = call.timeoutMs ?? BROKER_TIMEOUT_MS;
  let response: Response;
  try {
    response = await (call.fetch ?? fetch)(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { authorization: `Bearer ${call.idToken}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(call.body),
    });
  } catch (error) {
    // A DOMException, not always an Error of this realm: its name says it timed out.
    const why = (error as { name?: unknown } | undefined)?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : describeCause(error);
    throw new TokenExchangeError('TOKEN_BROKER_UNREACHABLE', `the broker at ${url.origin} cannot be reached (${why}): no token was issued; check input broker-url and that the broker is up`, { cause: error });
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    throw badAnswer(url, `a redirect (${response.status}), which is never followed with the ID token`);
  }
  const text = await readCapped(response, url);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badAnswer(url, `HTTP ${response.status} with a body that is not JSON`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badAnswer(url, `HTTP ${response.status} with a body that is not a JSON object`);
  return { status: response.status, body: body as Record<string, unknown>, requestId };
}

async function readCapped(response: Response, url: URL): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > MAX_BROKER_ANSWER_BYTES) {
        await reader.cancel();
        throw badAnswer(url, `an answer larger than ${MAX_BROKER_ANSWER_BYTES} bytes`);
      }
      chunks.push(next.value);
    }
  } catch (error) {
    if (error instanceof TokenExchangeError) throw error;
    throw new TokenExchangeError('TOKEN_BROKER_UNREACHABLE', `the broker at ${url.origin} broke off its answer (${describeCause(error)})`, { cause: error });
  }
  return Buffer.concat(chunks).toString('utf8');
}

// fetch's own message is only "fetch failed"; the reason (ECONNREFUSED, a TLS error) is its cause.
function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return describeThrown(error);
}

function badAnswer(url: URL, what: string): TokenExchangeError {
  return new TokenExchangeError('TOKEN_BROKER_BAD_ANSWER', `the broker at ${url.origin} answered ${what}: no token was taken from it`);
}
