import type { Locate } from './check-rule.js';
import { checkRule } from './check-rule.js';
import { findDuplicateRules } from './check-section.js';
import { toPattern } from './claim-pattern.js';
import { compileRule } from './compile-rule.js';
import { TokenError, throwIfAny } from './errors.js';
import { validateTokenPolicy } from './generated/validators.js';
import { readDocument } from './read-document.js';
import { PROTECTED_REF_PATTERN } from './schema/token-policy-schema.js';
import type { TokenSectionDocument } from './section-document.js';
import type { TokenPolicy } from './types.js';
import { defaultProtectedRefs } from './write-confinement.js';

/** Facts about where the org policy lives, which the file cannot state about itself. */
export interface TokenPolicyOptions {
  /** Default branch of the policy's repository: the protected ref when `protected_refs` is absent. Default `main`. */
  readonly defaultBranch?: string;
}

/**
 * Reads the `token:` section of an org policy file (the rest of the file is `loadOrgPolicy`'s)
 * and compiles it. Without a section nothing can be granted. Throws a TokenError listing
 * every problem with file:line:column; never returns a partial policy.
 */
export function loadTokenPolicy(input: Uint8Array | string, file: string, options: TokenPolicyOptions = {}): TokenPolicy {
  const defaultBranch = checkDefaultBranch(options.defaultBranch ?? 'main', file);
  const { value, document, base } = readDocument(input, file, 'POLICY', validateTokenPolicy, 'token');
  const section = (value ?? {}) as TokenSectionDocument;
  const at: Locate = (pointer, key = false) => ({ file, pointer, ...document.locate(pointer, key) });
  const protectedRefs = section.protected_refs?.map(toPattern) ?? defaultProtectedRefs(defaultBranch);
  const ceiling = section.ceiling?.permissions ?? {};
  const protectedRepositories = (section.protected_repositories ?? []).map(String);
  const written = section.rules ?? [];
  const rules = written.map((rule, index) => compileRule(rule, { layer: 'org', origin: at(`${base}/rules/${index}`), protectedRefs }));
  throwIfAny([
    ...findDuplicateRules(section, base, at),
    ...rules.flatMap((rule, index) => checkRule(rule, written[index]!, `${base}/rules/${index}`, { at, ceiling, protectedRepositories })),
  ]);
  return { file, ceiling, protectedRefs, protectedRefsSource: section.protected_refs ? 'policy' : 'default-branch', protectedRepositories, rules };
}

/** A branch name that makes a usable ref, or a TOKEN_POLICY_INVALID_FACT error. */
export function checkDefaultBranch(branch: string, file: string): string {
  if (new RegExp(PROTECTED_REF_PATTERN, 'u').test(`refs/heads/${branch}`)) return branch;
  throw new TokenError([{ code: 'TOKEN_POLICY_INVALID_FACT', file, line: 0, column: 0, pointer: '', message: `default branch ${JSON.stringify(branch)} is not a usable branch name`, expected: 'a branch name such as main' }]);
}
