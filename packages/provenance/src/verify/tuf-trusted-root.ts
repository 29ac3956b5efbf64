import { access } from 'node:fs/promises';
import type { TUF } from '@sigstore/tuf';
import { ProvenanceError } from '../errors.js';
import type { TrustedRoot } from './trusted-root.js';
import { parseTrustedRoot } from './trusted-root.js';
import type { TufOptions } from './tuf-source.js';
import { resolveTufSource } from './tuf-source.js';

/** The TUF target that holds the Sigstore instance's trusted root. */
export const TRUSTED_ROOT_TARGET = 'trusted_root.json';

// What each @sigstore/tuf failure means, in the words a person deciding what to fix needs.
const TUF_STEP: Record<string, string> = {
  TUF_INIT_CACHE_ERROR: 'the TUF cache could not be initialised',
  TUF_REFRESH_METADATA_ERROR: 'the TUF metadata (root, timestamp, snapshot, targets) could not be refreshed and verified',
  TUF_FIND_TARGET_ERROR: `the signed targets metadata lists no ${TRUSTED_ROOT_TARGET}`,
  TUF_DOWNLOAD_TARGET_ERROR: `${TRUSTED_ROOT_TARGET} could not be downloaded with the length and hashes the targets metadata signs`,
  TUF_READ_TARGET_ERROR: `the cached ${TRUSTED_ROOT_TARGET} could not be read`,
};

/**
 * Fetches the Sigstore trusted root through sigstore-js's TUF client (`@sigstore/tuf`, the
 * field's implementation of the TUF client workflow: root rotation, expiry, rollback and
 * signature thresholds). The initial root is always the embedded one or `rootPath`, never
 * a root.json already in the cache, so a cache someone else wrote cannot choose the keys.
 * Any failure throws `PROVENANCE_TUF_REFRESH_FAILED`; there is no fallback to a cached or
 * unverified root.
 */
export async function fetchTrustedRootFromTuf(options: TufOptions): Promise<TrustedRoot> {
  const source = resolveTufSource(options);
  if (source.rootPath !== undefined) {
    await access(source.rootPath).catch((error: unknown) => {
      throw new ProvenanceError('PROVENANCE_TUF_SOURCE_INVALID', `the TUF root ${source.rootPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error, location: { file: source.rootPath! } });
    });
  }
  let client: TUF;
  try {
    // Loaded here, not at the top: bundles that never fetch a root (the provenance action) leave the TUF client out.
    const tuf = await import('@sigstore/tuf');
    // A CommonJS package: its exports arrive named or under `default`, depending on the bundle (the CLI's is split).
    const { initTUF } = 'initTUF' in tuf ? tuf : (tuf as unknown as { default: typeof tuf }).default;
    client = await initTUF({
      mirrorURL: source.mirrorUrl,
      cachePath: source.cacheDir,
      forceInit: true,
      retry: { retries: source.retries },
      timeout: source.timeoutMs,
      ...(source.rootPath === undefined ? {} : { rootPath: source.rootPath }),
    });
  } catch (error) {
    throw refreshFailed(source.mirrorUrl, error, 'TUF_REFRESH_METADATA_ERROR');
  }
  let text: string;
  try {
    text = await client.getTarget(TRUSTED_ROOT_TARGET);
  } catch (error) {
    throw refreshFailed(source.mirrorUrl, error);
  }
  const origin = `${TRUSTED_ROOT_TARGET} from ${source.mirrorUrl}`;
  try {
    return parseTrustedRoot(JSON.parse(text) as unknown, origin);
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `${origin} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

function refreshFailed(mirrorUrl: string, error: unknown, step?: string): ProvenanceError {
  return new ProvenanceError('PROVENANCE_TUF_REFRESH_FAILED', `no trusted root from the TUF mirror ${mirrorUrl}: ${describeTufFailure(error, step)}`, { cause: error });
}

/**
 * The step that failed (a `TUFError`'s code, else `step`), then each cause's class and
 * message (`ExpiredMetadataError: Final timestamp.json is expired`).
 */
export function describeTufFailure(error: unknown, step?: string): string {
  const parts: string[] = [];
  let current: unknown = error;
  if (isTufError(current)) {
    parts.push(TUF_STEP[current.code] ?? current.message);
    current = current.cause;
  } else if (step !== undefined) {
    parts.push(TUF_STEP[step] ?? step);
  }
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? `${errorClass(current)}: ${current.message}` : JSON.stringify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ') || 'unknown error';
}

// @sigstore/tuf's TUFError, by its shape: a TUF_* code (the class itself is loaded only when fetching).
function isTufError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('TUF_');
}

// tuf-js's errors keep the name `Error`; their class says what failed (a bundler may suffix a digit).
function errorClass(error: Error): string {
  const constructorName = error.constructor.name.replace(/\d+$/u, '');
  return error.name === 'Error' && constructorName !== '' ? constructorName : error.name;
}
