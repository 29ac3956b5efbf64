import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { COMPARE_COMMITS } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * The merge base of two commits, which the pull request files list is measured from.
 * `per_page=1` keeps the commit list of the answer short (files still come on page 1).
 */
export async function readMergeBase(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<string> {
  const operation = `merge base of ${base} and ${head} in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, COMPARE_COMMITS, { ...repo, basehead: `${base}...${head}`, per_page: 1 }, operation);
  return Shape.of(response.data, { route: COMPARE_COMMITS, operation }).object('merge_base_commit').string('sha');
}
