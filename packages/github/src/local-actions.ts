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
 * (each tree once). A directory that does not exist, or holds neither file, comes back with
 * no `path`; a cut listing is an error.
 */
export async function readLocalActions(client: GitHubClient, repo: RepoRef, branch: string, directories: readonly string[]): Promise<LocalActionFile[]> {
  const commit = await readBranchTip(client, repo, branch);
  const trees = new Map<string, Promise<GitTree>>();
  const treeOf = (sha: string, where: string): Promise<GitTree> => {
    let tree = trees.get(sha);
    if (!tree) trees.set(sha, (tree = readTree(client, repo, sha, false).then((t) => (t.truncated ? Promise.reject(truncated(repo, where)) : t))));
    return tree;
  };
  return Promise.all(directories.map(async (directory) => {
    let sha: string | undefined = commit;
    for (const segment of directory === '' ? [] : directory.split('/')) {
      sha = (await treeOf(sha, directory)).entries.find((e) => e.path === segment && e.type === 'tree')?.sha;
      if (sha === undefined) return { directory };
    }
    const entries = (await treeOf(sha, directory)).entries;
    const name = METADATA_FILES.find((file) => entries.some((e) => e.path === file && e.type === 'blob'));
    if (name === undefined) return { directory };
    const path = directory === '' ? name : `${directory}/${name}`;
    const blob = entries.find((e) => e.path === name)!;
    return { directory, path, text: Buffer.from(await readBlob(client, repo, blob.sha, path)).toString('utf8') };
  }));
}

function truncated(repo: RepoRef, where: string): GitHubError {
  const operation = `local actions of ${repo.owner}/${repo.repo}`;
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${GET_GIT_TREE}): expected the whole listing on the way to ${where || 'the root'}, found it truncated`, { route: GET_GIT_TREE, operation });
}
