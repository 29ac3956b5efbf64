import type { ChangeSet } from '@ringfence/guard';
import { createGitHubClient } from '@ringfence/github';
import type { GitHubClient, GitHubClientOptions } from '@ringfence/github';
import type { FakeGitHub } from '../../servers/fake-github/index.js';

/** The repository every scenario uses. */
export const ACME = { owner: 'acme', repo: 'app' } as const;

/** A client for the fake: tiny retry delays, a 2 s timeout (rows that inject silence pass a short one), a 1 MiB body cap, unpaced writes. */
export function clientFor(server: FakeGitHub, overrides: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({ token: 'ghs_0123456789abcdefghijklmnopqrstuvwxyz', baseUrl: server.url, retries: 2, retryDelayMs: 1, timeoutMs: 2000, maxResponseBytes: 1024 * 1024, writeSpacingMs: 0, ...overrides });
}

/**
 * What a change set says about each path, whatever the source: the list reports a rename
 * as one change with two paths, the tree diff as a deletion and an addition; both touch the
 * same paths with the same modes at the head.
 */
export function touchedPaths(changeSet: ChangeSet): { shas: string[]; paths: string[]; baseSymlinks: string[] } {
  const paths = new Set<string>();
  for (const c of changeSet.changes) {
    paths.add(`${c.path} ${c.kind === 'deleted' ? '000000' : c.newMode ?? '?'} ${c.symlinkTarget ?? ''}`);
    if (c.kind === 'renamed' && c.previousPath !== undefined) paths.add(`${c.previousPath} 000000 `);
  }
  return {
    shas: [changeSet.baseSha, changeSet.mergeBaseSha, changeSet.headSha],
    paths: [...paths].sort(),
    baseSymlinks: changeSet.baseSymlinks.map((l) => `${l.path} -> ${l.target}`).sort(),
  };
}
