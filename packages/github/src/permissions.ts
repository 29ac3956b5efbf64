import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { GET_COLLABORATOR_PERMISSION } from './routes.js';
import { Shape } from './shape.js';
import type { CollaboratorPermission, RepoPermission, RepoRef } from './types.js';

const ORDER: readonly RepoPermission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
// `permission` folds maintain into write and triage into read; role_name tells them apart.
const REFINES: Readonly<Record<string, readonly RepoPermission[]>> = { admin: ['admin'], write: ['write', 'maintain'], read: ['read', 'triage'], none: ['none'] };

/**
 * A user's effective permission on a repository. A custom role counts as what `permission`
 * says at its lowest (write, not maintain); a role_name above `permission` is ignored.
 */
export async function readCollaboratorPermission(client: GitHubClient, repo: RepoRef, username: string): Promise<CollaboratorPermission> {
  const operation = `permission of ${username} on ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, GET_COLLABORATOR_PERMISSION, { ...repo, username }, operation);
  const body = Shape.of(response.data, { route: GET_COLLABORATOR_PERMISSION, operation });
  const permission = body.string('permission');
  const roleName = body.optionalString('role_name') ?? permission;
  const level = toRepoPermission(permission, roleName);
  if (!level) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_COLLABORATOR_PERMISSION}): expected permission to be one of ${Object.keys(REFINES).join(', ')}, found ${JSON.stringify(permission)}`, { route: GET_COLLABORATOR_PERMISSION, operation });
  }
  return { permission: level, roleName };
}

/**
 * GitHub's `permission` refined by `role_name`: maintain and triage only when role_name says
 * so and `permission` allows it; undefined for a `permission` GitHub does not document.
 */
export function toRepoPermission(permission: string, roleName: string): RepoPermission | undefined {
  const refined = Object.hasOwn(REFINES, permission) ? REFINES[permission] : undefined;
  if (!refined) return undefined;
  return refined.includes(roleName as RepoPermission) ? (roleName as RepoPermission) : refined[0];
}

/** True when `held` is at least `required`. */
export function permissionAtLeast(held: RepoPermission, required: RepoPermission): boolean {
  return ORDER.indexOf(held) >= ORDER.indexOf(required);
}
