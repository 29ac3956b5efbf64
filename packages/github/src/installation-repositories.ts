import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { LIST_INSTALLATION_REPOSITORIES } from './routes.js';
import { Shape } from './shape.js';

const PER_PAGE = 100;

/** What an installation token reaches, as GitHub lists it to the token itself. */
export interface TokenRepositories {
  /** GitHub's `total_count`: every repository the token reaches. */
  readonly totalCount: number;
  /**
   * Their ids, every page read and counted against `total_count`; undefined when
   * `total_count` exceeded `atMost` (only the first page was read: the caller already knows
   * the token reaches more than it may).
   */
  readonly ids: readonly number[] | undefined;
}

/**
 * Lists the repositories the client's installation token reaches (spec:
 * apps/list-repos-accessible-to-installation), authenticated by that token, so the answer
 * is GitHub's and not whoever handed the token over. Pages are read until they add up to
 * `total_count`; a short page, a repeated id or a count that moves is
 * GITHUB_PAGINATION_TRUNCATED, never a shorter list.
 */
export async function listTokenRepositories(client: GitHubClient, atMost: number): Promise<TokenRepositories> {
  const operation = 'repositories the installation token reaches';
  const ids: number[] = [];
  let total: number | undefined;
  for (let page = 1; total === undefined || ids.length < total; page++) {
    const response = await callApi(client, LIST_INSTALLATION_REPOSITORIES, { per_page: PER_PAGE, page }, `${operation} (page ${page})`);
    const body = Shape.of(response.data, { route: LIST_INSTALLATION_REPOSITORIES, operation });
    const count = body.integer('total_count');
    if (total !== undefined && count !== total) throw truncated(operation, `total_count ${total} on every page, found ${count} on page ${page}`);
    total = count;
    if (total > atMost) return { totalCount: total, ids: undefined };
    const listed = body.array('repositories').map((repo) => repo.integer('id'));
    if (listed.length < Math.min(PER_PAGE, total - ids.length)) throw truncated(operation, `page ${page} to hold ${Math.min(PER_PAGE, total - ids.length)} repositories, found ${listed.length} (total ${total})`);
    ids.push(...listed);
  }
  if (ids.length !== total || new Set(ids).size !== ids.length) throw truncated(operation, `${total} distinct repositories, found ${ids.length} (${new Set(ids).size} distinct)`);
  return { totalCount: total, ids };
}

function truncated(operation: string, what: string): GitHubError {
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${LIST_INSTALLATION_REPOSITORIES}): expected ${what}`, { route: LIST_INSTALLATION_REPOSITORIES, operation });
}
