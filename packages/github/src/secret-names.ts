import type { GitHubClient } from './client.js';
import { listCounted } from './counted-list.js';
import { LIST_ORG_SECRETS, LIST_REPO_ORG_SECRETS, LIST_REPO_SECRETS } from './routes.js';
import type { RepoRef } from './types.js';

/**
 * The names of a repository's Actions secrets (GitHub never returns values).
 * Spec: actions/list-repo-secrets.
 */
export function listRepositorySecretNames(client: GitHubClient, repo: RepoRef): Promise<string[]> {
  return listCounted({ client, route: LIST_REPO_SECRETS, params: { ...repo }, key: 'secrets', operation: `Actions secret names of ${repo.owner}/${repo.repo}`, parse: (item) => item.string('name') });
}

/**
 * The names of all of an organisation's Actions secrets, whichever repositories may read
 * them; GitHub answers only organisation admins (others get 403 or 404, which the caller
 * reports as "could not check"). Spec: actions/list-org-secrets.
 */
export function listOrganizationSecretNames(client: GitHubClient, org: string): Promise<string[]> {
  return listCounted({ client, route: LIST_ORG_SECRETS, params: { org }, key: 'secrets', operation: `Actions secret names of organisation ${org}`, parse: (item) => item.string('name') });
}

/**
 * The names of the organisation's Actions secrets that a repository's workflows can read
 * (visibility `all`, `private` for a private or internal repository, or `selected` with it
 * among the repositories), with the same access as the repository's own list.
 * Spec: actions/list-repo-organization-secrets.
 */
export function listSharedOrganizationSecretNames(client: GitHubClient, repo: RepoRef): Promise<string[]> {
  return listCounted({ client, route: LIST_REPO_ORG_SECRETS, params: { ...repo }, key: 'secrets', operation: `organisation secret names shared with ${repo.owner}/${repo.repo}`, parse: (item) => item.string('name') });
}
