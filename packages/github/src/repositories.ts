import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_REPOSITORY } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/** What the token action needs of a repository: its ids and default branch. */
export interface RepositoryInfo {
  readonly id: number;
  readonly name: string;
  readonly fullName: string;
  readonly owner: { readonly login: string; readonly id: number };
  readonly defaultBranch: string;
  readonly visibility: string | undefined;
}

/**
 * Reads a repository (spec: repos/get). A renamed repository answers through its redirect;
 * one the token cannot see is GITHUB_NOT_FOUND, as GitHub hides it.
 */
export async function readRepository(client: GitHubClient, repo: RepoRef): Promise<RepositoryInfo> {
  const operation = `repository ${repo.owner}/${repo.repo}`;
  const body = Shape.of((await callApi(client, GET_REPOSITORY, { ...repo }, operation)).data, { route: GET_REPOSITORY, operation });
  const owner = body.object('owner');
  return {
    id: body.integer('id'),
    name: body.string('name'),
    fullName: body.string('full_name'),
    owner: { login: owner.string('login'), id: owner.integer('id') },
    defaultBranch: body.string('default_branch'),
    visibility: body.optionalString('visibility'),
  };
}
