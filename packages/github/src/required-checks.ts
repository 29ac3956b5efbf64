import type { RequiredCheck, RequiredChecksInForce } from '@ringfence/doctor';
import { listBranchRules } from './branches.js';
import type { GitHubClient } from './client.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * The `required_status_checks` rules in force on a branch (active rulesets of the repository,
 * its organisation and enterprise; evaluate and disabled ones are left out by GitHub).
 * Spec: repos/get-branch-rules.
 */
export async function listRequiredChecksInForce(client: GitHubClient, repo: RepoRef, branch: string): Promise<RequiredChecksInForce[]> {
  const rules = await listBranchRules(client, repo, branch);
  const origin = { route: 'GET /repos/{owner}/{repo}/rules/branches/{branch}', operation: `required checks in force on ${branch} of ${repo.owner}/${repo.repo}` };
  return rules
    .filter((rule) => rule.type === 'required_status_checks')
    .map((rule) => ({ rulesetId: rule.rulesetId, source: rule.rulesetSource ?? rule.rulesetSourceType, checks: readRequiredChecks(Shape.of(rule.parameters, origin), 'required_status_checks', 'integration_id') }));
}

/**
 * The checks of a rule or of legacy protection. `appKey` is `integration_id` in rulesets and
 * `app_id` in legacy protection; absent or null means any App or workflow may post the check.
 */
export function readRequiredChecks(parameters: Shape, listKey: string, appKey: string): RequiredCheck[] {
  return parameters.array(listKey).map((check) => ({ context: check.string('context'), appId: check.raw(appKey) === undefined || check.raw(appKey) === null ? undefined : check.integer(appKey) }));
}
