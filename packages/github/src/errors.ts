import { RingfenceError } from '@ringfence/core';

/** Why a GitHub read or write could not give a complete, exact answer. */
export type GitHubErrorCode =
  | 'GITHUB_HTTP_ERROR'
  | 'GITHUB_NOT_FOUND'
  | 'GITHUB_UNAUTHORIZED'
  | 'GITHUB_FORBIDDEN'
  | 'GITHUB_RATE_LIMITED'
  | 'GITHUB_TIMEOUT'
  | 'GITHUB_BAD_RESPONSE'
  | 'GITHUB_RESPONSE_TOO_LARGE'
  | 'GITHUB_PAGINATION_TRUNCATED'
  | 'GITHUB_CHANGESET_INCOMPLETE'
  | 'GITHUB_PR_MOVED'
  | 'GITHUB_TOO_MANY_COMMITS';

/** Where an error happened: the route constant and what was being read or written. */
export interface GitHubErrorContext {
  /** The route constant, e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`. */
  readonly route?: string | undefined;
  /** What the call was for, e.g. `files of pull request acme/app#7 (page 3)`. */
  readonly operation?: string | undefined;
  /** The HTTP status GitHub answered, when there was one. */
  readonly status?: number | undefined;
}

/**
 * Every failure of the GitHub adapter. The message names the route, the operation and what
 * was expected versus found; the token never appears in it.
 */
export class GitHubError extends RingfenceError<GitHubErrorCode> {
  readonly route: string | undefined;
  readonly operation: string | undefined;
  readonly status: number | undefined;

  constructor(code: GitHubErrorCode, message: string, context: GitHubErrorContext = {}, options?: { cause?: unknown }) {
    super(code, message, options);
    this.route = context.route;
    this.operation = context.operation;
    this.status = context.status;
  }
}
