import type { PullRequestFact } from './gate-facts.js';

/** The merged pull requests into `branch` that put `commit` there: as their merge commit, or as their head (rebase, fast-forward). */
export function mergedPullRequestsOf(pulls: readonly PullRequestFact[], commit: string, branch: string): PullRequestFact[] {
  const sha = commit.toLowerCase();
  return pulls.filter((p) => p.merged && p.baseRef === branch && (p.mergeCommitSha?.toLowerCase() === sha || p.headSha.toLowerCase() === sha));
}

/** Why none of the pull requests GitHub associates with the commit counts, one phrase each. */
export function describeUnmerged(pulls: readonly PullRequestFact[], commit: string, branch: string): string {
  if (pulls.length === 0) return 'GitHub associates no pull request with it';
  return pulls
    .map((p) => {
      if (!p.merged) return `#${p.number} is not merged`;
      if (p.baseRef !== branch) return `#${p.number} was merged into ${p.baseRef}, not ${branch}`;
      return `#${p.number} merged as ${p.mergeCommitSha ?? 'an unknown commit'} with head ${p.headSha}, neither is ${commit}`;
    })
    .join('; ');
}
