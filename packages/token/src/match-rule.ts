import { matchesPattern } from './claim-pattern.js';
import type { Mismatch, MismatchReason } from './decision.js';
import type { ClaimCondition, Claims, MatchField, TokenRule } from './types.js';

/** Which of a rule's conditions the claims meet. The rule matches when `mismatches` is empty. */
export interface RuleMatch {
  readonly matched: readonly MatchField[];
  readonly mismatches: readonly Mismatch[];
}

/** Checks every condition of the rule (defaults included) against the claims. */
export function matchRule(rule: TokenRule, claims: Claims): RuleMatch {
  const matched: MatchField[] = [];
  const mismatches: Mismatch[] = [];
  for (const condition of rule.conditions) {
    const mismatch = checkCondition(condition, claims);
    if (mismatch) mismatches.push(mismatch);
    else matched.push(condition.field);
  }
  return { matched, mismatches };
}

/** A claim's value; absent, empty and non-string values (from untyped input) are missing. */
export function claimValue(claims: Claims, field: string): string | undefined {
  const value: unknown = Object.hasOwn(claims, field) ? claims[field] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function checkCondition(condition: ClaimCondition, claims: Claims): Mismatch | undefined {
  const found = claimValue(claims, condition.field);
  const expected = describeCondition(condition);
  if (found === undefined) return { field: condition.field, reason: 'CLAIM_MISSING', expected, found };
  const hit = condition.patterns.some((pattern) => matchesPattern(pattern, found));
  return hit === condition.exclude ? { field: condition.field, reason: reasonFor(condition), expected, found } : undefined;
}

function reasonFor(condition: ClaimCondition): MismatchReason {
  if (condition.source === 'layer') return 'OTHER_REPOSITORY';
  if (condition.source === 'policy') return 'CLAIM_MISMATCH';
  return condition.exclude ? 'UNTRUSTED_EVENT' : 'RUNNER_NOT_ALLOWED';
}

/** `refs/heads/main`, `one of push, workflow_dispatch`, or `none of pull_request, …`. */
export function describeCondition(condition: ClaimCondition): string {
  const texts = condition.patterns.map((p) => p.text);
  // Only the untrusted-event default excludes values.
  if (condition.exclude) return `none of ${texts.join(', ')} (name event_name to allow them)`;
  return texts.length === 1 ? texts[0]! : `one of ${texts.join(', ')}`;
}
