import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import type { TrustedRoot, TufOptions } from '@ringfence/provenance';
import { fetchTrustedRootFromTuf, loadTrustedRoots } from '@ringfence/provenance';
import type { Io } from './io.js';

/** The flags that choose where the trusted root comes from, shared by `verify` and `conformance verify-bundle`. */
export const TRUST_FLAGS = {
  'trusted-root': { type: 'string' },
  'tuf-mirror': { type: 'string' },
  'tuf-root': { type: 'string' },
  'tuf-cache': { type: 'string' },
} as const;

/** The flags' values as parsed. */
export interface TrustFlagValues {
  readonly 'trusted-root'?: string | undefined;
  readonly 'tuf-mirror'?: string | undefined;
  readonly 'tuf-root'?: string | undefined;
  readonly 'tuf-cache'?: string | undefined;
}

/** What the TUF fetch takes from its surroundings: the environment (cache location) and, in tests, the retries. */
export interface TrustDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly tufRetries?: number;
}

const TUF_FLAGS = ['tuf-mirror', 'tuf-root', 'tuf-cache'] as const;

/** Whether any `--tuf-*` flag was given (a key-signed bundle then fetches a root too). */
export function tufRequested(values: TrustFlagValues): boolean {
  return TUF_FLAGS.some((flag) => values[flag] !== undefined);
}

/**
 * The roots to verify against: the `--trusted-root` file, else `trusted_root.json` fetched
 * through TUF (the public-good mirror unless `defaultMirror` or `--tuf-mirror` says
 * otherwise). A TUF failure throws; it never falls back to a root that was not verified.
 */
export async function resolveTrustedRoots(values: TrustFlagValues, io: Io, deps: TrustDeps, defaultMirror?: string): Promise<TrustedRoot[]> {
  const file = values['trusted-root'];
  const tufFlag = TUF_FLAGS.find((flag) => values[flag] !== undefined);
  if (file !== undefined && tufFlag) throw new UsageError('USAGE_INVALID_VALUE', `--${tufFlag} fetches the trusted root over TUF, which --trusted-root FILE replaces: give one or the other`);
  if (file !== undefined) return loadTrustedRoots(resolve(io.cwd, file));
  const mirrorUrl = values['tuf-mirror'] ?? defaultMirror;
  const options: TufOptions = {
    cacheDir: values['tuf-cache'] === undefined ? defaultTufCache(deps.env) : resolve(io.cwd, values['tuf-cache']),
    ...(mirrorUrl === undefined ? {} : { mirrorUrl }),
    ...(values['tuf-root'] === undefined ? {} : { rootPath: resolve(io.cwd, values['tuf-root']) }),
    ...(deps.tufRetries === undefined ? {} : { retries: deps.tufRetries }),
  };
  const root = await fetchTrustedRootFromTuf(options);
  io.err(`trusted root: trusted_root.json from ${mirrorUrl ?? 'the Sigstore public-good TUF mirror'}, verified through TUF`);
  return [root];
}

/**
 * The TUF cache when none is given: under RUNNER_TEMP on a runner, else the user's cache
 * directory; never the working tree, which a pull request can write.
 */
export function defaultTufCache(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  if (env['RUNNER_TEMP']) return join(env['RUNNER_TEMP'], 'ringfence-tuf');
  const home = env['HOME'] || homedir();
  if (platform === 'win32') return join(env['LOCALAPPDATA'] || join(home, 'AppData', 'Local'), 'ringfence', 'tuf');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ringfence', 'tuf');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'ringfence', 'tuf');
}
