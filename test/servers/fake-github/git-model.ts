import { createHash } from 'node:crypto';
import { gitBlobSha } from '@ringfence/core';

/** What a path holds in a commit of the fake: a file, a symlink or a submodule pointer. */
export type FileSpec = string | { readonly content: string; readonly executable?: boolean } | { readonly symlink: string } | { readonly gitlink: string };

/** One entry of a commit's (flattened) tree. */
export interface Entry {
  readonly mode: string;
  readonly type: 'blob' | 'commit';
  readonly sha: string;
}

/** A tree entry as GitHub lists it, directories included. */
export interface ListedEntry extends Entry {
  readonly path: string;
  readonly size?: number;
  readonly typeName: 'blob' | 'tree' | 'commit';
}

/** A deterministic 40-hex id for anything the fake names (commits, trees). */
export function fakeSha(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

/** Turns a file spec into an entry, storing its blob. */
export function toEntry(spec: FileSpec, blobs: Map<string, Uint8Array>): Entry {
  if (typeof spec === 'object' && 'gitlink' in spec) return { mode: '160000', type: 'commit', sha: spec.gitlink };
  const text = typeof spec === 'string' ? spec : 'symlink' in spec ? spec.symlink : spec.content;
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const sha = gitBlobSha(bytes);
  blobs.set(sha, bytes);
  const mode = typeof spec === 'object' && 'symlink' in spec ? '120000' : typeof spec === 'object' && 'executable' in spec && spec.executable ? '100755' : '100644';
  return { mode, type: 'blob', sha };
}

/**
 * The trees of one commit: every directory's listing by tree SHA (for non-recursive
 * reads) and the recursive listing of the root, as GitHub orders it.
 */
export function buildTrees(files: ReadonlyMap<string, Entry>, blobs: ReadonlyMap<string, Uint8Array>): { root: string; trees: Map<string, ListedEntry[]>; recursive: ListedEntry[] } {
  const trees = new Map<string, ListedEntry[]>();
  const recursive: ListedEntry[] = [];
  const build = (dir: string): string => {
    const prefix = dir === '' ? '' : `${dir}/`;
    const names = new Map<string, ListedEntry>();
    for (const [path, entry] of files) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      if (names.has(name)) continue;
      if (slash === -1) names.set(name, { ...entry, path: name, typeName: entry.type, ...(entry.type === 'blob' ? { size: blobs.get(entry.sha)!.byteLength } : {}) });
      else names.set(name, { mode: '040000', type: 'blob', typeName: 'tree', path: name, sha: build(`${prefix}${name}`) });
    }
    const listing = [...names.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const sha = fakeSha('tree', listing.map((e) => [e.path, e.mode, e.sha]));
    trees.set(sha, listing);
    return sha;
  };
  const root = build('');
  const walk = (sha: string, prefix: string) => {
    for (const entry of trees.get(sha)!) {
      recursive.push({ ...entry, path: `${prefix}${entry.path}` });
      if (entry.typeName === 'tree') walk(entry.sha, `${prefix}${entry.path}/`);
    }
  };
  walk(root, '');
  return { root, trees, recursive };
}
