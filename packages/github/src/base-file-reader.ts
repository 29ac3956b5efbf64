import type { BaseFileReader } from '@ringfence/guard';
import { FileMode } from '@ringfence/guard';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readBlob, readTree } from './git-objects.js';
import { GET_GIT_TREE } from './routes.js';
import type { RepoRef, TreeEntry } from './types.js';

/**
 * Reads the base commit's files exactly as git stores them: the path is walked one
 * directory tree at a time (never truncated, cached per tree) and the blob is read by SHA,
 * so a symlink reads as its link text, like `git cat-file`, and never as its target.
 */
export class GitHubBaseFileReader implements BaseFileReader {
  private readonly trees = new Map<string, Promise<readonly TreeEntry[]>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly commit: string,
  ) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    const parts = path.split('/');
    const name = parts.pop()!;
    const dir = await this.walk(parts);
    const entry = dir?.find((e) => e.path === name);
    if (!entry) return undefined;
    if (entry.type !== 'blob') {
      const operation = `file ${path} at ${this.commit}`;
      throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_GIT_TREE}): expected a file, found a ${entry.type}`, { route: GET_GIT_TREE, operation });
    }
    return readBlob(this.client, this.repo, entry.sha, `${path} at ${this.commit}`);
  }

  async listFiles(dir: string): Promise<readonly string[]> {
    const parts = dir.replace(/\/+$/u, '').split('/').filter((p) => p !== '');
    const entries = await this.walk(parts);
    const prefix = parts.length === 0 ? '' : `${parts.join('/')}/`;
    return (entries ?? []).filter((e) => e.type === 'blob' || e.mode === FileMode.Symlink).map((e) => `${prefix}${e.path}`);
  }

  // The entries of the directory at `parts`, or undefined when some part is not a directory.
  private async walk(parts: readonly string[]): Promise<readonly TreeEntry[] | undefined> {
    let entries = await this.list(this.commit);
    for (const part of parts) {
      const sub = entries.find((e) => e.path === part && e.type === 'tree');
      if (!sub) return undefined;
      entries = await this.list(sub.sha);
    }
    return entries;
  }

  private list(treeish: string): Promise<readonly TreeEntry[]> {
    let entries = this.trees.get(treeish);
    if (!entries) {
      entries = readTree(this.client, this.repo, treeish, false).then((tree) => tree.entries);
      entries.catch(() => this.trees.delete(treeish));
      this.trees.set(treeish, entries);
    }
    return entries;
  }
}
