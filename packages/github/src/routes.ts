/**
 * Every REST route the adapter calls, as the constant the call site passes to
 * `octokit.request`. Each is checked against `@octokit/openapi` by a unit test, so a typo or a
 * removed endpoint fails before it reaches GitHub.
 */
export const GET_PULL_REQUEST = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
export const LIST_PR_FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
export const LIST_PR_COMMITS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits';
export const LIST_PR_REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
export const COMPARE_COMMITS = 'GET /repos/{owner}/{repo}/compare/{basehead}';
export const LIST_COMMIT_PULLS = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
export const GET_GIT_TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
export const GET_GIT_BLOB = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
export const GET_CONTENT = 'GET /repos/{owner}/{repo}/contents/{path}';
export const GET_COLLABORATOR_PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
export const GET_TEAM_MEMBERSHIP = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
export const GET_BRANCH_RULES = 'GET /repos/{owner}/{repo}/rules/branches/{branch}';
export const GET_BRANCH = 'GET /repos/{owner}/{repo}/branches/{branch}';
export const CREATE_CHECK_RUN = 'POST /repos/{owner}/{repo}/check-runs';
export const UPDATE_CHECK_RUN = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
export const CREATE_COMMIT_STATUS = 'POST /repos/{owner}/{repo}/statuses/{sha}';
/** Every open pull request of a repository (the guard finds those that share its head). */
export const LIST_PULL_REQUESTS = 'GET /repos/{owner}/{repo}/pulls';

/** All routes, for the drift check against the OpenAPI description. */
export const ALL_ROUTES: readonly string[] = [
  GET_PULL_REQUEST,
  LIST_PR_FILES,
  LIST_PR_COMMITS,
  LIST_PR_REVIEWS,
  COMPARE_COMMITS,
  LIST_COMMIT_PULLS,
  GET_GIT_TREE,
  GET_GIT_BLOB,
  GET_CONTENT,
  GET_COLLABORATOR_PERMISSION,
  GET_TEAM_MEMBERSHIP,
  GET_BRANCH_RULES,
  GET_BRANCH,
  CREATE_CHECK_RUN,
  UPDATE_CHECK_RUN,
  CREATE_COMMIT_STATUS,
  LIST_PULL_REQUESTS,
];

/** App routes: installation lookups and token creation take the App's JWT. */
export const GET_REPO_INSTALLATION = 'GET /repos/{owner}/{repo}/installation';
export const GET_ORG_INSTALLATION = 'GET /orgs/{org}/installation';
export const GET_USER_INSTALLATION = 'GET /users/{username}/installation';
export const CREATE_INSTALLATION_TOKEN = 'POST /app/installations/{installation_id}/access_tokens';
/** Authenticated by the installation token it revokes. */
export const REVOKE_INSTALLATION_TOKEN = 'DELETE /installation/token';
/** A repository's id, owner id and default branch (to resolve names to ids). */
export const GET_REPOSITORY = 'GET /repos/{owner}/{repo}';
/** The repositories an installation token reaches, asked with the token itself. */
export const LIST_INSTALLATION_REPOSITORIES = 'GET /installation/repositories';

/** The App routes, for the same drift check. */
export const APP_ROUTES: readonly string[] = [GET_REPO_INSTALLATION, GET_ORG_INSTALLATION, GET_USER_INSTALLATION, CREATE_INSTALLATION_TOKEN, REVOKE_INSTALLATION_TOKEN, GET_REPOSITORY, LIST_INSTALLATION_REPOSITORIES];

/** Artifact attestations of a repository: list by subject digest, and store one (github.com and GHE.com; not GHES). */
export const LIST_ATTESTATIONS = 'GET /repos/{owner}/{repo}/attestations/{subject_digest}';
export const CREATE_ATTESTATION = 'POST /repos/{owner}/{repo}/attestations';

/** The attestation routes, for the same drift check. */
export const ATTESTATION_ROUTES: readonly string[] = [LIST_ATTESTATIONS, CREATE_ATTESTATION];
/** Provenance gate reads: the guard's check runs on a commit, and ruleset evaluations (bypasses). */
export const LIST_CHECK_RUNS_FOR_REF = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
export const LIST_RULE_SUITES = 'GET /repos/{owner}/{repo}/rulesets/rule-suites';

/** The gate routes (besides compare, commit pulls and pull request reads above), for the same drift check. */
export const GATE_ROUTES: readonly string[] = [LIST_CHECK_RUNS_FOR_REF, LIST_RULE_SUITES];
/** Doctor's reads: rulesets in every enforcement, legacy protection, Actions and organisation settings. */
export const LIST_REPO_RULESETS = 'GET /repos/{owner}/{repo}/rulesets';
export const GET_REPO_RULESET = 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}';
export const GET_BRANCH_PROTECTION = 'GET /repos/{owner}/{repo}/branches/{branch}/protection';
export const GET_WORKFLOW_TOKEN_SETTINGS = 'GET /repos/{owner}/{repo}/actions/permissions/workflow';
export const GET_FORK_PR_APPROVAL = 'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval';
export const GET_FORK_PR_PRIVATE_REPOS = 'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos';
export const GET_ORGANIZATION = 'GET /orgs/{org}';
export const LIST_ORG_REPOSITORIES = 'GET /orgs/{org}/repos';
/** Where the guard App's key is kept: the guard environment's deployment branches, and secret names. */
export const GET_ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
export const LIST_DEPLOYMENT_BRANCH_POLICIES = 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies';
export const LIST_REPO_SECRETS = 'GET /repos/{owner}/{repo}/actions/secrets';
export const LIST_ORG_SECRETS = 'GET /orgs/{org}/actions/secrets';
export const LIST_REPO_ORG_SECRETS = 'GET /repos/{owner}/{repo}/actions/organization-secrets';

/** Doctor's routes, for the same drift check. */
export const DOCTOR_ROUTES: readonly string[] = [LIST_REPO_RULESETS, GET_REPO_RULESET, GET_BRANCH_PROTECTION, GET_WORKFLOW_TOKEN_SETTINGS, GET_FORK_PR_APPROVAL, GET_FORK_PR_PRIVATE_REPOS, GET_ORGANIZATION, LIST_ORG_REPOSITORIES, GET_REPOSITORY, GET_BRANCH_RULES, GET_BRANCH, GET_GIT_TREE, GET_GIT_BLOB, GET_ENVIRONMENT, LIST_DEPLOYMENT_BRANCH_POLICIES, LIST_REPO_SECRETS, LIST_REPO_ORG_SECRETS, LIST_ORG_SECRETS];
