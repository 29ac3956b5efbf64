import { checkRule } from './check-rule.js';
import type { CheckContext, Locate } from './check-rule.js';
import { findDuplicateRules, findOrgOnlyKeys } from './check-section.js';
import { compileRule } from './compile-rule.js';
import { TokenError, throwIfAny } from './errors.js';
import type { TokenProblem } from './errors.js';
import { validateTokenPolicy } from './generated/validators.js';
import { checkDefaultBranch } from './load-token-policy.js';
import { readDocument } from './read-document.js';
import { ID_PATTERN } from './schema/token-policy-schema.js';
import type { TokenSectionDocument } from './section-document.js';
import type { ClaimPattern, TokenPolicy, TokenRule } from './types.js';
import { defaultProtectedRefs } from './write-confinement.js';

/** Facts about the repository whose policy is read, known from where it was read. */
export interface RepositoryFacts {
  /** The repository's id (digits): its rules can match and grant only this repository. */
  readonly repositoryId: string;
  /** Its default branch: the protected ref when the org policy names none. Default `main`. */
  readonly defaultBranch?: string;
}

/** The `token:` rules of one repository policy, checked on their own; see `combineTokenPolicies`. */
export interface RepositoryTokenPolicy {
  readonly file: string;
  readonly repositoryId: string;
  readonly defaultBranch: string;
  readonly section: TokenSectionDocument;
  readonly base: string;
  readonly at: Locate;
}

/**
 * Reads the `token:` section of a repository policy (`.github/ringfence.yml`): rules only,
 * confined to that repository, repository permissions only, never write to its contents,
 * workflows or administration. Throws a TokenError naming every field that tries more.
 */
export function loadRepositoryTokenPolicy(input: Uint8Array | string, file: string, facts: RepositoryFacts): RepositoryTokenPolicy {
  if (!new RegExp(ID_PATTERN, 'u').test(facts.repositoryId)) {
    throw new TokenError([{ code: 'TOKEN_POLICY_INVALID_FACT', file, line: 0, column: 0, pointer: '', message: `repository id ${JSON.stringify(facts.repositoryId)} is not an id`, expected: 'digits only' }]);
  }
  const defaultBranch = checkDefaultBranch(facts.defaultBranch ?? 'main', file);
  const { value, document, base } = readDocument(input, file, 'POLICY', validateTokenPolicy, 'token');
  const at: Locate = (pointer, key = false) => ({ file, pointer, ...document.locate(pointer, key) });
  const policy = { file, repositoryId: facts.repositoryId, defaultBranch, section: (value ?? {}) as TokenSectionDocument, base, at };
  const { problems } = compileRepositoryRules(policy, defaultProtectedRefs(defaultBranch), undefined);
  throwIfAny([...findOrgOnlyKeys(policy.section, base, at), ...findDuplicateRules(policy.section, base, at), ...problems]);
  return policy;
}

/**
 * The org policy with one repository's rules after its own. Repository rules can only
 * narrow: each must fit the org's ceiling and protected refs (when the org names them).
 * Throws a TokenError naming the repository field that tries to loosen the org policy.
 */
export function combineTokenPolicies(org: TokenPolicy, repository: RepositoryTokenPolicy): TokenPolicy {
  const protectedRefs = org.protectedRefsSource === 'policy' ? org.protectedRefs : defaultProtectedRefs(repository.defaultBranch);
  const { rules, problems } = compileRepositoryRules(repository, protectedRefs, org.ceiling);
  throwIfAny(problems);
  return { ...org, rules: [...org.rules, ...rules] };
}

function compileRepositoryRules(policy: RepositoryTokenPolicy, protectedRefs: readonly ClaimPattern[], ceiling: CheckContext['ceiling']): { rules: TokenRule[]; problems: TokenProblem[] } {
  const written = policy.section.rules ?? [];
  const context: CheckContext = { at: policy.at, ceiling, protectedRepositories: [] };
  const rules = written.map((rule, index) => compileRule(rule, { layer: 'repository', hostRepositoryId: policy.repositoryId, origin: policy.at(`${policy.base}/rules/${index}`), protectedRefs }));
  const problems = rules.flatMap((rule, index) => checkRule(rule, written[index]!, `${policy.base}/rules/${index}`, context));
  return { rules, problems };
}
