import { ProvenanceError } from '../errors.js';

/** Sigstore's public-good TUF mirror: the one mirror whose initial root.json `@sigstore/tuf` embeds. */
export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** Sigstore's staging TUF mirror (the conformance protocol's `--staging`); its root is not embedded. */
export const STAGING_TUF_MIRROR = 'https://tuf-repo-cdn.sigstage.dev';
/** GitHub's TUF mirror (the instance that signs private repositories' attestations); its root is not embedded. */
export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';

/** Where to fetch `trusted_root.json` over TUF, as given (flags, inputs). */
export interface TufOptions {
  /** Default: the public-good mirror. */
  readonly mirrorUrl?: string;
  /** The initial root.json to trust for the mirror; required for any mirror but the public-good one. */
  readonly rootPath?: string;
  /** The metadata cache (one directory per mirror below it); never a directory a contributor can write. */
  readonly cacheDir: string;
  /** Retries per request (default 2). */
  readonly retries?: number;
  /** Per-request timeout in milliseconds (default 10 s). */
  readonly timeoutMs?: number;
}

/** The options, checked: an https mirror (http only on loopback) and an initial root to trust. */
export interface TufSource {
  readonly mirrorUrl: string;
  /** Undefined: the root `@sigstore/tuf` embeds for the public-good mirror. */
  readonly rootPath: string | undefined;
  readonly cacheDir: string;
  readonly retries: number;
  readonly timeoutMs: number;
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Checks where the trusted root would come from. A mirror without an embedded root needs
 * `rootPath`: fetching the first root from the mirror itself would trust whoever answers.
 */
export function resolveTufSource(options: TufOptions): TufSource {
  const mirrorUrl = (options.mirrorUrl ?? PUBLIC_GOOD_TUF_MIRROR).replace(/\/+$/u, '');
  let url: URL;
  try {
    url = new URL(mirrorUrl);
  } catch (error) {
    throw invalid(`the TUF mirror must be a URL such as ${PUBLIC_GOOD_TUF_MIRROR}, not ${JSON.stringify(options.mirrorUrl)}`, error);
  }
  // Messages name the URL without any credentials written into it.
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw invalid(`the TUF mirror must be https (http only on loopback), not ${JSON.stringify(shown)}`);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') throw invalid(`the TUF mirror must be a plain URL without credentials, query or fragment, not ${JSON.stringify(shown)}…`);
  if (options.rootPath === undefined && mirrorUrl !== PUBLIC_GOOD_TUF_MIRROR) {
    throw invalid(`no initial root.json is embedded for the TUF mirror ${mirrorUrl} (only for ${PUBLIC_GOOD_TUF_MIRROR}): give the mirror's root.json, obtained out of band, as the TUF root`);
  }
  if (options.cacheDir.trim() === '') throw invalid('the TUF cache directory is empty');
  return { mirrorUrl, rootPath: options.rootPath, cacheDir: options.cacheDir, retries: options.retries ?? 2, timeoutMs: options.timeoutMs ?? 10_000 };
}

function invalid(message: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('PROVENANCE_TUF_SOURCE_INVALID', message, cause === undefined ? {} : { cause });
}
