import { compilePolicy } from './compile-policy.js';
import { PolicyError } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { validateOrgPolicy } from './generated/validators.js';
import { readPolicyDocument } from './load-policy.js';
import type { CompiledPolicy, Permission } from './types.js';

/**
 * An org policy and a repository policy, applied together: a path must satisfy the first
 * matching ring of every layer, and a maintainer must be trusted by every layer. The org
 * layer comes first so that no repository ring can capture a path away from it.
 */
export interface LayeredPolicy {
  readonly layers: readonly PolicyLayer[];
}

export interface PolicyLayer {
  readonly name: 'org' | 'repository';
  readonly policy: CompiledPolicy;
}

const RANK: Record<Permission, number> = { write: 1, maintain: 2, admin: 3 };

/** Parses and compiles an org policy (its own schema: `schema/org-policy.schema.json`). */
export function loadOrgPolicy(input: Uint8Array | string, file: string): CompiledPolicy {
  return compilePolicy(readPolicyDocument(input, file, validateOrgPolicy), file);
}

/** A repository policy on its own, as one layer. */
export function singleLayer(policy: CompiledPolicy): LayeredPolicy {
  return { layers: [{ name: 'repository', policy }] };
}

/**
 * Combines the two layers; throws POLICY_LOOSENS_ORG naming the repository field that tries
 * to trust more than the org does. Ring requirements need no check: both layers apply.
 */
export function combinePolicies(org: CompiledPolicy, repository: CompiledPolicy): LayeredPolicy {
  const problems = findLoosening(org, repository);
  if (problems.length > 0) throw new PolicyError(problems as [PolicyProblem, ...PolicyProblem[]]);
  return { layers: [{ name: 'org', policy: org }, { name: 'repository', policy: repository }] };
}

function findLoosening(org: CompiledPolicy, repository: CompiledPolicy): PolicyProblem[] {
  const file = repository.file ?? '(default policy)';
  const problem = (pointer: string, message: string, expected: string): PolicyProblem => ({ code: 'POLICY_LOOSENS_ORG', file, line: 0, column: 0, pointer, message, expected });
  const problems: PolicyProblem[] = [];
  const orgPermission = org.trusted.permission;
  const repoPermission = repository.trusted.permission;
  if (orgPermission && repoPermission && RANK[repoPermission] < RANK[orgPermission]) {
    problems.push(problem('/trusted/permission', `trusted.permission ${repoPermission} is below the org's ${orgPermission}`, `${orgPermission} or higher`));
  }
  repository.trusted.bots.forEach((bot, index) => {
    const orgBot = org.trusted.bots.find((b) => b.login.toLowerCase() === bot.login.toLowerCase());
    if (!orgBot) problems.push(problem(`/trusted/bots/${index}`, `bot ${bot.login} is not trusted by the org policy`, `one of the org's bots: ${org.trusted.bots.map((b) => b.login).join(', ') || '(none)'}`));
    else if (orgBot.paths && !bot.paths) problems.push(problem(`/trusted/bots/${index}/paths`, `bot ${bot.login} is trusted for every path, the org only for some`, 'a `paths` list within the org\'s'));
  });
  return problems;
}
