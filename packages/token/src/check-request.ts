import type { Refusal } from './decision.js';
import { claimValue } from './match-rule.js';
import { isLevelOf, isPermissionName } from './permissions.js';
import type { PermissionLevel, PermissionName } from './permissions.js';
import { ID_PATTERN, MAX_REQUEST_REPOSITORIES } from './schema/token-policy-schema.js';
import type { Claims, TokenRequest } from './types.js';

/** A request whose every name, level and id is known; repositories defaulted and deduplicated. */
export interface CheckedRequest {
  readonly repositories: readonly string[];
  readonly permissions: readonly (readonly [PermissionName, PermissionLevel])[];
}

const ID = new RegExp(ID_PATTERN, 'u');

/**
 * Checks a request that may come from anywhere (a broker's HTTP body, a file): a refusal,
 * or the request in checked form. Absent repositories mean the job's own repository.
 */
export function checkRequest(request: TokenRequest, claims: Claims): CheckedRequest | Refusal {
  const permissions = checkPermissions(request.permissions);
  if ('code' in permissions) return permissions;
  const repositories = checkRepositories(request.repositories, claims);
  if ('code' in repositories) return repositories;
  return { repositories, permissions };
}

function checkPermissions(requested: unknown): CheckedRequest['permissions'] | Refusal {
  if (typeof requested !== 'object' || requested === null || Array.isArray(requested)) return { code: 'TOKEN_REQUEST_INVALID', message: 'permissions must be a mapping of permission name to level' };
  const entries = Object.entries(requested as Record<string, unknown>);
  if (entries.length === 0) return { code: 'TOKEN_EMPTY_REQUEST', message: 'no permissions requested (GitHub would grant every permission of the installation)' };
  const checked: (readonly [PermissionName, PermissionLevel])[] = [];
  for (const [name, level] of entries) {
    const permission = { name, requested: describeValue(level), granted: undefined };
    if (!isPermissionName(name)) return { code: 'TOKEN_UNKNOWN_PERMISSION', message: `unknown permission ${JSON.stringify(name)}`, permission };
    if (typeof level !== 'string' || !isLevelOf(name, level)) return { code: 'TOKEN_UNKNOWN_LEVEL', message: `${name} has no level ${permission.requested}`, permission };
    checked.push([name, level]);
  }
  return checked;
}

function checkRepositories(requested: unknown, claims: Claims): readonly string[] | Refusal {
  if (requested === undefined) {
    const own = claimValue(claims, 'repository_id');
    if (own !== undefined && ID.test(own)) return [own];
    return { code: 'TOKEN_REQUEST_INVALID', message: 'no repositories requested and the claims carry no repository_id to default to' };
  }
  if (!Array.isArray(requested) || requested.length === 0) return { code: 'TOKEN_REQUEST_INVALID', message: 'repositories must be a non-empty list of repository ids' };
  if (requested.length > MAX_REQUEST_REPOSITORIES) return { code: 'TOKEN_REQUEST_INVALID', message: `${requested.length} repositories requested, GitHub accepts at most ${MAX_REQUEST_REPOSITORIES}` };
  const bad = requested.findIndex((id) => typeof id !== 'string' || !ID.test(id));
  if (bad >= 0) {
    const repository = describeValue(requested[bad]);
    return { code: 'TOKEN_REQUEST_INVALID', message: `${repository} is not a repository id (resolve names to ids before deciding)`, repository };
  }
  return [...new Set(requested as string[])];
}

// Names a value from untyped input without calling anything it carries (`toString`, `toJSON`).
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a value of type ${typeof value}`;
}
