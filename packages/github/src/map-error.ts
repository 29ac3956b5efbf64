import { RequestError } from '@octokit/request-error';
import { redactSecrets } from '@ringfence/core';
import { GitHubError } from './errors.js';
import type { GitHubErrorCode } from './errors.js';

/** Turns anything a call threw into a GitHubError that names the route and the operation. */
export function toGitHubError(error: unknown, route: string, operation: string): GitHubError {
  const where = `${operation} (${route})`;
  if (error instanceof GitHubError) {
    return new GitHubError(error.code, `${where}: ${error.message}`, { route, operation, ...(error.status !== undefined ? { status: error.status } : {}) }, { cause: error });
  }
  if (error instanceof RequestError) {
    if (error.cause instanceof GitHubError) return toGitHubError(error.cause, route, operation);
    const code = codeForStatus(error);
    const detail = redactSecrets(error.message).slice(0, 300);
    return new GitHubError(code, `${where}: expected a success answer, found HTTP ${error.status}: ${detail}`, { route, operation, status: error.status }, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new GitHubError('GITHUB_HTTP_ERROR', `${where}: expected an answer, found an error before one: ${redactSecrets(detail)}`, { route, operation }, { cause: error });
}

function codeForStatus(error: RequestError): GitHubErrorCode {
  const headers = error.response?.headers ?? {};
  switch (error.status) {
    case 401:
      return 'GITHUB_UNAUTHORIZED';
    case 404:
      return 'GITHUB_NOT_FOUND';
    case 429:
      return 'GITHUB_RATE_LIMITED';
    case 403:
      // GitHub answers both kinds of rate limit with 403; its headers or message tell them apart.
      return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/iu.test(error.message) ? 'GITHUB_RATE_LIMITED' : 'GITHUB_FORBIDDEN';
    default:
      return 'GITHUB_HTTP_ERROR';
  }
}
