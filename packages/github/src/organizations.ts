import type { OrganizationSettings } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { listUntilShortPage } from './paginate.js';
import { GET_ORGANIZATION, LIST_ORG_REPOSITORIES } from './routes.js';
import { Shape } from './shape.js';

/**
 * An organisation's base repository permission. GitHub shows it only to owners (and tokens
 * with organisation administration read); to others the field is missing or null, which
 * is returned as undefined, never as a permission. Spec: orgs/get.
 */
export async function readOrganizationSettings(client: GitHubClient, org: string): Promise<OrganizationSettings> {
  const operation = `organisation ${org}`;
  const body = Shape.of((await callApi(client, GET_ORGANIZATION, { org }, operation)).data, { route: GET_ORGANIZATION, operation });
  return { login: body.string('login'), baseRepositoryPermission: body.optionalString('default_repository_permission') };
}

/** One repository of an organisation's list. */
export interface OrganizationRepository {
  readonly owner: string;
  readonly repo: string;
  readonly archived: boolean;
}

/**
 * Every repository of an organisation the token can see, sorted by name so pages stay put
 * while the list is read; a list that ends early is GITHUB_PAGINATION_TRUNCATED.
 * Spec: repos/list-for-org.
 */
export function listOrganizationRepositories(client: GitHubClient, org: string): Promise<OrganizationRepository[]> {
  return listUntilShortPage({
    client,
    route: LIST_ORG_REPOSITORIES,
    params: { org, type: 'all', sort: 'full_name', direction: 'asc' },
    operation: `repositories of organisation ${org}`,
    parse: (item) => ({ owner: item.object('owner').string('login'), repo: item.string('name'), archived: item.raw('archived') === true }),
    keyOf: (item) => `${item.owner}/${item.repo}`.toLowerCase(),
  });
}
