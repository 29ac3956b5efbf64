/** Every reason the gate refuses, as a code tests and callers branch on. */
export type GateReasonCode =
  /** The triggering event builds unapproved source or is not one the gate can judge. */
  | 'GATE_EVENT_REFUSED'
  /** The configured guard App is GitHub Actions' own (15368), whose check runs any workflow can post. */
  | 'GATE_GUARD_APP_IS_GITHUB_ACTIONS'
  /** The commit is not reachable from the protected branch (compare says ahead or diverged). */
  | 'GATE_NOT_ON_PROTECTED_BRANCH'
  /** No merged pull request into the protected branch has this commit as its merge commit or head. */
  | 'GATE_NO_MERGED_PULL_REQUEST'
  /** More than one merged pull request claims the commit: which approval counts is unclear. */
  | 'GATE_PULL_REQUEST_AMBIGUOUS'
  /** No `ringfence/guard` check run at all on the pull request's final head. */
  | 'GATE_GUARD_CHECK_MISSING'
  /** `ringfence/guard` check runs exist on the head, but none from the pinned App. */
  | 'GATE_GUARD_CHECK_WRONG_APP'
  /** No check run of the pinned App on the head completed (with a readable time) at or before the merge: none gated it. */
  | 'GATE_GUARD_CHECK_AFTER_MERGE'
  /** The pinned App's latest verdict on the head before the merge is not "allowed". */
  | 'GATE_GUARD_NOT_ALLOWED'
  /** A run of the pinned App newer than that verdict is not a success (a stale "allowed"). */
  | 'GATE_GUARD_VERDICT_WITHDRAWN'
  /** The pinned App's check run carries no readable evidence, or evidence for another commit. */
  | 'GATE_GUARD_EVIDENCE_INVALID'
  /** The verdict counted was for another pull request, or for a pull request into another base, with the same head. */
  | 'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST'
  /** The merge bypassed the rulesets (a bypass actor, an admin merge). */
  | 'GATE_MERGE_BYPASSED'
  /** No ruleset evaluation of the merge was found, so a bypass cannot be ruled out. */
  | 'GATE_BYPASS_UNKNOWN'
  /** A fact could not be read (an API error, a timeout, a truncated list). */
  | 'GATE_FACT_UNAVAILABLE';

/** One reason, worded for the person reading the job log. */
export interface GateReason {
  readonly code: GateReasonCode;
  readonly message: string;
}
