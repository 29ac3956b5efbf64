/**
 * GitHub App installation tokens in either format: the classic `ghs_` and 36 characters,
 * and the stateless `ghs_APPID_JWT` form (dots and underscores), as GitHub's own
 * recommended pattern matches them.
 */
const INSTALLATION_TOKEN = /ghs_[A-Za-z0-9._]{36,}/gu;
// A 64 KiB answer can nest 32 000 levels deep: the walk stops far short of the stack's end.
const MAX_DEPTH = 32;

/**
 * Every token-looking value in a broker answer that is not a grant: its `token` field when it
 * is a non-empty string, and every installation token found inside any string of the body
 * (an error message that quotes one, a nested field). Each is a live credential until it is
 * revoked, whatever the status said, so the caller masks and revokes them all.
 */
export function findStrayTokens(body: Readonly<Record<string, unknown>>): string[] {
  const found = new Set<string>();
  const token = body['token'];
  if (typeof token === 'string' && token !== '') found.add(token);
  walk(body, 0, found);
  return [...found];
}

function walk(value: unknown, depth: number, found: Set<string>): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(INSTALLATION_TOKEN)) found.add(match[0]);
    return;
  }
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return;
  const items: unknown[] = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value as Record<string, unknown>)];
  for (const item of items) walk(item, depth + 1, found);
}
