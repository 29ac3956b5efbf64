import type { FileChange } from '@ringfence/guard';
import { FileMode } from '@ringfence/guard';
import type { TreeEntry } from './types.js';

/** A recursive tree as path → entry, directories left out (their contents carry the change). */
export type TreeIndex = ReadonlyMap<string, TreeEntry>;

/** Indexes the blobs, symlinks and gitlinks of a recursive tree listing. */
export function indexTree(entries: readonly TreeEntry[]): TreeIndex {
  return new Map(entries.filter((e) => e.type !== 'tree').map((e) => [e.path, e]));
}

/** The kind of object a mode names: a file, a symlink or a gitlink (submodule). */
export function modeClass(mode: string): 'file' | 'symlink' | 'gitlink' | 'other' {
  if (mode === FileMode.Regular || mode === FileMode.Executable) return 'file';
  if (mode === FileMode.Symlink) return 'symlink';
  if (mode === FileMode.Gitlink) return 'gitlink';
  return 'other';
}

/**
 * Every difference between two complete trees, as git's raw diff without rename detection
 * reports it: a rename is a deletion and an addition, so both paths count.
 */
export function diffTrees(from: TreeIndex, to: TreeIndex): FileChange[] {
  const changes: FileChange[] = [];
  for (const path of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const before = from.get(path);
    const after = to.get(path);
    if (before && after && before.sha === after.sha && before.mode === after.mode) continue;
    changes.push(describeChange(path, before, after));
  }
  return changes;
}

function describeChange(path: string, before: TreeEntry | undefined, after: TreeEntry | undefined): FileChange {
  const oldMode = before?.mode ?? FileMode.None;
  const newMode = after?.mode ?? FileMode.None;
  if (!before) return { kind: 'added', path, oldMode, newMode };
  if (!after) return { kind: 'deleted', path, oldMode, newMode };
  return { kind: modeClass(oldMode) === modeClass(newMode) ? 'modified' : 'type-changed', path, oldMode, newMode };
}
