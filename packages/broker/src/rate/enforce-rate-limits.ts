import type { RateLimits } from '../config/types.js';
import { RateLimitedError } from '../errors.js';
import type { RateLimitStore, WindowCount } from '../ports.js';

/** The limits count calls per minute. */
export const RATE_WINDOW_MS = 60_000;

/** Whose call is counted: the verified issuer and `repository_id` (ids repeat across GHES and github.com). */
export interface RateSubject {
  readonly issuer: string;
  readonly repositoryId: string;
}

/**
 * Counts one verified call against its repository's limit, then (only when the repository
 * is within its own) against the global cap, so one repository's flood cannot use up the
 * others' share. Throws RateLimitedError over a limit; the store's errors pass through
 * (RATE_LIMIT_UNAVAILABLE), so a count that cannot be taken refuses the call.
 */
export async function enforceRateLimits(subject: RateSubject, limits: RateLimits, store: RateLimitStore): Promise<void> {
  const repository = await store.hit(`repository:${subject.issuer} ${subject.repositoryId}`, RATE_WINDOW_MS);
  if (isOver(repository, limits.perRepositoryPerMinute)) {
    throw new RateLimitedError('RATE_LIMITED_REPOSITORY', `repository ${subject.repositoryId} made ${repository.count} calls this minute; the limit is ${limits.perRepositoryPerMinute}`, retryAfter(repository));
  }
  if (limits.globalPerMinute === undefined) return;
  const global = await store.hit('global', RATE_WINDOW_MS);
  if (isOver(global, limits.globalPerMinute)) throw new RateLimitedError('RATE_LIMITED_GLOBAL', `all repositories made ${global.count} calls this minute; the global limit is ${limits.globalPerMinute}`, retryAfter(global));
}

function isOver(window: WindowCount, limit: number): boolean {
  // Defense in depth: a count that is not a positive integer is no proof of being within the limit.
  return !Number.isSafeInteger(window.count) || window.count < 1 || window.count > limit;
}

// Whole seconds, at least one: `Retry-After: 0` would invite an immediate retry.
function retryAfter(window: WindowCount): number {
  return Math.max(1, Math.ceil(window.resetInMs / 1000));
}
