import { capFetch } from './capped-fetch.js';
import { GitHubError } from './errors.js';
import { decodeSnappy } from './snappy.js';

/** How to read a bundle GitHub lists only by URL. */
export interface BundleUrlOptions {
  /** Largest bundle accepted, compressed and decompressed. */
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** Default `['https:']`; tests add `http:` for a loopback store. */
  readonly protocols?: readonly string[];
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * Reads a bundle from the `bundle_url` GitHub lists instead of an inline bundle: a
 * pre-signed, short-lived URL on GitHub's blob storage, Snappy-compressed (`*.json.sn`) or
 * plain JSON. No credential is sent (the URL carries its own signature and the GitHub
 * token must not leave GitHub), redirects are refused, and messages name the URL without
 * its query (the signature). Any failure is a GitHubError; the bundle is then verified like
 * any other, so whatever this returns earns nothing by having been fetched.
 */
export async function fetchBundleByUrl(url: string, options: BundleUrlOptions): Promise<unknown> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', 'bundle_url is not a URL', {}, { cause: error });
  }
  const where = `bundle at ${parsed.origin}${parsed.pathname}`;
  if (!(options.protocols ?? ['https:']).includes(parsed.protocol)) throw new GitHubError('GITHUB_BAD_RESPONSE', `${where}: expected an https URL, found ${parsed.protocol}`);
  const fetch = capFetch(options.fetch ?? globalThis.fetch, options.maxBytes, () => where);
  let response: Response;
  try {
    response = await fetch(parsed, { redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    if (error instanceof GitHubError) throw error;
    throw new GitHubError('GITHUB_HTTP_ERROR', `${where}: expected an answer, found ${(error as Error).name === 'TimeoutError' ? `none within ${options.timeoutMs} ms` : 'a network error'}`, {}, { cause: error });
  }
  if (response.status !== 200) throw new GitHubError('GITHUB_HTTP_ERROR', `${where}: expected HTTP 200, found ${response.status}`, { status: response.status });
  const body = new Uint8Array(await response.arrayBuffer());
  const snappy = /snappy/iu.test(response.headers.get('content-type') ?? '') || parsed.pathname.endsWith('.sn');
  const json = snappy ? decodeSnappy(body, options.maxBytes) : body;
  try {
    return JSON.parse(Buffer.from(json).toString('utf8')) as unknown;
  } catch (error) {
    throw new GitHubError('GITHUB_BAD_RESPONSE', `${where}: expected a JSON bundle${snappy ? ' once decompressed' : ''}, found ${(error as Error).message}`, {}, { cause: error });
  }
}
