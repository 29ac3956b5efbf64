import type { ForkApproval, WorkflowTokenSettings } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_FORK_PR_APPROVAL, GET_FORK_PR_PRIVATE_REPOS, GET_WORKFLOW_TOKEN_SETTINGS } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * The default GITHUB_TOKEN permissions and whether Actions may approve pull requests.
 * Spec: actions/get-github-actions-default-workflow-permissions-repository.
 */
export async function readWorkflowTokenSettings(client: GitHubClient, repo: RepoRef): Promise<WorkflowTokenSettings> {
  const operation = `default workflow permissions of ${repo.owner}/${repo.repo}`;
  const body = Shape.of((await callApi(client, GET_WORKFLOW_TOKEN_SETTINGS, { ...repo }, operation)).data, { route: GET_WORKFLOW_TOKEN_SETTINGS, operation });
  return { defaultPermissions: body.string('default_workflow_permissions'), canApprovePullRequestReviews: body.boolean('can_approve_pull_request_reviews') };
}

/**
 * When fork pull requests' workflows wait for approval: the contributor approval policy of a
 * public repository, or the fork settings of a private or internal one.
 * Spec: actions/get-fork-pr-contributor-approval-permissions-repository,
 * actions/get-private-repo-fork-pr-workflows-settings-repository.
 */
export async function readForkApproval(client: GitHubClient, repo: RepoRef, visibility: string): Promise<ForkApproval> {
  if (visibility === 'public') {
    const operation = `fork pull request approval policy of ${repo.owner}/${repo.repo}`;
    const body = Shape.of((await callApi(client, GET_FORK_PR_APPROVAL, { ...repo }, operation)).data, { route: GET_FORK_PR_APPROVAL, operation });
    return { kind: 'public', approvalPolicy: body.string('approval_policy') };
  }
  const operation = `fork pull request workflow settings of ${visibility} repository ${repo.owner}/${repo.repo}`;
  const body = Shape.of((await callApi(client, GET_FORK_PR_PRIVATE_REPOS, { ...repo }, operation)).data, { route: GET_FORK_PR_PRIVATE_REPOS, operation });
  return {
    kind: 'private',
    runWorkflows: body.boolean('run_workflows_from_fork_pull_requests'),
    requireApproval: body.boolean('require_approval_for_fork_pr_workflows'),
    sendWriteTokens: body.boolean('send_write_tokens_to_workflows'),
    sendSecrets: body.boolean('send_secrets_and_variables'),
  };
}
