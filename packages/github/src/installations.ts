import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GET_ORG_INSTALLATION, GET_REPO_INSTALLATION, GET_USER_INSTALLATION } from './routes.js';
import { Shape } from './shape.js';

/** Where an App installation is looked up: through a repository it covers, or its account. */
export type InstallationTarget =
  | { readonly kind: 'repository'; readonly owner: string; readonly repo: string }
  | { readonly kind: 'organization'; readonly org: string }
  | { readonly kind: 'user'; readonly username: string };

/** An installation of the App (spec: components.schemas.installation). */
export interface Installation {
  readonly id: number;
  readonly appId: number;
  readonly appSlug: string;
  readonly account: { readonly login: string; readonly id: number };
  /** Permission name to level, as the installation was granted them. */
  readonly permissions: Readonly<Record<string, string>>;
  readonly repositorySelection: string;
  readonly suspended: boolean;
}

/**
 * Looks the App's installation up (the client must carry the App's JWT). GitHub answers 404
 * when the App is not installed there: GITHUB_NOT_FOUND naming the account or repository.
 */
export async function readInstallation(client: GitHubClient, target: InstallationTarget): Promise<Installation> {
  const { route, params, operation } = requestFor(target);
  const body = Shape.of((await callApi(client, route, params, operation)).data, { route, operation });
  const account = body.object('account');
  return {
    id: body.integer('id'),
    appId: body.integer('app_id'),
    appSlug: body.string('app_slug'),
    account: { login: account.string('login'), id: account.integer('id') },
    permissions: stringRecord(body.object('permissions'), body.raw('permissions')),
    repositorySelection: body.string('repository_selection'),
    suspended: body.optionalString('suspended_at') !== undefined,
  };
}

function requestFor(target: InstallationTarget): { route: string; params: Record<string, string>; operation: string } {
  switch (target.kind) {
    case 'repository':
      return { route: GET_REPO_INSTALLATION, params: { owner: target.owner, repo: target.repo }, operation: `the App's installation on repository ${target.owner}/${target.repo}` };
    case 'organization':
      return { route: GET_ORG_INSTALLATION, params: { org: target.org }, operation: `the App's installation on organization ${target.org}` };
    case 'user':
      return { route: GET_USER_INSTALLATION, params: { username: target.username }, operation: `the App's installation on account ${target.username}` };
  }
}

/** A `{ name: level }` object whose every value is a string (checked through `shape`). */
export function stringRecord(shape: Shape, raw: unknown): Record<string, string> {
  return Object.fromEntries(Object.keys(raw as Record<string, unknown>).map((name) => [name, shape.string(name)]));
}
