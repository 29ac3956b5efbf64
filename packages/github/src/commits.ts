import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { listKnownTotal } from './paginate.js';
import { LIST_PR_COMMITS } from './routes.js';
import type { Shape } from './shape.js';
import type { PullRequest, PullRequestCommit, RepoRef } from './types.js';

/** GitHub lists at most this many commits of a pull request (docs: pulls/list-commits). */
export const MAX_LISTED_COMMITS = 250;

/**
 * Lists every commit of a pull request, checked against its `commits` count. Past 250 the
 * API cannot list them all: GITHUB_TOO_MANY_COMMITS rather than judging a prefix.
 */
export async function listPullRequestCommits(client: GitHubClient, repo: RepoRef, pr: Pick<PullRequest, 'number' | 'commitCount'>): Promise<PullRequestCommit[]> {
  const operation = `commits of pull request ${repo.owner}/${repo.repo}#${pr.number}`;
  if (pr.commitCount > MAX_LISTED_COMMITS) {
    throw new GitHubError('GITHUB_TOO_MANY_COMMITS', `${operation} (${LIST_PR_COMMITS}): expected at most ${MAX_LISTED_COMMITS} commits (all the API lists), found ${pr.commitCount}`, { route: LIST_PR_COMMITS, operation });
  }
  return listKnownTotal({ client, route: LIST_PR_COMMITS, params: { ...repo, pull_number: pr.number }, operation, parse: parseCommit, keyOf: (c) => c.sha }, pr.commitCount);
}

function parseCommit(item: Shape): PullRequestCommit {
  const verification = item.object('commit').object('verification');
  return {
    sha: item.string('sha'),
    authorLogin: item.optionalObject('author')?.optionalString('login'),
    committerLogin: item.optionalObject('committer')?.optionalString('login'),
    verified: verification.boolean('verified'),
    verificationReason: verification.string('reason'),
  };
}
