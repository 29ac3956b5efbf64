import type { RepositoryOverview } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_REPOSITORY } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * What doctor needs of a repository first: its default branch, visibility and whether an
 * organisation owns it. Spec: repos/get (`visibility` is optional there: `private` decides it
 * when absent).
 */
export async function readRepositoryOverview(client: GitHubClient, repo: RepoRef): Promise<RepositoryOverview> {
  const operation = `repository ${repo.owner}/${repo.repo}`;
  const body = Shape.of((await callApi(client, GET_REPOSITORY, { ...repo }, operation)).data, { route: GET_REPOSITORY, operation });
  return {
    defaultBranch: body.string('default_branch'),
    visibility: body.optionalString('visibility') ?? (body.boolean('private') ? 'private' : 'public'),
    ownerIsOrganization: body.object('owner').string('type') === 'Organization',
  };
}
