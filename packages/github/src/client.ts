import { GitHub, defaults, getOctokitOptions } from '@actions/github/lib/utils';
import type { Octokit } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
import { LimiterGroup, RetryLimiter } from './limiter.js';
import { limitsPlugin } from './limits.js';
import { retryPlugin } from './retry.js';

/** The one octokit the adapter uses: `@actions/github`'s GitHub with limits, retry and throttling. */
export type GitHubClient = Pick<Octokit, 'request'>;

/** How to reach GitHub and how patient to be. Only `token` and `baseUrl` are required. */
export interface GitHubClientOptions {
  readonly token: string;
  /** The REST API root, e.g. `https://api.github.com` or `https://ghes.example/api/v3`. */
  readonly baseUrl: string;
  /**
   * A fetch to send through (tests: the loopback fake). Default: `@actions/github`'s
   * proxy-aware fetch, which honours `https_proxy`/`no_proxy` as decided for
   * `GITHUB_API_URL` when `@actions/github` was imported (the runner passes that same URL).
   */
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt, headers and body (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt, for 5xx, timeouts and rate limits (default 3). */
  readonly retries?: number;
  /** Milliseconds per unit of backoff: the n-th retry waits n² units, a rate limit `retry-after` units (default 1000). */
  readonly retryDelayMs?: number;
  /** The longest rate-limit wait, in seconds, that is waited out rather than failed (default 60). */
  readonly maxRateLimitWaitSeconds?: number;
  readonly maxResponseBytes?: number;
  readonly maxPages?: number;
  /**
   * Requests in flight at once (default 40: one wave lists a 3000-file pull request with its
   * trees; GitHub's secondary limits allow 100 concurrent requests).
   */
  readonly concurrency?: number;
  /** Milliseconds between two writes (default 1000, as GitHub asks). */
  readonly writeSpacingMs?: number;
}

const DEFAULTS = { timeoutMs: 30_000, retries: 3, retryDelayMs: 1000, maxRateLimitWaitSeconds: 60, maxResponseBytes: 16 * 1024 * 1024, maxPages: 100, concurrency: 40, writeSpacingMs: 1000 };

/**
 * Builds the client. The token goes into octokit's auth only; it is never part of an error
 * message (octokit redacts the authorization header of the requests it reports).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const o = { ...DEFAULTS, ...definedOnly(options) };
  const Client = GitHub.plugin(limitsPlugin({ timeoutMs: o.timeoutMs, maxResponseBytes: o.maxResponseBytes, maxPages: o.maxPages }), retryPlugin({ retries: o.retries, delayMs: o.retryDelayMs }), throttling);
  // Rate limits are waited out only while the wait is short and the retry budget lasts.
  const onLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => retryCount < o.retries && retryAfter <= o.maxRateLimitWaitSeconds;
  return new Client(
    getOctokitOptions(options.token, {
      baseUrl: options.baseUrl.replace(/\/+$/u, ''),
      request: { ...defaults.request, ...(options.fetch ? { fetch: options.fetch } : {}) },
      throttle: {
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
        retryAfterBaseValue: o.retryDelayMs,
        global: new LimiterGroup({ maxConcurrent: o.concurrency, minTime: 0 }),
        write: new LimiterGroup({ maxConcurrent: 1, minTime: o.writeSpacingMs }),
        notifications: new LimiterGroup({ maxConcurrent: 1, minTime: o.writeSpacingMs }),
        search: new LimiterGroup({ maxConcurrent: 1, minTime: 2000 }),
        auth: new LimiterGroup({ maxConcurrent: 1, minTime: 0 }),
        retryLimiter: new RetryLimiter(),
      } as never,
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    }),
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
