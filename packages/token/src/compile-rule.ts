import { toPattern } from './claim-pattern.js';
import type { RuleDocument } from './section-document.js';
import { UNTRUSTED_EVENTS, listOf } from './section-document.js';
import { MATCH_FIELDS } from './types.js';
import type { ClaimCondition, ClaimPattern, MatchField, RuleOrigin, TokenRule } from './types.js';

/** Where a rule sits and what its layer adds; see `TokenRule`. */
export type RuleContext = {
  readonly origin: RuleOrigin;
  readonly protectedRefs: readonly ClaimPattern[];
} & ({ readonly layer: 'org' } | { readonly layer: 'repository'; readonly hostRepositoryId: string });

const exact = (text: string): ClaimPattern => ({ text, glob: false });

/** A schema-valid rule to its compiled form. No checks: `checkRule` does those. */
export function compileRule(rule: RuleDocument, context: RuleContext): TokenRule {
  return {
    name: rule.name,
    description: rule.description,
    layer: context.layer,
    hostRepositoryId: context.layer === 'repository' ? context.hostRepositoryId : undefined,
    origin: context.origin,
    conditions: MATCH_FIELDS.flatMap((field) => conditionFor(field, rule, context)),
    repositories: (rule.grant.repositories ?? ['self']).map(String),
    permissions: rule.grant.permissions,
    protectedRefs: context.protectedRefs,
  };
}

function conditionFor(field: MatchField, rule: RuleDocument, context: RuleContext): ClaimCondition[] {
  // A repository rule can only ever match its own repository, whatever it writes.
  if (field === 'repository_id' && context.layer === 'repository') {
    return [{ field, patterns: [exact(context.hostRepositoryId)], exclude: false, source: 'layer' }];
  }
  const written = rule.match[field];
  if (written !== undefined) return [{ field, patterns: listOf(written).map(toPattern), exclude: false, source: 'policy' }];
  if (field === 'event_name') return [{ field, patterns: UNTRUSTED_EVENTS.map(exact), exclude: true, source: 'default' }];
  if (field === 'runner_environment') return [{ field, patterns: [exact('github-hosted')], exclude: false, source: 'default' }];
  return [];
}
