/**
 * What the gate decides from, gathered through the ports in `ports.ts`. Each fact is
 * either established or a problem saying why not; the decision refuses on any problem.
 */
export type Fact<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** Compare's `status` for `<protected branch>...<commit>`: `identical` or `behind` mean reachable. */
export type Reachability = 'identical' | 'behind' | 'ahead' | 'diverged';

/** A pull request GitHub associates with the commit (GET /repos/{o}/{r}/commits/{sha}/pulls, then the pull request). */
export interface PullRequestFact {
  readonly number: number;
  readonly merged: boolean;
  /** For a merged pull request: the merge (or squash, or last rebased) commit on the base branch. */
  readonly mergeCommitSha: string | undefined;
  /** The final head commit. */
  readonly headSha: string;
  /** The branch it was merged into. */
  readonly baseRef: string;
  /** When it was merged (ISO 8601, GitHub's clock). */
  readonly mergedAt: string | undefined;
}

/** A check run on a commit, by name (GET /repos/{o}/{r}/commits/{ref}/check-runs). */
export interface CheckRunFact {
  readonly id: number;
  readonly name: string;
  /** The App that created it; undefined when GitHub does not say. */
  readonly appId: number | undefined;
  readonly headSha: string;
  readonly status: string;
  readonly conclusion: string | undefined;
  /** When it completed (ISO 8601, GitHub's clock); a verdict after the merge did not gate it. */
  readonly completedAt: string | undefined;
  /** `output.text`, where the guard writes its evidence line. */
  readonly text: string | undefined;
}

/** A ruleset evaluation of a push (GET /repos/{o}/{r}/rulesets/rule-suites). */
export interface RuleSuiteFact {
  readonly id: number;
  readonly ref: string;
  readonly afterSha: string;
  /** `pass`, `fail` or `bypass` (active rules only). */
  readonly result: string;
  readonly actorName: string | undefined;
}

/** Everything gathered; `guardRuns` only once one merged pull request was found, `ruleSuites` only when checked. */
export interface GateFacts {
  readonly reachability: Fact<string>;
  readonly pullRequests: Fact<readonly PullRequestFact[]>;
  readonly guardRuns?: Fact<readonly CheckRunFact[]>;
  readonly ruleSuites?: Fact<readonly RuleSuiteFact[]>;
}
