import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_PULL_REQUEST } from './routes.js';
import { Shape } from './shape.js';
import type { MergedPullRequestInfo, RepoRef } from './types.js';

/** What a pull request says about its merge (spec: pulls/get): merged, the merge commit, the final head, the base branch. */
export async function readMergeOfPullRequest(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<MergedPullRequestInfo> {
  const operation = `merge of pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
  const pr = Shape.of((await callApi(client, GET_PULL_REQUEST, { ...repo, pull_number: pullNumber }, operation)).data, { route: GET_PULL_REQUEST, operation });
  return {
    number: pr.integer('number'),
    merged: pr.boolean('merged'),
    // GitHub fills merge_commit_sha with a test merge while the pull request is open: only a merged one's counts.
    mergeCommitSha: pr.optionalString('merge_commit_sha'),
    headSha: pr.object('head').string('sha'),
    baseRef: pr.object('base').string('ref'),
    mergedAt: pr.optionalString('merged_at'),
  };
}
