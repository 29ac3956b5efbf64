import type { ChangeRange, ChangeSet, ChangeSource } from '@ringfence/guard';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readPullRequest } from './pull-request.js';
import { readSnapshot } from './read-snapshot.js';
import { GET_PULL_REQUEST } from './routes.js';
import type { PullRequest, RepoRef } from './types.js';

/** Which pull request to list, and how often to re-read when it moves under us. */
export interface PullRequestChangeSourceOptions {
  readonly client: GitHubClient;
  readonly repo: RepoRef;
  readonly pullNumber: number;
  /** Whole reads before giving up with GITHUB_PR_MOVED (default 3). */
  readonly maxAttempts?: number;
}

const FULL_SHA = /^[0-9a-f]{40}$/u;

/**
 * API mode's ChangeSource: the changes of one pull request, complete or a GitHubError.
 * The pull request is read, then its changes, then read again; if its head, base or file
 * count moved (a force-push meanwhile), the whole read is repeated, and after
 * `maxAttempts` it fails closed. `range.head`, when a full SHA, must be the head judged;
 * `range.base`, when a full SHA (the base branch's current tip), is what changes are
 * measured from; otherwise the pull request's own `base.sha`.
 */
export class PullRequestChangeSource implements ChangeSource {
  constructor(private readonly options: PullRequestChangeSourceOptions) {}

  async listChanges(range: ChangeRange): Promise<ChangeSet> {
    const { client, repo, pullNumber } = this.options;
    const attempts = this.options.maxAttempts ?? 3;
    let moved = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const before = await readPullRequest(client, repo, pullNumber);
      this.checkExpectedHead(range, before);
      const snapshot = await readSnapshot(client, repo, before, FULL_SHA.test(range.base) ? range.base : undefined);
      moved = describeMove(before, snapshot.after);
      if (moved === '') return snapshot.changeSet;
    }
    const operation = `changes of pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
    throw new GitHubError('GITHUB_PR_MOVED', `${operation} (${GET_PULL_REQUEST}): expected the pull request to hold still while its changes were read, found it moved ${attempts} times (last: ${moved})`, { route: GET_PULL_REQUEST, operation });
  }

  private checkExpectedHead(range: ChangeRange, pr: PullRequest): void {
    if (!FULL_SHA.test(range.head) || range.head === pr.head.sha) return;
    const { repo, pullNumber } = this.options;
    const operation = `changes of pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
    throw new GitHubError('GITHUB_PR_MOVED', `${operation} (${GET_PULL_REQUEST}): expected head ${range.head} (the commit this run is for), found ${pr.head.sha}; a run for the new head judges it`, { route: GET_PULL_REQUEST, operation });
  }
}

function describeMove(before: PullRequest, after: PullRequest): string {
  const moves: string[] = [];
  if (before.head.sha !== after.head.sha) moves.push(`head ${before.head.sha} -> ${after.head.sha}`);
  if (before.base.sha !== after.base.sha) moves.push(`base ${before.base.sha} -> ${after.base.sha}`);
  if (before.changedFiles !== after.changedFiles) moves.push(`changed_files ${before.changedFiles} -> ${after.changedFiles}`);
  return moves.join(', ');
}
