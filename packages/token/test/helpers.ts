import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRule } from '../src/compile-rule.js';
import { TokenError } from '../src/errors.js';
import { loadTokenPolicy } from '../src/load-token-policy.js';
import type { RuleDocument } from '../src/section-document.js';
import type { Claims, ClaimPattern, TokenPolicy } from '../src/types.js';

export const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/token');

/** Repository ids of the fixtures: acme (owner 5000), acme/app, acme/policy, acme/.github. */
export const OWNER = '5000';
export const APP = '67890';
export const HOST = '100001';
export const DOT_GITHUB = '100002';

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

/** The org policy of valid/org-policy.yml, loaded as the broker would. */
export function orgPolicy(): TokenPolicy {
  return loadTokenPolicy(fixture('valid/org-policy.yml'), 'org-policy.yml');
}

/** The claims of acme/app's release job: what release-publisher matches. */
export const RELEASE_CLAIMS: Claims = {
  repository: 'acme/app',
  repository_owner: 'acme',
  repository_owner_id: OWNER,
  repository_id: APP,
  actor_id: '42',
  job_workflow_ref: 'acme/workflows/.github/workflows/release.yml@refs/heads/main',
  workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
  event_name: 'push',
  ref: 'refs/tags/v1.2.0',
  ref_type: 'tag',
  environment: 'production',
  runner_environment: 'github-hosted',
};

const MAIN: ClaimPattern[] = [{ text: 'refs/heads/main', glob: false }];

/**
 * A policy built without the loader's checks, to reach the decision's defense-in-depth
 * branches with rules no loader would accept.
 */
export function handBuilt(rules: readonly RuleDocument[], options: { ceiling?: TokenPolicy['ceiling']; layer?: 'org' | 'repository'; protectedRepositories?: string[] } = {}): TokenPolicy {
  const origin = { file: 'hand-built.yml', pointer: '', line: 1, column: 1 };
  const compiled = rules.map((rule) => compileRule(rule, options.layer === 'repository' ? { layer: 'repository', hostRepositoryId: APP, origin, protectedRefs: MAIN } : { layer: 'org', origin, protectedRefs: MAIN }));
  return { file: 'hand-built.yml', ceiling: options.ceiling ?? {}, protectedRefs: MAIN, protectedRefsSource: 'policy', protectedRepositories: options.protectedRepositories ?? [], rules: compiled };
}

/** The TokenError `fn` throws; fails the test when it throws nothing or something else. */
export function thrownBy(fn: () => unknown): TokenError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TokenError) return error;
    throw error;
  }
  throw new Error('expected a TokenError');
}
