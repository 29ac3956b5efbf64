import { findBroadening, describeBroadening } from '../mint/check-issued-token.js';

/** Installation tokens live one hour; five minutes of slack for the clocks of runner, broker and GitHub. */
const MAX_LIFETIME_MS = 65 * 60 * 1000;
const ID = /^[1-9][0-9]{0,19}$/u;
// Printable ASCII without spaces: what GitHub's tokens are made of, and safe in any output.
const TOKEN = /^[\x21-\x7e]{1,4096}$/u;

/** The broker's answer, read and held to the request. */
export interface ExchangedToken {
  readonly expiresAt: string;
  readonly permissions: Readonly<Record<string, string>>;
  /** Ids of the repositories the token reaches, as the broker listed them. */
  readonly repositoryIds: readonly string[];
}

/** What the job asked the broker for: the repository ids (its own when it named none) and permissions. */
export interface ExpectedExchange {
  readonly repositoryIds: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/**
 * Reads the body of a 200 answer (`token`, `expires_at`, `permissions`, `repositories`) and holds it
 * to the request: an expiry in the future and within the hour, no permission or level beyond
 * the request (`metadata: read`, which GitHub adds to every token, aside), a repository list
 * present and inside the request. Returns the token's scope, or what is wrong with it (the
 * caller revokes the token then).
 */
export function checkExchangedToken(body: Readonly<Record<string, unknown>>, expected: ExpectedExchange, now: number): { readonly token: ExchangedToken } | { readonly problem: string } {
  const token = body['token'];
  if (typeof token !== 'string' || !TOKEN.test(token)) return { problem: 'token is not one printable word of at most 4096 characters' };
  const expiresAt = body['expires_at'];
  const expiry = typeof expiresAt === 'string' ? Date.parse(expiresAt) : Number.NaN;
  if (typeof expiresAt !== 'string' || !Number.isFinite(expiry) || expiry <= now || expiry > now + MAX_LIFETIME_MS) return { problem: `expires_at ${JSON.stringify(String(expiresAt).slice(0, 40))} is not a time within the next hour` };
  const permissions = readPermissions(body['permissions']);
  if (permissions === undefined) return { problem: 'permissions is not an object of permission levels' };
  const repositoryIds = readIds(body['repositories']);
  if (repositoryIds === undefined) return { problem: 'repositories is not a list of repository ids (a token without one reaches every repository of the installation)' };
  const broadening = findBroadening(
    { repositoryIds: expected.repositoryIds, permissions: expected.permissions },
    { permissions, repositorySelection: 'selected', repositories: repositoryIds.map((id) => ({ id, name: '' })) },
  );
  if (broadening) return { problem: `the token reaches more than was asked: ${describeBroadening(broadening).replace(/ (?=\(not asked\))/gu, '')}` };
  return { token: { expiresAt, permissions, repositoryIds } };
}

function readPermissions(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, level]) => typeof level === 'string') ? Object.fromEntries(entries as [string, string][]) : undefined;
}

// Ids arrive as strings (the broker's form) or numbers (GitHub's); anything else is not an id.
function readIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ids = (value as unknown[]).map((id) => (typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id));
  return ids.every((id): id is string => typeof id === 'string' && ID.test(id)) ? ids : undefined;
}
