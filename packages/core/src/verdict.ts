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
