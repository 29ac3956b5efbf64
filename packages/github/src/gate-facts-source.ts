import { readBranchTip } from './branches.js';
import { compareStatus } from './compare-status.js';
import type { GitHubClient } from './client.js';
import { listCheckRunsOfRef } from './check-runs-of-ref.js';
import { listPullRequestsOfCommit } from './merge-group.js';
import { readMergeOfPullRequest } from './merged-pull-request.js';
import { listRuleSuites } from './rule-suites.js';
import type { CheckRunInfo, MergedPullRequestInfo, RepoRef, RuleSuiteInfo } from './types.js';

/**
 * The facts the provenance gate reads, from GitHub: one object whose methods match the
 * gate's ports (`BranchComparer`, `PullRequestsOfCommit`, `CheckRunsOfCommit`,
 * `RuleSuitesOfRef`). Rule suites take their own client: they need `administration: write`,
 * which the job's GITHUB_TOKEN cannot have.
 */
export class GitHubGateFacts {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly rulesClient: GitHubClient = client,
  ) {}

  /**
   * Compares from the branch's tip commit, read from the branches API: compare takes a bare
   * name in `basehead`, and a tag of the same name as the branch could stand in for it.
   */
  async compareWithBranch(branch: string, commit: string): Promise<string> {
    const tip = await readBranchTip(this.client, this.repo, branch);
    return compareStatus(this.client, this.repo, tip, commit);
  }

  async listPullRequestsOfCommit(commit: string): Promise<MergedPullRequestInfo[]> {
    const numbers = await listPullRequestsOfCommit(this.client, this.repo, commit);
    return Promise.all(numbers.map((n) => readMergeOfPullRequest(this.client, this.repo, n)));
  }

  listCheckRuns(commit: string, name: string): Promise<CheckRunInfo[]> {
    return listCheckRunsOfRef(this.client, this.repo, commit, name);
  }

  listRuleSuites(ref: string): Promise<RuleSuiteInfo[]> {
    return listRuleSuites(this.rulesClient, this.repo, ref);
  }
}
