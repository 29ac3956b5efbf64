import type { GitHubClient } from './client.js';
import { listUntilShortPage } from './paginate.js';
import { LIST_PULL_REQUESTS } from './routes.js';
import type { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/** A pull request as the repository's list shows it (spec: pulls/list, `pull-request-simple`). */
export interface ListedPullRequest {
  readonly number: number;
  readonly state: string;
  readonly headSha: string;
  readonly baseRef: string;
}

/**
 * The open pull requests whose head is `headSha`, from the list of every open pull request,
 * read to its last page (a short or shifted page is GITHUB_PAGINATION_TRUNCATED, past the
 * client's page cap too).
 *
 * Not `GET …/commits/{sha}/pulls`: for a commit already on the default branch it lists only
 * the merged pull request that brought it there, never the open ones (a pull request from
 * `main` into `release` would see no other), and it lists a new pull request only once GitHub
 * has associated it. Oldest first, so a pull request opened while paging lands on the last page.
 */
export async function listOpenPullRequestsAtHead(client: GitHubClient, repo: RepoRef, headSha: string): Promise<ListedPullRequest[]> {
  const operation = `open pull requests of ${repo.owner}/${repo.repo}`;
  const open = await listUntilShortPage({ client, route: LIST_PULL_REQUESTS, params: { ...repo, state: 'open', sort: 'created', direction: 'asc' }, operation, parse: parsePullRequest, keyOf: (pr) => String(pr.number) });
  const head = headSha.toLowerCase();
  return open.filter((pr) => pr.headSha.toLowerCase() === head);
}

function parsePullRequest(item: Shape): ListedPullRequest {
  return { number: item.integer('number'), state: item.string('state'), headSha: item.object('head').string('sha'), baseRef: item.object('base').string('ref') };
}
