/**
 * The one shape of every decision ringfence makes (guard, token, provenance gate, verify).
 * The CLI's `--json`, an action's `report` output and audit events are this document.
 * Its JSON Schema is generated into `schema/verdict.schema.json`.
 */
export const VERDICT_VERSION = 1;

export type Outcome = 'allowed' | 'blocked' | 'error';

/** Every reason a decision can give, as a typed code. */
export const REASON_CODES = [
  'RING_APPROVAL_REQUIRED',
  'POLICY_FILE_CHANGED',
  'POLICY_INVALID',
  'CHANGE_KIND_UNKNOWN',
  'CHANGESET_INCOMPLETE',
  'DISCOVERY_UNRESOLVED',
  'TRUST_UNKNOWN',
  'INPUT_ERROR',
  'PROVENANCE_UNVERIFIED',
  'HEAD_SHARED',
  // The provenance approval gate's refusals (@ringfence/provenance GateReasonCode says when each applies).
  'GATE_EVENT_REFUSED',
  'GATE_GUARD_APP_IS_GITHUB_ACTIONS',
  'GATE_NOT_ON_PROTECTED_BRANCH',
  'GATE_NO_MERGED_PULL_REQUEST',
  'GATE_PULL_REQUEST_AMBIGUOUS',
  'GATE_GUARD_CHECK_MISSING',
  'GATE_GUARD_CHECK_WRONG_APP',
  'GATE_GUARD_CHECK_AFTER_MERGE',
  'GATE_GUARD_NOT_ALLOWED',
  'GATE_GUARD_VERDICT_WITHDRAWN',
  'GATE_GUARD_EVIDENCE_INVALID',
  'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST',
  'GATE_MERGE_BYPASSED',
  'GATE_BYPASS_UNKNOWN',
  'GATE_FACT_UNAVAILABLE',
  // Token refusals (@ringfence/token TOKEN_REFUSAL_CODES says when each applies).
  'TOKEN_REQUEST_INVALID',
  'TOKEN_EMPTY_REQUEST',
  'TOKEN_UNKNOWN_PERMISSION',
  'TOKEN_UNKNOWN_LEVEL',
  'TOKEN_PROTECTED_REPOSITORY',
  'TOKEN_NO_RULE_MATCHED',
  'TOKEN_RULE_INVALID',
  'TOKEN_REPOSITORY_NOT_GRANTED',
  'TOKEN_PERMISSION_NOT_GRANTED',
  'TOKEN_ABOVE_CEILING',
  'TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  /** The ring the reason is about, when it is about one. */
  readonly ring?: string;
  readonly paths?: readonly string[];
}

export interface Verdict<Detail = unknown> {
  readonly version: typeof VERDICT_VERSION;
  /** `policy` has no verdict yet: schema/verdict.schema.json refuses a control without a detail schema. */
  readonly control: 'guard' | 'token' | 'provenance' | 'verify' | 'policy';
  readonly outcome: Outcome;
  readonly reasons: readonly Reason[];
  /** The facts the decision was made from (commits, policy blob SHAs, approvers). */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly detail: Detail;
}

/** Warnings never change an outcome; they say what a decision could not see. */
export interface Warning {
  readonly code: string;
  readonly message: string;
}
