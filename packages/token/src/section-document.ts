import type { PermissionSet } from './permissions.js';
import type { MatchField } from './types.js';

/** A value of `match` as written: one value or a list, ids as numbers or strings. */
export type MatchValue = string | number | readonly (string | number)[];

/** A rule as written, after schema validation. */
export interface RuleDocument {
  readonly name: string;
  readonly description?: string;
  readonly match: Readonly<Partial<Record<MatchField, MatchValue>>>;
  readonly grant: {
    readonly repositories?: readonly (string | number)[];
    readonly permissions: PermissionSet;
  };
}

/** The `token:` section as written, after schema validation (defaults not applied). */
export interface TokenSectionDocument {
  readonly ceiling?: { readonly permissions?: PermissionSet };
  readonly protected_refs?: readonly string[];
  readonly protected_repositories?: readonly (string | number)[];
  readonly rules?: readonly RuleDocument[];
}

/** The events outsiders can trigger, or whose code or text outsiders choose. */
export const UNTRUSTED_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'workflow_run',
  'issues',
  'discussion',
  'discussion_comment',
] as const;

/** One value or a list, as strings (ids are written as numbers or strings alike). */
export function listOf(value: MatchValue): string[] {
  return (Array.isArray(value) ? value : [value]).map(String);
}
