/** Plain values the adapter reads from GitHub; no octokit type leaves the package. */

/** A repository, by owner and name. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** A pull request as the controls need it (GET /repos/{owner}/{repo}/pulls/{pull_number}). */
export interface PullRequest {
  readonly number: number;
  readonly state: string;
  readonly draft: boolean;
  readonly author: { readonly login: string; readonly isBot: boolean };
  readonly head: { readonly sha: string; readonly ref: string; readonly repoId: number | undefined; readonly repoFullName: string | undefined };
  readonly base: { readonly sha: string; readonly ref: string };
  readonly changedFiles: number;
  readonly commitCount: number;
}

/** One commit of a pull request, with who made it and whether GitHub verified its signature. */
export interface PullRequestCommit {
  readonly sha: string;
  /** The GitHub account linked to the git author, when GitHub could link one. */
  readonly authorLogin: string | undefined;
  readonly committerLogin: string | undefined;
  readonly verified: boolean;
  /** GitHub's reason, e.g. `valid`, `unsigned`, `unknown_key`. */
  readonly verificationReason: string;
}

/** One submitted review. `commitId` is undefined when GitHub lost the commit (force-push + gc). */
export interface Review {
  readonly id: number;
  readonly login: string | undefined;
  readonly state: string;
  readonly commitId: string | undefined;
  readonly submittedAt: string | undefined;
}

/** Repository roles from weakest to strongest. */
export type RepoPermission = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface CollaboratorPermission {
  readonly permission: RepoPermission;
  /** GitHub's `role_name`, also for custom roles. */
  readonly roleName: string;
}

/** A team membership; only `state: active` makes a member. */
export interface TeamMembership {
  readonly member: boolean;
  readonly state: 'active' | 'pending' | 'absent';
  readonly role: string | undefined;
}

/** One entry of a git tree. */
export interface TreeEntry {
  readonly path: string;
  readonly mode: string;
  readonly type: string;
  readonly sha: string;
}

export interface GitTree {
  readonly sha: string;
  readonly entries: readonly TreeEntry[];
  /** True when GitHub cut the recursive listing: the tree is not complete. */
  readonly truncated: boolean;
}

/** A rule in force on a branch (rulesets, including the organisation's). */
export interface BranchRule {
  readonly type: string;
  readonly rulesetId: number | undefined;
  readonly rulesetSource: string | undefined;
  readonly rulesetSourceType: string | undefined;
  readonly parameters: unknown;
}

/** One check-run annotation (GitHub accepts 50 per request; the adapter batches). */
export interface CheckAnnotation {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunInput {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations?: readonly CheckAnnotation[];
  readonly detailsUrl?: string;
}

export interface CommitStatusInput {
  readonly sha: string;
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly context: string;
  readonly description: string;
  readonly targetUrl?: string;
}

/** A pull request's merge, as the provenance gate reads it. */
export interface MergedPullRequestInfo {
  readonly number: number;
  readonly merged: boolean;
  readonly mergeCommitSha: string | undefined;
  readonly headSha: string;
  readonly baseRef: string;
  readonly mergedAt: string | undefined;
}

/** A check run on a commit, with the App that made it and its text. */
export interface CheckRunInfo {
  readonly id: number;
  readonly name: string;
  readonly appId: number | undefined;
  readonly headSha: string;
  readonly status: string;
  readonly conclusion: string | undefined;
  readonly completedAt: string | undefined;
  readonly text: string | undefined;
}

/** A ruleset evaluation of one push. */
export interface RuleSuiteInfo {
  readonly id: number;
  readonly ref: string;
  readonly afterSha: string;
  readonly result: string;
  readonly actorName: string | undefined;
}
