import type { ChangeKind, FileChange } from '@ringfence/guard';
import { FileMode } from '@ringfence/guard';
import type { ListedFile } from './pr-files.js';
import type { TreeIndex } from './tree-diff.js';

/**
 * GitHub's file statuses as change kinds. `removed` is git's deletion; `changed` is git's
 * type change (T: file ↔ symlink ↔ submodule), though the kind finally comes from the two
 * trees' modes; `unchanged` entries carry no change and are skipped once the trees agree.
 * Any other status is `unknown`, which the guard blocks.
 */
export function kindOfStatus(status: string): ChangeKind | 'unchanged' {
  switch (status) {
    case 'added':
      return 'added';
    case 'removed':
      return 'deleted';
    case 'modified':
      return 'modified';
    case 'renamed':
      return 'renamed';
    case 'copied':
      return 'copied';
    case 'changed':
      return 'type-changed';
    case 'unchanged':
      return 'unchanged';
    default:
      return 'unknown';
  }
}

/**
 * The listed files as changes with modes from the trees, or undefined when the list and the
 * tree diff disagree about any path (then the tree diff, complete by construction, is used).
 */
export function changesFromList(listed: readonly ListedFile[], diff: readonly FileChange[], before: TreeIndex, after: TreeIndex): FileChange[] | undefined {
  const diffByPath = new Map(diff.map((c) => [c.path, c]));
  const covered = new Set<string>();
  const changes: FileChange[] = [];
  for (const file of listed) {
    const kind = kindOfStatus(file.status);
    const inDiff = diffByPath.get(file.filename);
    if (kind === 'unchanged') {
      if (inDiff) return undefined;
      continue;
    }
    const change = toChange(file, kind, inDiff, diffByPath, before, after);
    if (!change) return undefined;
    covered.add(change.path);
    if (change.kind === 'renamed' && change.previousPath !== undefined) covered.add(change.previousPath);
    changes.push(change);
  }
  return diff.every((c) => covered.has(c.path)) ? changes : undefined;
}

function toChange(file: ListedFile, kind: ChangeKind, inDiff: FileChange | undefined, diffByPath: ReadonlyMap<string, FileChange>, before: TreeIndex, after: TreeIndex): FileChange | undefined {
  const path = file.filename;
  const modes = { oldMode: before.get(file.previousFilename ?? path)?.mode ?? FileMode.None, newMode: after.get(path)?.mode ?? FileMode.None };
  switch (kind) {
    case 'added':
    case 'deleted':
      return inDiff?.kind === kind ? { kind, path, ...modes } : undefined;
    case 'copied':
      if (inDiff?.kind !== 'added' || file.previousFilename === undefined) return undefined;
      return { kind, path, previousPath: file.previousFilename, oldMode: FileMode.None, newMode: modes.newMode };
    case 'modified':
    case 'type-changed':
      // The trees' modes decide between the two; GitHub's word only says "changed".
      return inDiff && (inDiff.kind === 'modified' || inDiff.kind === 'type-changed') ? inDiff : undefined;
    case 'renamed': {
      const source = file.previousFilename === undefined ? undefined : diffByPath.get(file.previousFilename);
      if (inDiff?.kind !== 'added' || source?.kind !== 'deleted') return undefined;
      return { kind, path, previousPath: file.previousFilename!, ...modes };
    }
    case 'unknown':
      return inDiff ? { kind, path, ...(file.previousFilename !== undefined ? { previousPath: file.previousFilename } : {}), ...modes } : undefined;
    default:
      return undefined;
  }
}
