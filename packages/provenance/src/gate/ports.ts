import type { CheckRunFact, PullRequestFact, RuleSuiteFact } from './gate-facts.js';

/**
 * Compare's `status` of the branch's tip against the commit (`identical`, `behind`, `ahead`,
 * `diverged`). The branch is a branch: an adapter must not let a tag of the same name stand in.
 */
export interface BranchComparer {
  compareWithBranch(branch: string, commit: string): Promise<string>;
}

/** The pull requests GitHub associates with a commit, each read in full (merged, merge commit, head, base). */
export interface PullRequestsOfCommit {
  listPullRequestsOfCommit(commit: string): Promise<readonly PullRequestFact[]>;
}

/** Every check run of a name on a commit, from every App (the gate filters by App id itself). */
export interface CheckRunsOfCommit {
  listCheckRuns(commit: string, name: string): Promise<readonly CheckRunFact[]>;
}

/** The ruleset evaluations of pushes to a ref over the last month. */
export interface RuleSuitesOfRef {
  listRuleSuites(ref: string): Promise<readonly RuleSuiteFact[]>;
}

/** What the gate reads, as one named object; the GitHub adapter implements each. */
export interface GateDeps {
  readonly comparer: BranchComparer;
  readonly pullRequests: PullRequestsOfCommit;
  readonly checkRuns: CheckRunsOfCommit;
  readonly ruleSuites: RuleSuitesOfRef;
}
