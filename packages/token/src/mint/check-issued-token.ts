import { PERMISSION_LEVELS } from '../generated/app-permissions.js';
import type { IssuedToken } from './ports.js';

/** What a token was asked for: repositories by id or by name, and permissions. */
export interface ExpectedToken {
  readonly repositoryIds?: readonly string[];
  readonly repositoryNames?: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** Where GitHub's answer reaches further than the request. */
export interface Broadening {
  /** Permissions the token holds beyond the request: name, what was asked, what it holds. */
  readonly permissions: readonly { readonly name: string; readonly requested: string | undefined; readonly issued: string }[];
  /** Repositories the token reaches that were not asked for (`id name`). */
  readonly repositories: readonly string[];
  /** The token reaches every repository of the installation (or GitHub did not say which). */
  readonly allRepositories: boolean;
}

/**
 * Compares GitHub's answer with the request: undefined when the token reaches nothing more,
 * else what it reaches beyond it. `metadata: read` is the one permission GitHub adds to every
 * installation token (it cannot be withheld), so it is not counted; `metadata: write` is.
 * A level outside read/write/admin counts as broader: it cannot be ranked.
 */
export function findBroadening(expected: ExpectedToken, issued: Pick<IssuedToken, 'permissions' | 'repositorySelection' | 'repositories'>): Broadening | undefined {
  const permissions = Object.entries(issued.permissions)
    .filter(([name, level]) => !(name === 'metadata' && level === 'read') && !covered(expected.permissions[name], level))
    .map(([name, level]) => ({ name, requested: expected.permissions[name], issued: level }));
  const allRepositories = issued.repositorySelection !== 'selected' || issued.repositories === undefined;
  const ids = new Set(expected.repositoryIds ?? []);
  const names = new Set((expected.repositoryNames ?? []).map((n) => n.toLowerCase()));
  const repositories = (issued.repositories ?? []).filter((r) => !ids.has(r.id) && !names.has(r.name.toLowerCase())).map((r) => `${r.id} ${r.name}`);
  if (permissions.length === 0 && repositories.length === 0 && !allRepositories) return undefined;
  return { permissions, repositories, allRepositories };
}

/** The broadening in words, for the error that follows the revocation. */
export function describeBroadening(broadening: Broadening): string {
  const parts = [
    ...broadening.permissions.map((p) => `${p.name}: ${p.issued} (asked ${p.requested ?? 'nothing'})`),
    ...(broadening.allRepositories ? ['every repository of the installation'] : []),
    ...broadening.repositories.map((r) => `repository ${r} (not asked)`),
  ];
  return parts.join(', ');
}

function covered(requested: string | undefined, issued: string): boolean {
  const rank = (level: string | undefined) => (level === undefined ? -1 : (PERMISSION_LEVELS as readonly string[]).indexOf(level));
  const issuedRank = rank(issued);
  return requested !== undefined && issuedRank >= 0 && issuedRank <= rank(requested);
}
