/** The policy file as written, after schema validation (defaults not yet applied). */
export interface PolicyDocument {
  readonly version: 1;
  readonly extends?: 'default' | 'none';
  readonly trusted?: TrustedDocument;
  readonly rings?: readonly RingDocument[];
}

export type Permission = 'write' | 'maintain' | 'admin';

export interface TrustedDocument {
  readonly permission?: Permission;
  readonly users?: readonly string[];
  readonly teams?: readonly string[];
  readonly bots?: readonly (string | { readonly login: string; readonly paths?: readonly string[] })[];
}

export interface RingDocument {
  readonly name: string;
  readonly description?: string;
  readonly paths?: readonly string[];
  readonly presets?: readonly string[];
  readonly approvals?: number;
  readonly approvers?: { readonly users?: readonly string[]; readonly teams?: readonly string[]; readonly permission?: Permission };
}

/** Who counts: a maintainer (trusted set) or an approver of a ring. */
export interface PrincipalSet {
  /** Least repository role that qualifies; undefined means no role qualifies by itself. */
  readonly permission: Permission | undefined;
  readonly users: readonly string[];
  readonly teams: readonly string[];
  /** True when this set is the trusted set itself (a ring without named approvers). */
  readonly isTrustedSet: boolean;
}

export interface TrustedBot {
  readonly login: string;
  /** Undefined: trusted for any path. */
  readonly paths: readonly string[] | undefined;
}

export interface TrustedSet extends PrincipalSet {
  readonly bots: readonly TrustedBot[];
}

/** Where a ring rule came from, so `explain` can say why a path is protected. */
export type RuleOrigin =
  | { readonly kind: 'path'; readonly pointer: string }
  | { readonly kind: 'preset'; readonly preset: string; readonly why: string }
  | { readonly kind: 'policy-file' }
  | { readonly kind: 'discovered'; readonly from: string };

export interface RingRule {
  /** Lower-case picomatch glob (matching folds case). */
  readonly glob: string;
  readonly origin: RuleOrigin;
}

export interface Ring {
  readonly name: string;
  readonly description: string | undefined;
  readonly rules: readonly RingRule[];
  readonly approvals: number;
  readonly approvers: PrincipalSet;
  /** True for rings that come from the built-in default policy. */
  readonly builtin: boolean;
}

export interface CompiledPolicy {
  /** The file it was read from, or undefined for the built-in default. */
  readonly file: string | undefined;
  readonly extends: 'default' | 'none';
  readonly trusted: TrustedSet;
  /** Tightest first; the first ring always holds the policy file. */
  readonly rings: readonly Ring[];
  /** Index into `rings` of the ring that files discovered from workflows join. */
  readonly discoveredRing: number;
}

export interface RingMatch {
  readonly ring: Ring;
  readonly ringIndex: number;
  readonly rule: RingRule;
}
