import type { CheckedRequest } from './check-request.js';
import { referenceTo } from './decision.js';
import type { Refusal } from './decision.js';
import { claimValue } from './match-rule.js';
import { isOwnerLevel } from './permission-scope.js';
import { covers, isWriteLevel } from './permissions.js';
import type { PermissionLevel, PermissionName } from './permissions.js';
import type { Claims, TokenFacts, TokenPolicy, TokenRule } from './types.js';
import { HOST_PROTECTED_PERMISSIONS, findWriteConfinement, grantsWrite } from './write-confinement.js';

/**
 * Whether a matching rule can grant the whole request: requested ⊆ rule grant ⊆ ceiling,
 * repositories included. Undefined means granted; the token is then exactly the request.
 */
export function authorise(rule: TokenRule, request: CheckedRequest, claims: Claims, policy: TokenPolicy): Refusal | undefined {
  const ruleRef = referenceTo(rule);
  // Defense in depth: the loader refuses such a rule; a hand-built policy might not.
  if (grantsWrite(rule.permissions) && findWriteConfinement(rule.conditions, rule.protectedRefs) === undefined) {
    return { code: 'TOKEN_RULE_INVALID', rule: ruleRef, message: `rule ${rule.name} grants write without confining ref, workflow ref or environment` };
  }
  const granted = rule.repositories.map((id) => (id === 'self' ? claimValue(claims, 'repository_id') : id));
  const outside = request.repositories.find((id) => !granted.includes(id));
  if (outside !== undefined) return { code: 'TOKEN_REPOSITORY_NOT_GRANTED', rule: ruleRef, repository: outside, message: `rule ${rule.name} does not grant repository ${outside}` };
  for (const [name, level] of request.permissions) {
    const refusal = authorisePermission(rule, name, level, policy);
    if (refusal) return { ...refusal, rule: ruleRef };
  }
  return hostRefusal(rule, request);
}

function authorisePermission(rule: TokenRule, name: PermissionName, level: PermissionLevel, policy: TokenPolicy): Omit<Refusal, 'rule'> | undefined {
  if (rule.layer === 'repository' && isOwnerLevel(name)) {
    return { code: 'TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE', permission: { name, requested: level, granted: rule.permissions[name] }, message: `${name} reaches beyond one repository; a repository policy cannot grant it` };
  }
  const granted = rule.permissions[name];
  if (!covers(granted, level)) return { code: 'TOKEN_PERMISSION_NOT_GRANTED', permission: { name, requested: level, granted }, message: `rule ${rule.name} grants ${name}: ${granted ?? 'nothing'}, the request asks ${level}` };
  const ceiling = policy.ceiling[name];
  if (!covers(ceiling, level)) return { code: 'TOKEN_ABOVE_CEILING', permission: { name, requested: level, granted: ceiling }, message: `the org ceiling allows ${name}: ${ceiling ?? 'nothing'}, the request asks ${level}` };
  return undefined;
}

// A repository rule is hosted by its own repository: it can never write what steers it.
function hostRefusal(rule: TokenRule, request: CheckedRequest): Refusal | undefined {
  if (rule.layer !== 'repository') return undefined;
  return protectedWrite(request, (id) => id === rule.hostRepositoryId, `repository ${String(rule.hostRepositoryId)} holds rule ${rule.name}`);
}

/**
 * Write to contents, workflows or administration of the org policy's host or of a protected
 * repository, whatever the rule. An unknown host makes every repository a possible host.
 */
export function protectedRepositoryRefusal(request: CheckedRequest, facts: TokenFacts, policy: TokenPolicy): Refusal | undefined {
  const host = facts.hostRepositoryId;
  const isProtected = (id: string) => host === undefined || id === host || policy.protectedRepositories.includes(id);
  return protectedWrite(request, isProtected, host === undefined ? 'the repository hosting the policy is unknown, so any repository may be it' : 'it hosts the policy or is listed in token.protected_repositories');
}

function protectedWrite(request: CheckedRequest, isProtected: (id: string) => boolean, why: string): Refusal | undefined {
  const write = request.permissions.find(([name, level]) => isWriteLevel(level) && (HOST_PROTECTED_PERMISSIONS as readonly string[]).includes(name));
  const repository = request.repositories.find(isProtected);
  if (write === undefined || repository === undefined) return undefined;
  const [name, level] = write;
  return { code: 'TOKEN_PROTECTED_REPOSITORY', repository, permission: { name, requested: level, granted: undefined }, message: `no token may hold ${name}: ${level} on repository ${repository}: ${why}` };
}
