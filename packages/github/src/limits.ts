import type { Octokit } from '@octokit/core';
import { RequestError } from '@octokit/request-error';
import { capFetch } from './capped-fetch.js';
import { GitHubError } from './errors.js';

/** The limits every single request is held to (each retry attempt on its own). */
export interface RequestLimits {
  /** No answer (headers and body) within this many milliseconds: GITHUB_TIMEOUT, retried. */
  readonly timeoutMs: number;
  /** A larger body: GITHUB_RESPONSE_TOO_LARGE, not retried. */
  readonly maxResponseBytes: number;
  /** A `page` parameter past this: GITHUB_PAGINATION_TRUNCATED before anything is sent. */
  readonly maxPages: number;
}

type RequestFn = (options: HookOptions) => Promise<HookResponse>;
interface HookOptions {
  method: string;
  url: string;
  page?: unknown;
  request?: { fetch?: typeof globalThis.fetch; signal?: AbortSignal; parseSuccessResponseBody?: boolean };
  [key: string]: unknown;
}
interface HookResponse {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * The `limits` plugin: a request hook that bounds time, size and pages per attempt, and
 * refuses a success answer that is not JSON (wrong content type, unparsable body), so no
 * call site ever sees a string where it expects an object.
 */
export function limitsPlugin(limits: RequestLimits) {
  return (octokit: Octokit): Record<string, never> => {
    octokit.hook.wrap('request', (request, options) => guarded(request as unknown as RequestFn, options as unknown as HookOptions, limits) as never);
    return {};
  };
}

const baseFetch = new WeakMap<object, typeof globalThis.fetch>();

async function guarded(request: RequestFn, options: HookOptions, limits: RequestLimits): Promise<HookResponse> {
  const what = `${options.method} ${options.url}`;
  if (typeof options.page === 'number' && options.page > limits.maxPages) {
    throw new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${what}: expected at most ${limits.maxPages} pages, asked for page ${options.page}`);
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  // before-after-hook binds one options object to every hook, so the limits go onto it in
  // place; the fetch it started with is kept aside so a retry does not wrap it twice.
  const base = baseFetch.get(options) ?? options.request?.fetch ?? globalThis.fetch;
  baseFetch.set(options, base);
  // Success bodies are parsed here, strictly: octokit's parser hands back a string when a
  // body is not JSON, and its big-integer handling costs more than the listing itself.
  options.request = { ...options.request, fetch: capFetch(base, limits.maxResponseBytes, () => what), signal, parseSuccessResponseBody: false };
  let response: HookResponse;
  try {
    response = await request(options);
  } catch (error) {
    throw translate(error, signal, options, limits);
  }
  // Defense in depth: capFetch reads the body under the same signal, so a late abort is still a timeout.
  if (signal.aborted) throw timeoutError(options, limits);
  return { ...response, data: await parseJson(response, what) };
}

// Keeps retryable faults as RequestErrors (so the retry plugin sees them) and lifts our own errors.
function translate(error: unknown, signal: AbortSignal, options: HookOptions, limits: RequestLimits): unknown {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof GitHubError) return cause;
  if (signal.aborted) return timeoutError(options, limits);
  return error;
}

// Status 504 makes the retry plugin treat the silence like a gateway timeout: retried, bounded.
function timeoutError(options: HookOptions, limits: RequestLimits): RequestError {
  const message = `${options.method} ${options.url}: expected an answer within ${limits.timeoutMs} ms, found none`;
  return new RequestError(message, 504, {
    request: options as never,
    cause: new GitHubError('GITHUB_TIMEOUT', message),
  });
}

async function parseJson(response: HookResponse, what: string): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const type = String(response.headers['content-type'] ?? '');
  if (!/^application\/json\b/iu.test(type)) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${what}: expected content-type application/json, found ${JSON.stringify(type)}`);
  }
  const text = response.data instanceof ReadableStream ? await new Response(response.data).text() : '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${what}: expected a JSON body, found ${text.length === 0 ? 'an empty body' : `${text.length} bytes that are not JSON`}`);
  }
  if (typeof data !== 'object' || data === null) throw new GitHubError('GITHUB_BAD_RESPONSE', `${what}: expected a JSON object or array, found ${data === null ? 'null' : typeof data}`);
  return data;
}
