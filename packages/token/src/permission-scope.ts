import { APP_PERMISSIONS } from './generated/app-permissions.js';
import type { PermissionName } from './permissions.js';

/**
 * Who a permission acts on. Only `repository` permissions are confined by the token's
 * repository list; the others reach the whole organization, enterprise or user account.
 */
export type PermissionScope = 'repository' | 'organization' | 'enterprise' | 'user';

/**
 * Where the scope derived from the OpenAPI description is wrong. GitHub's permission
 * reference lists both under "Account permissions", but neither description says "user".
 */
export const SCOPE_OVERRIDES: Readonly<Partial<Record<PermissionName, PermissionScope>>> = {
  git_ssh_keys: 'user',
  interaction_limits: 'user',
};

/** The scope of a catalogue permission, override first. */
export function scopeOf(name: PermissionName): PermissionScope {
  return SCOPE_OVERRIDES[name] ?? APP_PERMISSIONS[name].scope;
}

/** True for permissions that reach beyond the repositories a token lists. */
export function isOwnerLevel(name: PermissionName): boolean {
  return scopeOf(name) !== 'repository';
}
