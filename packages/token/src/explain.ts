import { escapeUntrusted } from '@ringfence/core';
import { evaluateToken } from './decide-token.js';
import { referenceTo } from './decision.js';
import type { Mismatch, Refusal, RuleReference, TokenDecision } from './decision.js';
import { matchRule } from './match-rule.js';
import type { PermissionSet } from './permissions.js';
import type { Claims, MatchField, TokenPolicy, TokenRequest } from './types.js';

/**
 * What each rule made of the request. `grants`: matched and grants it all; `refuses`:
 * matched but cannot grant it; `no-match`: a claim failed; `matches`: matched, but the
 * request was refused before any rule was asked.
 */
export type RuleStatus = 'grants' | 'refuses' | 'no-match' | 'matches';

/** One rule's part in an explanation: its conditions met and failed, and what it grants. */
export interface RuleExplanation {
  readonly rule: RuleReference;
  readonly status: RuleStatus;
  readonly matched: readonly MatchField[];
  readonly mismatches: readonly Mismatch[];
  readonly refusal: Refusal | undefined;
  readonly grant: { readonly repositories: readonly string[]; readonly permissions: PermissionSet };
}

/** A decision with the part every rule played in it (JSON-serialisable). */
export interface TokenExplanation {
  readonly decision: TokenDecision;
  readonly rules: readonly RuleExplanation[];
}

/**
 * Explains how `decideToken` answers a request, rule by rule: the engine of
 * `ringfence token explain`. Without `hostRepositoryId`, every repository is treated as
 * possibly hosting the policy, as the decision does.
 */
export function explainTokenRequest(policy: TokenPolicy, claims: Claims, request: TokenRequest, options: { hostRepositoryId?: string } = {}): TokenExplanation {
  const { decision, rules: evaluations } = evaluateToken(request, { claims, hostRepositoryId: options.hostRepositoryId }, policy);
  const rules = policy.rules.map((rule, index): RuleExplanation => {
    const evaluation = evaluations[index] ?? { ...matchRule(rule, claims), refusal: undefined };
    const status: RuleStatus = evaluation.mismatches.length > 0 ? 'no-match' : evaluations.length === 0 ? 'matches' : evaluation.refusal ? 'refuses' : 'grants';
    return { rule: referenceTo(rule), status, matched: evaluation.matched, mismatches: evaluation.mismatches, refusal: evaluation.refusal, grant: { repositories: rule.repositories, permissions: rule.permissions } };
  });
  return { decision, rules };
}

/** The explanation as text for a terminal; claim values are escaped, never printed raw. */
export function formatExplanation(explanation: TokenExplanation): string {
  const { decision } = explanation;
  const lines = decision.outcome === 'granted' ? [`granted by rule ${describeRule(decision.rule)}`, `  token: repositories ${decision.token.repositoryIds.join(', ')}; ${describePermissions(decision.token.permissions)}`] : [`refused: ${decision.refusal.code}: ${decision.refusal.message}`];
  lines.push(explanation.rules.length === 0 ? 'no token rules' : 'rules:');
  for (const rule of explanation.rules) {
    const counts = `${rule.matched.length} of ${rule.matched.length + rule.mismatches.length} conditions met`;
    lines.push(`  ${describeRule(rule.rule)}: ${rule.status} (${counts}); grants ${describePermissions(rule.grant.permissions)} on ${rule.grant.repositories.join(', ')}`);
    for (const m of rule.mismatches) lines.push(`    ${m.field}: expected ${m.expected}, found ${m.found === undefined ? 'no such claim' : `"${m.found}"`} (${m.reason})`);
    if (rule.refusal) lines.push(`    ${rule.refusal.code}: ${rule.refusal.message}`);
  }
  return lines.map(escapeUntrusted).join('\n') + '\n';
}

function describeRule(rule: RuleReference): string {
  return `${rule.name} (${rule.layer}, ${rule.origin})`;
}

function describePermissions(permissions: PermissionSet): string {
  return Object.entries(permissions).map(([name, level]) => `${name}: ${level}`).join(', ');
}
