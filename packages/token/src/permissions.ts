import { APP_PERMISSIONS, PERMISSION_LEVELS } from './generated/app-permissions.js';

/** A permission name GitHub accepts in `POST /app/installations/{id}/access_tokens`. */
export type PermissionName = keyof typeof APP_PERMISSIONS;

/** `read` < `write` < `admin`; a higher level includes the lower ones. */
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** Permission name to level: a ceiling, a rule's grant, or the permissions of a token. */
export type PermissionSet = Readonly<Partial<Record<PermissionName, PermissionLevel>>>;

/** Every permission name of the catalogue, sorted. */
export const PERMISSION_NAMES = Object.keys(APP_PERMISSIONS) as PermissionName[];

export { PERMISSION_LEVELS };

/** True for a name in the generated catalogue (own keys only: `constructor` is not one). */
export function isPermissionName(name: string): name is PermissionName {
  return Object.hasOwn(APP_PERMISSIONS, name);
}

/** The levels GitHub accepts for `name`, lowest first. */
export function levelsOf(name: PermissionName): readonly PermissionLevel[] {
  return APP_PERMISSIONS[name].levels;
}

/** True when GitHub accepts `level` for `name` (`workflows` is write-only, for example). */
export function isLevelOf(name: PermissionName, level: string): level is PermissionLevel {
  return (levelsOf(name) as readonly string[]).includes(level);
}

/** 1 for read, 2 for write, 3 for admin. */
export function rankOf(level: PermissionLevel): number {
  return PERMISSION_LEVELS.indexOf(level) + 1;
}

/** True when `granted` is at least `requested`; an absent grant allows nothing. */
export function covers(granted: PermissionLevel | undefined, requested: PermissionLevel): boolean {
  return granted !== undefined && rankOf(granted) >= rankOf(requested);
}

/** Write and admin change state; only those need a protected ref or an environment. */
export function isWriteLevel(level: PermissionLevel): boolean {
  return rankOf(level) >= rankOf('write');
}
