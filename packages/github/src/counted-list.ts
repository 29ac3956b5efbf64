import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { Shape } from './shape.js';

/** A list GitHub answers as `{ total_count, <key>: [...] }`, one page at a time. */
export interface CountedList<T> {
  readonly client: GitHubClient;
  readonly route: string;
  readonly params: Record<string, unknown>;
  /** The field holding the page's items, e.g. `secrets`. */
  readonly key: string;
  readonly operation: string;
  readonly parse: (item: Shape) => T;
}

const PER_PAGE = 100;

/**
 * Reads pages until they add up to `total_count`. A page shorter than it should be, a
 * count that moves between pages or more items than counted is GITHUB_PAGINATION_TRUNCATED,
 * never a shorter list (a secret missed on page 2 would pass for absent).
 */
export async function listCounted<T>(list: CountedList<T>): Promise<T[]> {
  const items: T[] = [];
  let total: number | undefined;
  for (let page = 1; total === undefined || items.length < total; page++) {
    const operation = `${list.operation} (page ${page})`;
    const response = await callApi(list.client, list.route, { ...list.params, per_page: PER_PAGE, page }, operation);
    const body = Shape.of(response.data, { route: list.route, operation });
    const count = body.integer('total_count');
    if (total !== undefined && count !== total) throw truncated(list, `total_count ${total} on every page, found ${count} on page ${page}`);
    total = count;
    const listed = body.array(list.key).map(list.parse);
    const expected = Math.min(PER_PAGE, total - items.length);
    if (listed.length !== expected) throw truncated(list, `page ${page} to hold ${expected} items, found ${listed.length} (total ${total})`);
    items.push(...listed);
  }
  return items;
}

function truncated(list: CountedList<unknown>, what: string): GitHubError {
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${list.operation} (${list.route}): expected ${what}`, { route: list.route, operation: list.operation });
}
