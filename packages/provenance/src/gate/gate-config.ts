/** How the approval gate is configured (action inputs `guard-app-id`, `protected-branch`, `bypass-check`). */
export interface GateConfig {
  /** The GitHub App whose `ringfence/guard` check runs are believed (ruleset `integration_id`). */
  readonly guardAppId: number;
  /** The branch approved source lives on, without `refs/heads/` (default: the repository's default branch). */
  readonly protectedBranch: string;
  /**
   * `rule-suites`: the merge must have a ruleset evaluation (rule suite) that is no bypass;
   * `off`: not checked (for repositories without rulesets; recorded in the evidence).
   */
  readonly bypassCheck: 'rule-suites' | 'off';
  /** The enforcing check's name; `ringfence/guard` unless the guard was renamed. */
  readonly guardCheckName: string;
}

/** The run asking for provenance, from the verified OIDC token where there is one. */
export interface GateRequest {
  readonly eventName: string;
  /** `refs/heads/main`, `refs/tags/v1.2.0` */
  readonly ref: string;
  /** The commit built. */
  readonly commit: string;
  /** The GitHub Environment the job runs in (the token's `environment` claim), if any. */
  readonly environment?: string | undefined;
}

export const GUARD_CHECK_NAME = 'ringfence/guard';

/**
 * Events whose runs build source that is not (yet) approved, or that someone other than a
 * maintainer can trigger with chosen inputs: refused before any API call.
 */
export const REFUSED_EVENTS: readonly string[] = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'workflow_run', 'issue_comment', 'merge_group'];

/** Events the gate can judge: a ref pushed, created or released, or a manual run on one. */
export const GATED_EVENTS: readonly string[] = ['push', 'create', 'release', 'workflow_dispatch'];
