import type { PermissionSet } from './permissions.js';

/** The claims a rule may match, in the order they are checked (binding ids first). */
export const MATCH_FIELDS = [
  'repository_owner_id',
  'repository_id',
  'actor_id',
  'repository_visibility',
  'event_name',
  'ref',
  'ref_type',
  'workflow_ref',
  'job_workflow_ref',
  'environment',
  'runner_environment',
] as const;

/** A claim a rule may match. */
export type MatchField = (typeof MATCH_FIELDS)[number];

/** Verified OIDC claims, or in App mode the runner's values, by claim name. */
export type Claims = Readonly<Record<string, string>>;

/** A value as written in a rule: compared exactly unless written as a glob. */
export interface ClaimPattern {
  readonly text: string;
  readonly glob: boolean;
}

/**
 * One claim a rule requires. `policy`: written in the rule; `default`: the runner default or
 * the untrusted-event exclusion a rule gets when it names no value; `layer`: a repository
 * rule's own repository id.
 */
export interface ClaimCondition {
  readonly field: MatchField;
  readonly patterns: readonly ClaimPattern[];
  /** True: the claim must be present and match none of the patterns. */
  readonly exclude: boolean;
  readonly source: 'policy' | 'default' | 'layer';
}

/** Where a rule was written, for explanations and audit events. */
export interface RuleOrigin {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** A compiled rule: the conditions the claims must meet and what it may grant. */
export interface TokenRule {
  readonly name: string;
  readonly description: string | undefined;
  /** `repository` rules come from a repository's own policy and are confined to it. */
  readonly layer: 'org' | 'repository';
  /** Repository rules: the id of the repository whose policy holds the rule. */
  readonly hostRepositoryId: string | undefined;
  readonly origin: RuleOrigin;
  readonly conditions: readonly ClaimCondition[];
  /** Repository ids, or `self` for the repository the job runs in. */
  readonly repositories: readonly string[];
  readonly permissions: PermissionSet;
  /** The refs this rule's write grants must be confined to (checked when it was loaded). */
  readonly protectedRefs: readonly ClaimPattern[];
}

/** A compiled token scope policy: what `decideToken` reads. */
export interface TokenPolicy {
  readonly file: string | undefined;
  readonly ceiling: PermissionSet;
  /** Refs a rule granting write must be confined to (exact or glob), defaults applied. */
  readonly protectedRefs: readonly ClaimPattern[];
  /** `policy`: written in the org policy; `default-branch`: derived from the default branch. */
  readonly protectedRefsSource: 'policy' | 'default-branch';
  readonly protectedRepositories: readonly string[];
  /** Org rules first, then the rules of one repository policy, each in written order. */
  readonly rules: readonly TokenRule[];
}

/**
 * What a job asks for. Repository names must be resolved to ids by the caller; absent
 * repositories mean the repository the job runs in. Typed loosely on purpose: the decision
 * checks names and levels against the catalogue itself.
 */
export interface TokenRequest {
  readonly repositories?: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** Facts the decision reads beside the request and the policy. */
export interface TokenFacts {
  readonly claims: Claims;
  /**
   * Id of the repository that hosts the org policy. Undefined: unknown, so every
   * repository is treated as possibly hosting it (fail closed).
   */
  readonly hostRepositoryId?: string | undefined;
}
