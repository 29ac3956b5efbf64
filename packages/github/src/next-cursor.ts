/**
 * The query of a `Link` header's `rel="next"` target (RFC 8288) as the parameters to send
 * for the next page: GitHub's `after` cursor or, failing that, a `page`. Undefined when there
 * is no next link; null when there is one that names neither (it cannot be followed, so the
 * list would be incomplete).
 */
export function nextCursor(header: unknown): Record<string, string> | null | undefined {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="([^"]+)"/u.exec(part);
    if (!match || !match[2]!.split(/\s+/u).includes('next')) continue;
    let query: URLSearchParams;
    try {
      query = new URL(match[1]!, 'http://github.invalid').searchParams;
    } catch {
      return null;
    }
    const after = query.get('after');
    const page = query.get('page');
    if (after !== null && after !== '') return { after };
    if (page !== null && page !== '') return { page };
    return null;
  }
  return undefined;
}
