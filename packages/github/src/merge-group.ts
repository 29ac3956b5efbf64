import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { COMPARE_COMMITS, LIST_COMMIT_PULLS } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

const PER_PAGE = 100;
/** Far above a merge group, far below what compare lists (it stops at 10,000). */
export const MAX_GROUP_COMMITS = 250;

/**
 * The commits from `base` (exclusive) to `head`: every page of compare's commit list, whose
 * sum must equal `total_commits` (a shorter list would hide a commit from the check).
 */
export async function listCommitsBetween(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<string[]> {
  const operation = `commits from ${base} to ${head} in ${repo.owner}/${repo.repo}`;
  const page = async (n: number) => Shape.of((await callApi(client, COMPARE_COMMITS, { ...repo, basehead: `${base}...${head}`, per_page: PER_PAGE, page: n }, operation)).data, { route: COMPARE_COMMITS, operation });
  const first = await page(1);
  const total = first.integer('total_commits');
  if (total > MAX_GROUP_COMMITS) throw new GitHubError('GITHUB_TOO_MANY_COMMITS', `${operation} (${COMPARE_COMMITS}): expected at most ${MAX_GROUP_COMMITS} commits, found ${total}`, { route: COMPARE_COMMITS, operation });
  const rest = await Promise.all(Array.from({ length: Math.ceil(total / PER_PAGE) - 1 }, (_, i) => page(i + 2)));
  const shas = [first, ...rest].flatMap((p) => p.array('commits').map((c) => c.string('sha')));
  if (shas.length !== total || new Set(shas).size !== total) {
    throw new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${COMPARE_COMMITS}): expected ${total} distinct commits, found ${shas.length} (${new Set(shas).size} distinct)`, { route: COMPARE_COMMITS, operation });
  }
  return shas;
}

/** The pull requests GitHub associates with a commit (for a merge queue commit: the one it merges). */
export async function listPullRequestsOfCommit(client: GitHubClient, repo: RepoRef, sha: string): Promise<number[]> {
  const operation = `pull requests of commit ${sha} in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, LIST_COMMIT_PULLS, { ...repo, commit_sha: sha, per_page: PER_PAGE }, operation);
  const items = Shape.of(response.data, { route: LIST_COMMIT_PULLS, operation }).items();
  if (items.length >= PER_PAGE) throw new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${LIST_COMMIT_PULLS}): expected fewer than ${PER_PAGE} pull requests, found a full page`, { route: LIST_COMMIT_PULLS, operation });
  return items.map((item) => item.integer('number'));
}
