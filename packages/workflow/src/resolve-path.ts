/**
 * The absolute path that stands for the repository root while paths are resolved (the
 * runner's mount point of the workspace in container actions). `${{ github.workspace }}`
 * and `$GITHUB_WORKSPACE` resolve to it.
 */
export const WORKSPACE_ROOT = '/github/workspace';

/**
 * Joins `path` onto `base` the way a shell's working directory does (an absolute `path`
 * replaces `base`), then removes empty and `.` segments and folds `..`. A relative result
 * keeps its leading `..` segments; an absolute one never climbs above `/`.
 */
export function joinPath(base: string, path: string): string {
  const absolute = path.startsWith('/') || base.startsWith('/');
  const joined = path.startsWith('/') ? path : `${base}/${path}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !absolute) out.push(segment);
  }
  return absolute ? `/${out.join('/')}` : out.join('/');
}

/**
 * The repository path of an absolute path below WORKSPACE_ROOT (`''` for the root itself),
 * else undefined: the path lies outside the repository.
 */
export function toRepositoryRelative(absolutePath: string): string | undefined {
  const normal = joinPath('/', absolutePath);
  if (normal === WORKSPACE_ROOT) return '';
  return normal.startsWith(`${WORKSPACE_ROOT}/`) ? normal.slice(WORKSPACE_ROOT.length + 1) : undefined;
}

/** The absolute path of a repository directory (`''` is the root). */
export function workspacePath(repositoryPath: string): string {
  return joinPath(WORKSPACE_ROOT, repositoryPath);
}
