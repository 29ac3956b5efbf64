import { posix } from 'node:path';

/**
 * Where a symlink points, as a repository path: `''` for the repository root, undefined
 * when it leaves the repository (absolute, or climbing above the root).
 */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
  if (target === '' || target.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(linkPath), target));
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return undefined;
  const trimmed = joined.replace(/\/+$/u, '');
  return trimmed === '.' ? '' : trimmed;
}
