/**
 * What the provenance gate records when the commit it builds came through an allowed guard
 * verdict, at `predicate.buildDefinition.internalParameters.ringfence.approval`. The gate
 * writes it and `verify --require-approval` reads it: one type for both. Only a builder
 * outside the source repository may be believed about it (a workflow of the source
 * repository can write any evidence it likes), which the verifier enforces.
 */
export interface ApprovalEvidence {
  /** The commit built: must equal the certificate's source repository digest (OID 1.3.6.1.4.1.57264.1.13). */
  readonly commit: string;
  /** The pull request that brought the commit in. */
  readonly pullRequest: number;
  /** The pull request's final head commit, the one the guard judged. */
  readonly headSha: string;
  /** Logins whose approvals of `headSha` counted (empty when no ring needed approval). */
  readonly approvers: readonly string[];
  /** The guard's outcome for `headSha`; anything else is no approval. */
  readonly guardVerdict: 'allowed';
  /**
   * Git blob SHA of the repository policy file the guard judged under (read from the base
   * commit); `null` when there was no file and the built-in default policy applied.
   */
  readonly policyBlobSha: string | null;
  /** Git blob SHA of the org policy, when one applied. */
  readonly orgPolicyBlobSha?: string;
  /** The protected branch the commit is reachable from and the pull request merged into. */
  readonly protectedBranch?: string;
  /** The id of the `ringfence/guard` check run the verdict was read from, and its App's id. */
  readonly guardCheckRunId?: number;
  readonly guardAppId?: number;
  /** `rule-suites`: the merge's ruleset evaluation was read and was no bypass; `off`: not checked. */
  readonly bypassCheck?: 'rule-suites' | 'off';
  /**
   * The GitHub Environment the signing job ran in (the token's `environment` claim, also in
   * the certificate as OID 1.3.6.1.4.1.57264.1.23), when it ran in one.
   */
  readonly environment?: string;
}

/** Where the evidence sits inside `buildDefinition.internalParameters`. */
export const APPROVAL_EVIDENCE_KEY = ['ringfence', 'approval'] as const;

/**
 * GitHub Actions' own App id on github.com (rulesets name it as `integration_id: 15368`). Any
 * workflow with `checks: write` posts check runs as this App, so a `ringfence/guard` check
 * from it proves nothing: neither the gate nor the verifier accepts it as the guard App.
 */
export const GITHUB_ACTIONS_APP_ID = 15368;
