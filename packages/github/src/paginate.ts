import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { parseLinkHeader } from './link-header.js';
import { Shape } from './shape.js';

/** One list endpoint to read to the end. */
export interface PagedList<T> {
  readonly client: GitHubClient;
  readonly route: string;
  readonly params: Record<string, unknown>;
  /** What is listed, e.g. `reviews of pull request acme/app#7`. */
  readonly operation: string;
  /** Parses one item (the shape check happens here). */
  readonly parse: (item: Shape) => T;
  /** A key unique per item: a repeat across pages means GitHub's pages shifted under us. */
  readonly keyOf: (item: T) => string;
  readonly perPage?: number;
}

const PER_PAGE = 100;

/**
 * Reads a list whose length GitHub told us beforehand (`changed_files`, `commits`): all pages
 * at once, then checks every page is full but the last, no item repeats and the sum is
 * `total`. Any difference is GITHUB_PAGINATION_TRUNCATED, never a shorter list.
 */
export async function listKnownTotal<T>(list: PagedList<T>, total: number): Promise<T[]> {
  const perPage = list.perPage ?? PER_PAGE;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const pages = await Promise.all(Array.from({ length: pageCount }, (_, i) => readPage(list, i + 1, perPage)));
  const items: T[] = [];
  pages.forEach((page, index) => {
    const expected = index < pageCount - 1 ? perPage : total - perPage * (pageCount - 1);
    if (page.items.length !== expected) throw truncated(list, `page ${index + 1} to hold ${expected} items, found ${page.items.length} (total ${total})`);
    items.push(...page.items);
  });
  const lastLinks = pages[pageCount - 1]!.links;
  if (lastLinks.next !== undefined) throw truncated(list, `page ${pageCount} to be the last of ${total} items, found a link to page ${lastLinks.next}`);
  checkUnique(list, items);
  return items;
}

/**
 * Reads a list of unknown length one page after another until a page that is not full.
 * A full page is always followed (a missing `Link: rel="next"` cannot end the list early);
 * a short page that claims a successor, or a list that ends before page 1's `rel="last"`,
 * is GITHUB_PAGINATION_TRUNCATED.
 */
export async function listUntilShortPage<T>(list: PagedList<T>): Promise<T[]> {
  const perPage = list.perPage ?? PER_PAGE;
  const items: T[] = [];
  let last: number | undefined;
  for (let number = 1; ; number++) {
    const page = await readPage(list, number, perPage);
    if (number === 1) last = page.links.last;
    if (page.items.length > perPage) throw truncated(list, `page ${number} to hold at most ${perPage} items, found ${page.items.length}`);
    items.push(...page.items);
    const full = page.items.length === perPage;
    const claimsMore = page.links.next !== undefined || (last !== undefined && number < last);
    if (!full && claimsMore) throw truncated(list, `page ${number} (${page.items.length} of ${perPage} items) to be the last, found ${last !== undefined ? `rel="last" page ${last}` : 'a next link'}`);
    if (!full) break;
  }
  checkUnique(list, items);
  return items;
}

async function readPage<T>(list: PagedList<T>, number: number, perPage: number): Promise<{ items: T[]; links: ReturnType<typeof parseLinkHeader> }> {
  const operation = `${list.operation} (page ${number})`;
  const response = await callApi(list.client, list.route, { ...list.params, per_page: perPage, page: number }, operation);
  const items = Shape.of(response.data, { route: list.route, operation }).items().map(list.parse);
  return { items, links: parseLinkHeader(response.headers['link']) };
}

function checkUnique<T>(list: PagedList<T>, items: readonly T[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = list.keyOf(item);
    if (seen.has(key)) throw truncated(list, `each item once, found ${JSON.stringify(key)} twice (a page repeated or shifted)`);
    seen.add(key);
  }
}

function truncated(list: { operation: string; route: string }, what: string): GitHubError {
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${list.operation} (${list.route}): expected ${what}`, { route: list.route, operation: list.operation });
}
