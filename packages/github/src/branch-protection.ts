import type { LegacyProtection } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readRequiredChecks } from './required-checks.js';
import { GET_BRANCH_PROTECTION } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * Legacy branch protection's required checks (`{context, app_id}`). GitHub answers 404 both
 * when the branch has no protection and when the token may not read it (that needs admin), so
 * a 404 is "absent or unreadable", never "absent". Spec: repos/get-branch-protection.
 */
export async function readLegacyProtection(client: GitHubClient, repo: RepoRef, branch: string): Promise<LegacyProtection> {
  const operation = `branch protection of ${branch} in ${repo.owner}/${repo.repo}`;
  let data: unknown;
  try {
    data = (await callApi(client, GET_BRANCH_PROTECTION, { ...repo, branch }, operation)).data;
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_NOT_FOUND') return { state: 'absent-or-unreadable' };
    throw error;
  }
  const checks = Shape.of(data, { route: GET_BRANCH_PROTECTION, operation }).optionalObject('required_status_checks');
  return { state: 'present', requiredChecks: checks ? readRequiredChecks(checks, 'checks', 'app_id') : [] };
}
