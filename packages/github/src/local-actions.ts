import type { LocalActionFile } from '@ringfence/doctor';
import { readBranchTip } from './branches.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readBlob, readTree } from './git-objects.js';
import { GET_GIT_TREE } from './routes.js';
import type { GitTree, RepoRef } from './types.js';

// GitHub looks for these names, in this order, in a local action's directory.
const METADATA_FILES = ['action.yml', 'action.yaml'] as const;

/**
 * Each local action's metadata file at the branch's tip, read tree by tree from one commit
 * (each tree once). Only a regular file counts: a directory that does not exist, a symbolic
 * link or a submodule on the way, or a metadata file that is a link comes back with no
 * `path` and the reason in `missing`. A cut listing is an error.
 */
export async function readLocalActions(client: GitHubClient, repo: RepoRef, branch: string, directories: readonly string[]): Promise<LocalActionFile[]> {
  const commit = await readBranchTip(client, repo, branch);
  const trees = new Map<string, Promise<GitTree>>();
  const treeOf = (sha: string, where: string): Promise<GitTree> => {
    let tree = trees.get(sha);
    if (!tree) trees.set(sha, (tree = readTree(client, repo, sha, false).then((t) => (t.truncated ? Promise.reject(truncated(repo, where)) : t))));
    return tree;
  };
  return Promise.all(directories.map(async (directory): Promise<LocalActionFile> => {
    let sha = commit;
    for (const segment of directory === '' ? [] : directory.split('/')) {
      const entry = (await treeOf(sha, directory)).entries.find((e) => e.path === segment);
      if (entry?.type !== 'tree') return { directory, missing: entry === undefined ? 'the directory does not exist' : `${segment} is ${describeEntry(entry)}` };
      sha = entry.sha;
    }
    const entries = (await treeOf(sha, directory)).entries;
    const metadata = METADATA_FILES.map((name) => entries.find((e) => e.path === name && e.type === 'blob')).find((e) => e !== undefined);
    if (metadata === undefined) return { directory, missing: 'neither action.yml nor action.yaml is there' };
    if (!REGULAR_FILE.has(metadata.mode)) return { directory, missing: `${metadata.path} is ${describeEntry(metadata)}` };
    const path = directory === '' ? metadata.path : `${directory}/${metadata.path}`;
    return { directory, path, text: Buffer.from(await readBlob(client, repo, metadata.sha, path)).toString('utf8') };
  }));
}

const REGULAR_FILE = new Set(['100644', '100755']);

function describeEntry(entry: { type: string; mode: string }): string {
  if (entry.mode === '120000') return 'a symbolic link';
  if (entry.type === 'commit') return 'a submodule';
  return entry.type === 'blob' ? 'a file, not a directory' : `a ${entry.type}`;
}

function truncated(repo: RepoRef, where: string): GitHubError {
  const operation = `local actions of ${repo.owner}/${repo.repo}`;
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${GET_GIT_TREE}): expected the whole listing on the way to ${where || 'the root'}, found it truncated`, { route: GET_GIT_TREE, operation });
}
