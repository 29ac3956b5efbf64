import type { BaseSymlink, FileChange } from '@ringfence/guard';
import { FileMode } from '@ringfence/guard';
import type { GitHubClient } from './client.js';
import { readBlob } from './git-objects.js';
import type { TreeIndex } from './tree-diff.js';
import type { RepoRef } from './types.js';

/** Reads each distinct blob once, all at once; link texts are small and few. */
async function readLinkTexts(client: GitHubClient, repo: RepoRef, links: readonly { path: string; sha: string }[]): Promise<Map<string, string>> {
  const shas = [...new Set(links.map((l) => l.sha))];
  const texts = await Promise.all(shas.map(async (sha) => [sha, Buffer.from(await readBlob(client, repo, sha, `symlink ${links.find((l) => l.sha === sha)!.path}`)).toString('utf8')] as const));
  return new Map(texts);
}

/** Adds the link text to every change that leaves a symlink behind at its path. */
export async function withSymlinkTargets(client: GitHubClient, repo: RepoRef, changes: readonly FileChange[], head: TreeIndex): Promise<FileChange[]> {
  const links = changes.filter((c) => c.newMode === FileMode.Symlink && c.kind !== 'deleted').map((c) => ({ path: c.path, sha: head.get(c.path)!.sha }));
  const texts = await readLinkTexts(client, repo, links);
  return changes.map((c) => {
    const entry = c.newMode === FileMode.Symlink && c.kind !== 'deleted' ? head.get(c.path) : undefined;
    return entry ? { ...c, symlinkTarget: texts.get(entry.sha)! } : c;
  });
}

/** Every symlink of the given trees (merge base and base tip), each path and text once. */
export async function listBaseSymlinks(client: GitHubClient, repo: RepoRef, trees: readonly TreeIndex[]): Promise<BaseSymlink[]> {
  const links = new Map<string, { path: string; sha: string }>();
  for (const tree of trees) {
    for (const entry of tree.values()) if (entry.mode === FileMode.Symlink) links.set(`${entry.path}\u0000${entry.sha}`, { path: entry.path, sha: entry.sha });
  }
  const texts = await readLinkTexts(client, repo, [...links.values()]);
  return [...links.values()].map((l) => ({ path: l.path, target: texts.get(l.sha)! }));
}
