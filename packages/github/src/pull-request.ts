import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_PULL_REQUEST } from './routes.js';
import { Shape } from './shape.js';
import type { PullRequest, RepoRef } from './types.js';

/** Reads a pull request's metadata; every field the controls use is shape-checked. */
export async function readPullRequest(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullRequest> {
  const operation = `pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
  const response = await callApi(client, GET_PULL_REQUEST, { ...repo, pull_number: pullNumber }, operation);
  const pr = Shape.of(response.data, { route: GET_PULL_REQUEST, operation });
  const user = pr.object('user');
  const head = pr.object('head');
  const base = pr.object('base');
  // head.repo is null when the fork was deleted; the sha is still judged.
  const headRepo = head.optionalObject('repo');
  return {
    number: pr.integer('number'),
    state: pr.string('state'),
    draft: pr.raw('draft') === true,
    author: { login: user.string('login'), isBot: user.string('type') === 'Bot' },
    head: { sha: head.string('sha'), ref: head.string('ref'), repoId: headRepo?.integer('id'), repoFullName: headRepo?.string('full_name') },
    base: { sha: base.string('sha'), ref: base.string('ref') },
    changedFiles: pr.integer('changed_files'),
    commitCount: pr.integer('commits'),
  };
}
