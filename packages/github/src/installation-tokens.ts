import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { stringRecord } from './installations.js';
import { CREATE_INSTALLATION_TOKEN, REVOKE_INSTALLATION_TOKEN } from './routes.js';
import { Shape } from './shape.js';

/** The body of `POST /app/installations/{installation_id}/access_tokens` (all parts optional to GitHub). */
export interface InstallationTokenRequest {
  readonly repositoryIds?: readonly number[];
  readonly repositoryNames?: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** GitHub's answer (spec: components.schemas.installation-token). */
export interface InstallationToken {
  readonly token: string;
  readonly expiresAt: string;
  readonly permissions: Readonly<Record<string, string>>;
  readonly repositorySelection: string;
  /** Absent when GitHub does not list them (it omits them when no repository was named). */
  readonly repositories: readonly { readonly id: number; readonly name: string; readonly fullName: string }[] | undefined;
}

/**
 * Creates an installation token (the client must carry the App's JWT). The token is read
 * first: when the rest of the answer has the wrong shape, `discard` is handed the token
 * (to revoke it) before GITHUB_BAD_RESPONSE is thrown, so no unchecked token survives.
 */
export async function createInstallationToken(client: GitHubClient, installationId: number, request: InstallationTokenRequest, discard: (token: string) => Promise<unknown>): Promise<InstallationToken> {
  const operation = `a token from installation ${installationId}`;
  const body = {
    permissions: request.permissions,
    ...(request.repositoryIds ? { repository_ids: request.repositoryIds } : {}),
    ...(request.repositoryNames ? { repositories: request.repositoryNames } : {}),
  };
  const shape = Shape.of((await callApi(client, CREATE_INSTALLATION_TOKEN, { installation_id: installationId, ...body }, operation)).data, { route: CREATE_INSTALLATION_TOKEN, operation });
  const token = shape.string('token');
  try {
    return readAnswer(shape, token);
  } catch (error) {
    await discard(token).catch(() => undefined);
    throw error;
  }
}

function readAnswer(shape: Shape, token: string): InstallationToken {
  const listed = shape.raw('repositories') === undefined ? undefined : shape.array('repositories');
  return {
    token,
    expiresAt: shape.string('expires_at'),
    permissions: stringRecord(shape.object('permissions'), shape.raw('permissions')),
    repositorySelection: shape.optionalString('repository_selection') ?? 'all',
    repositories: listed?.map((r) => ({ id: r.integer('id'), name: r.string('name'), fullName: r.string('full_name') })),
  };
}

/**
 * Revokes the token the client carries (spec: apps/revoke-installation-access-token).
 * `already-invalid` when GitHub answers 401: the token has expired or was revoked before.
 */
export async function revokeInstallationToken(client: GitHubClient): Promise<'revoked' | 'already-invalid'> {
  try {
    await callApi(client, REVOKE_INSTALLATION_TOKEN, {}, 'revoking an installation token');
    return 'revoked';
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_UNAUTHORIZED') return 'already-invalid';
    throw error;
  }
}
