import type { PermissionSet } from './permissions.js';
import type { MatchField, TokenRule } from './types.js';

/** Every reason `decideToken` can refuse, as a typed code. */
export const TOKEN_REFUSAL_CODES = [
  /** The request is malformed: a repository that is not an id, too many repositories. */
  'TOKEN_REQUEST_INVALID',
  /** No permissions asked for: GitHub would grant all of the installation's. */
  'TOKEN_EMPTY_REQUEST',
  'TOKEN_UNKNOWN_PERMISSION',
  'TOKEN_UNKNOWN_LEVEL',
  /** Write to contents, workflows or administration of a policy-hosting or protected repository. */
  'TOKEN_PROTECTED_REPOSITORY',
  'TOKEN_NO_RULE_MATCHED',
  /** Defense in depth: a compiled rule breaks an invariant its loader enforces. */
  'TOKEN_RULE_INVALID',
  'TOKEN_REPOSITORY_NOT_GRANTED',
  'TOKEN_PERMISSION_NOT_GRANTED',
  'TOKEN_ABOVE_CEILING',
  /** An organization, enterprise or user permission through a repository's own rule. */
  'TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE',
] as const;

/** One of `TOKEN_REFUSAL_CODES`. */
export type TokenRefusalCode = (typeof TOKEN_REFUSAL_CODES)[number];

/**
 * Why a claim failed a condition. `UNTRUSTED_EVENT` and `RUNNER_NOT_ALLOWED` come from the
 * defaults a rule gets when it names no `event_name` or `runner_environment`;
 * `OTHER_REPOSITORY` from a repository rule's confinement to its own repository.
 */
export type MismatchReason = 'CLAIM_MISSING' | 'CLAIM_MISMATCH' | 'UNTRUSTED_EVENT' | 'RUNNER_NOT_ALLOWED' | 'OTHER_REPOSITORY';

/** A condition of a rule the claims did not meet: expected vs found. */
export interface Mismatch {
  readonly field: MatchField;
  readonly reason: MismatchReason;
  readonly expected: string;
  /** The claim's value; undefined when the claim is absent or empty. */
  readonly found: string | undefined;
}

/** A rule as named in a decision: name, layer and `file:line:column`. */
export interface RuleReference {
  readonly name: string;
  readonly layer: TokenRule['layer'];
  readonly origin: string;
}

/** The rule that came closest when none matched. */
export interface ClosestRule {
  readonly rule: RuleReference;
  readonly matched: number;
  readonly of: number;
  /** Every failed condition, in the order they are checked. */
  readonly mismatches: readonly Mismatch[];
}

/** Why a request is refused: a typed code, words, and whatever the code is about. */
export interface Refusal {
  readonly code: TokenRefusalCode;
  readonly message: string;
  /** The matching rule that could not grant the request. */
  readonly rule?: RuleReference;
  readonly permission?: { readonly name: string; readonly requested: string; readonly granted: string | undefined };
  readonly repository?: string;
  readonly closest?: ClosestRule;
}

/** Exactly what to mint: the request, never more (never the rule's whole grant). */
export interface MintedToken {
  readonly repositoryIds: readonly string[];
  readonly permissions: PermissionSet;
}

/** The outcome of `decideToken`: a value, never an exception, for every refusal. */
export type TokenDecision =
  | { readonly outcome: 'granted'; readonly rule: RuleReference; readonly token: MintedToken }
  | { readonly outcome: 'refused'; readonly refusal: Refusal };

/** The reference to a rule used in decisions and explanations. */
export function referenceTo(rule: TokenRule): RuleReference {
  const { file, line, column } = rule.origin;
  return { name: rule.name, layer: rule.layer, origin: `${file}:${line}:${column}` };
}
