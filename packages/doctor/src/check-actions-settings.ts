import type { RepositoryFacts } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';

const SETTINGS = 'Settings > Actions > General';

/**
 * The repository's Actions settings: a read-only default token, Actions unable to approve
 * pull requests (else a workflow can supply the approval the guard asks for), and fork runs
 * that wait for a maintainer.
 */
export function checkActionsSettings(facts: RepositoryFacts): Finding[] {
  return [...checkWorkflowToken(facts), ...checkForkApproval(facts)];
}

function checkWorkflowToken(facts: RepositoryFacts): Finding[] {
  const token = facts.workflowToken;
  if (!token.known) return [finding('WORKFLOW_TOKEN_SETTINGS_UNREADABLE', 'error', `the default workflow token settings could not be read: ${token.reason}`, 'run doctor with a token that has administration read access (or a classic token with repo scope)')];
  const found: Finding[] = [];
  if (token.value.defaultPermissions !== 'read') {
    found.push(finding('DEFAULT_TOKEN_WRITE', 'error', `the default GITHUB_TOKEN has ${token.value.defaultPermissions} permissions: every workflow without a permissions block can write to the repository`, `${SETTINGS} > Workflow permissions: "Read repository contents and packages permissions" (PUT /repos/{owner}/{repo}/actions/permissions/workflow {"default_workflow_permissions":"read"})`));
  }
  if (token.value.canApprovePullRequestReviews) {
    found.push(finding('ACTIONS_CAN_APPROVE', 'error', 'GitHub Actions may create and approve pull requests: a workflow can approve a pull request as github-actions[bot]', `${SETTINGS} > Workflow permissions: clear "Allow GitHub Actions to create and approve pull requests" ({"can_approve_pull_request_reviews":false})`));
  }
  return found;
}

function checkForkApproval(facts: RepositoryFacts): Finding[] {
  const fork = facts.forkApproval;
  if (!fork.known) return [finding('FORK_APPROVAL_UNREADABLE', 'error', `the approval policy for fork pull request workflows could not be read: ${fork.reason}`, 'run doctor with a token that has administration read access (or a classic token with repo scope)')];
  const v = fork.value;
  if (v.kind === 'public') {
    if (v.approvalPolicy === 'all_external_contributors') return [];
    return [finding('FORK_RUNS_WITHOUT_APPROVAL', 'error', `workflow runs from fork pull requests need approval only for ${v.approvalPolicy.replace(/_/gu, ' ')}: an outside contributor who has contributed once runs workflows unreviewed`, `${SETTINGS} > Approval for running fork pull request workflows from contributors: "Require approval for all external contributors" ({"approval_policy":"all_external_contributors"})`)];
  }
  const problems = [v.runWorkflows && !v.requireApproval && 'run without approval', v.runWorkflows && v.sendWriteTokens && 'get write tokens', v.runWorkflows && v.sendSecrets && 'get secrets'].filter((p): p is string => typeof p === 'string');
  if (problems.length === 0) return [];
  return [finding('FORK_RUNS_WITHOUT_APPROVAL', 'error', `workflows from fork pull requests ${problems.join(', ')} in this private repository`, `${SETTINGS} > Fork pull request workflows in private repositories: require approval, and do not send write tokens or secrets`)];
}
