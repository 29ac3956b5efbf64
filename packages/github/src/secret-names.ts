import type { GitHubClient } from './client.js';
import { listCounted } from './counted-list.js';
import { LIST_ORG_SECRETS, LIST_REPO_SECRETS } from './routes.js';
import type { RepoRef } from './types.js';

/**
 * The names of a repository's Actions secrets (GitHub never returns values).
 * Spec: actions/list-repo-secrets.
 */
export function listRepositorySecretNames(client: GitHubClient, repo: RepoRef): Promise<string[]> {
  return listCounted({ client, route: LIST_REPO_SECRETS, params: { ...repo }, key: 'secrets', operation: `Actions secret names of ${repo.owner}/${repo.repo}`, parse: (item) => item.string('name') });
}

/**
 * The names of an organisation's Actions secrets; GitHub answers only organisation admins
 * (others get 403 or 404, which the caller reports as "could not check").
 * Spec: actions/list-org-secrets.
 */
export function listOrganizationSecretNames(client: GitHubClient, org: string): Promise<string[]> {
  return listCounted({ client, route: LIST_ORG_SECRETS, params: { org }, key: 'secrets', operation: `Actions secret names of organisation ${org}`, parse: (item) => item.string('name') });
}
