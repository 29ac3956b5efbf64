/** Page numbers named by a `Link` header: `<https://…?page=3>; rel="next", <…?page=9>; rel="last"`. */
export interface PageLinks {
  readonly next?: number;
  readonly last?: number;
}

/** Reads the `page` of each `rel` GitHub names (RFC 8288); unknown or unparsable parts are ignored. */
export function parseLinkHeader(header: unknown): PageLinks {
  if (typeof header !== 'string') return {};
  const links: { next?: number; last?: number } = {};
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="([^"]+)"/u.exec(part);
    if (!match) continue;
    const page = pageOf(match[1]!);
    if (page === undefined) continue;
    for (const rel of match[2]!.split(/\s+/u)) {
      if (rel === 'next' || rel === 'last') links[rel] = page;
    }
  }
  return links;
}

function pageOf(url: string): number | undefined {
  try {
    const page = Number(new URL(url, 'http://github.invalid').searchParams.get('page'));
    return Number.isSafeInteger(page) && page > 0 ? page : undefined;
  } catch {
    return undefined;
  }
}
