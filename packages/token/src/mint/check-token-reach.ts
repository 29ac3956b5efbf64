/** What GitHub lists for an installation token, asked with the token itself. */
export interface ListedReach {
  /** GitHub's `total_count`. */
  readonly totalCount: number;
  /** Every listed repository id; undefined when only the count was read (it was too high). */
  readonly ids: readonly string[] | undefined;
}

/**
 * Holds what GitHub says a token reaches to the repositories it was asked for: the same
 * count and the same ids, nothing more and nothing less. Whoever handed the token over (the
 * broker, or GitHub's own mint answer) may describe it wrongly; this listing is GitHub's
 * answer to the token itself. Returns what differs, or undefined when it is exactly the
 * request.
 */
export function checkTokenReach(listed: ListedReach, expectedIds: readonly string[]): string | undefined {
  const expected = new Set(expectedIds);
  if (listed.ids === undefined) return `GitHub lists ${listed.totalCount} repositories for the token; the request named ${expected.size}`;
  const ids = new Set(listed.ids);
  const extra = [...ids].filter((id) => !expected.has(id));
  if (extra.length > 0) return `GitHub lists repositories for the token that were not asked: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ` and ${extra.length - 10} more` : ''} (total_count ${listed.totalCount})`;
  if (listed.totalCount !== ids.size || ids.size !== listed.ids.length) return `GitHub's total_count ${listed.totalCount} does not match the ${listed.ids.length} repositories it listed for the token`;
  const missing = [...expected].filter((id) => !ids.has(id));
  if (missing.length > 0) return `GitHub does not list asked repositories for the token: ${missing.join(', ')}; the answer that came with it described it wrongly`;
  return undefined;
}
