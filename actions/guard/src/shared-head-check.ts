import { describeThrown, hasErrorCode } from '@ringfence/core';
import { errorVerdict, refuseSharedHead } from '@ringfence/guard';
import type { GuardVerdict, JudgedHead } from '@ringfence/guard';
import { listOpenPullRequestsAtHead } from '@ringfence/github';
import type { GitHubClient, RepoRef } from '@ringfence/github';

/**
 * An allowed verdict for one pull request stays allowed only while no other open pull request
 * has the same head commit: the `ringfence/guard` check belongs to the commit, so it would
 * also pass for them. A blocked or error verdict posts a failure anyway and is returned as it
 * is. The list failing, cut short or shifting gives an error verdict, never "allowed".
 */
export async function checkSharedHead(client: GitHubClient, repo: RepoRef, judged: JudgedHead, verdict: GuardVerdict): Promise<GuardVerdict> {
  if (verdict.outcome !== 'allowed') return verdict;
  try {
    return refuseSharedHead(verdict, judged, await listOpenPullRequestsAtHead(client, repo, judged.headSha));
  } catch (error) {
    const code = hasErrorCode(error, 'GITHUB_PAGINATION_TRUNCATED') ? 'CHANGESET_INCOMPLETE' : 'INPUT_ERROR';
    return errorVerdict(code, `could not tell which other pull requests have head ${judged.headSha}: ${describeThrown(error)}`, verdict.inputs);
  }
}
