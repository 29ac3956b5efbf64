import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { COMPARE_COMMITS } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * Compare's `status` of `base...head` (spec: repos/compare-commits): `identical`, `behind`
 * (head is an ancestor of base), `ahead` or `diverged`. `per_page=1`: only the status is read.
 */
export async function compareStatus(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<string> {
  const operation = `comparison of ${base} with ${head} in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, COMPARE_COMMITS, { ...repo, basehead: `${base}...${head}`, per_page: 1 }, operation);
  return Shape.of(response.data, { route: COMPARE_COMMITS, operation }).string('status');
}
