import type { Locate } from './check-rule.js';
import type { TokenProblem } from './errors.js';
import type { TokenSectionDocument } from './section-document.js';

/** Rule names identify rules in refusals and audit events, so they must be unique. */
export function findDuplicateRules(section: TokenSectionDocument, base: string, at: Locate): TokenProblem[] {
  const first = new Map<string, number>();
  const problems: TokenProblem[] = [];
  (section.rules ?? []).forEach((rule, index) => {
    const earlier = first.get(rule.name);
    if (earlier === undefined) first.set(rule.name, index);
    else problems.push({ code: 'TOKEN_POLICY_DUPLICATE_RULE', ...at(`${base}/rules/${index}/name`), message: `rule ${JSON.stringify(rule.name)} is already defined at line ${at(`${base}/rules/${earlier}/name`).line}`, expected: 'unique rule names' });
  });
  return problems;
}

const ORG_ONLY = ['ceiling', 'protected_refs', 'protected_repositories'] as const;

/** A repository policy may only add rules; the org's ceiling and protections stand. */
export function findOrgOnlyKeys(section: TokenSectionDocument, base: string, at: Locate): TokenProblem[] {
  return ORG_ONLY.filter((key) => section[key] !== undefined).map((key) => ({
    code: 'TOKEN_POLICY_LOOSENS_ORG' as const,
    ...at(`${base}/${key}`, true),
    message: `token.${key} can only be set by the org policy`,
    expected: 'only `rules` in a repository policy',
  }));
}
