import type { DeploymentBranchPolicy, GuardEnvironment } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { listCounted } from './counted-list.js';
import { GitHubError } from './errors.js';
import { GET_ENVIRONMENT, LIST_DEPLOYMENT_BRANCH_POLICIES } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * An environment's deployment branch settings, with its custom branch and tag patterns when
 * it has them; undefined when GitHub answers 404 (no such environment).
 * Spec: repos/get-environment, repos/list-deployment-branch-policies.
 */
export async function readEnvironment(client: GitHubClient, repo: RepoRef, name: string): Promise<GuardEnvironment | undefined> {
  const operation = `environment ${name} of ${repo.owner}/${repo.repo}`;
  let data: unknown;
  try {
    data = (await callApi(client, GET_ENVIRONMENT, { ...repo, environment_name: name }, operation)).data;
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_NOT_FOUND') return undefined;
    throw error;
  }
  const policy = Shape.of(data, { route: GET_ENVIRONMENT, operation }).optionalObject('deployment_branch_policy');
  const branchPolicy = policy === undefined ? null : { protectedBranches: policy.boolean('protected_branches'), customBranchPolicies: policy.boolean('custom_branch_policies') };
  const customPolicies = branchPolicy?.customBranchPolicies === true ? await listBranchPolicies(client, repo, name) : [];
  return { branchPolicy, customPolicies };
}

function listBranchPolicies(client: GitHubClient, repo: RepoRef, name: string): Promise<DeploymentBranchPolicy[]> {
  return listCounted({
    client,
    route: LIST_DEPLOYMENT_BRANCH_POLICIES,
    params: { ...repo, environment_name: name },
    key: 'branch_policies',
    operation: `deployment branch policies of environment ${name} of ${repo.owner}/${repo.repo}`,
    // Policies made before tag patterns existed carry no type; GitHub's default type is branch.
    parse: (item) => ({ name: item.string('name'), type: item.optionalString('type') ?? 'branch' }),
  });
}
