import { authorise, protectedRepositoryRefusal } from './authorise.js';
import { checkRequest } from './check-request.js';
import { referenceTo } from './decision.js';
import type { ClosestRule, Refusal, TokenDecision } from './decision.js';
import { matchRule } from './match-rule.js';
import type { RuleMatch } from './match-rule.js';
import type { TokenFacts, TokenPolicy, TokenRequest, TokenRule } from './types.js';

/** One rule's part in a decision, for explanations. */
export interface RuleEvaluation extends RuleMatch {
  readonly rule: TokenRule;
  /** Set when the rule matched but cannot grant the request. */
  readonly refusal: Refusal | undefined;
}

/**
 * Decides, deny by default, whether a job may have the token it asks for. Pure; every
 * refusal is a value with a typed code. Granted when some rule matches the claims and
 * grants the whole request within the ceiling; the token is then exactly the request.
 */
export function decideToken(request: TokenRequest, facts: TokenFacts, policy: TokenPolicy): TokenDecision {
  return evaluateToken(request, facts, policy).decision;
}

/** `decideToken` with the evaluation of every rule (none when the request itself is refused). */
export function evaluateToken(request: TokenRequest, facts: TokenFacts, policy: TokenPolicy): { decision: TokenDecision; rules: readonly RuleEvaluation[] } {
  const checked = checkRequest(request, facts.claims);
  if ('code' in checked) return { decision: refused(checked), rules: [] };
  const protectedRefusal = protectedRepositoryRefusal(checked, facts, policy);
  if (protectedRefusal) return { decision: refused(protectedRefusal), rules: [] };
  const rules = policy.rules.map((rule): RuleEvaluation => {
    const match = matchRule(rule, facts.claims);
    return { rule, ...match, refusal: match.mismatches.length === 0 ? authorise(rule, checked, facts.claims, policy) : undefined };
  });
  const matching = rules.filter((r) => r.mismatches.length === 0);
  const granting = matching.find((r) => r.refusal === undefined);
  if (granting) {
    const permissions = Object.fromEntries(checked.permissions);
    return { decision: { outcome: 'granted', rule: referenceTo(granting.rule), token: { repositoryIds: checked.repositories, permissions } }, rules };
  }
  const first = matching[0];
  return { decision: refused(first?.refusal ?? noRuleMatched(rules)), rules };
}

function refused(refusal: Refusal): TokenDecision {
  return { outcome: 'refused', refusal };
}

// Deny by default, naming the rule that came closest: most conditions met, then fewest
// failed, then the earliest.
function noRuleMatched(rules: readonly RuleEvaluation[]): Refusal {
  let best: RuleEvaluation | undefined;
  for (const evaluation of rules) if (!best || isCloser(evaluation, best)) best = evaluation;
  if (!best) return { code: 'TOKEN_NO_RULE_MATCHED', message: 'the policy has no token rules' };
  const closest: ClosestRule = { rule: referenceTo(best.rule), matched: best.matched.length, of: best.rule.conditions.length, mismatches: best.mismatches };
  // No rule matched, so the closest one failed at least one condition.
  const first = best.mismatches[0]!;
  const found = first.found === undefined ? 'no such claim' : JSON.stringify(first.found);
  return { code: 'TOKEN_NO_RULE_MATCHED', closest, message: `no rule matches; closest is ${best.rule.name} (${closest.matched} of ${closest.of} conditions), failing ${first.field}: expected ${first.expected}, found ${found}` };
}

function isCloser(a: RuleEvaluation, b: RuleEvaluation): boolean {
  if (a.matched.length !== b.matched.length) return a.matched.length > b.matched.length;
  return a.mismatches.length < b.mismatches.length;
}
