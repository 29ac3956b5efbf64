/**
 * What a pull request (or a local branch) changes, as facts the guard decides from.
 * Produced by a ChangeSource: git in local mode, the GitHub API in an action.
 */
export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed' | 'unknown';

/** Git file modes that matter to the decision. */
export const FileMode = {
  Regular: '100644',
  Executable: '100755',
  Symlink: '120000',
  Gitlink: '160000',
  Tree: '040000',
  None: '000000',
} as const;

export interface FileChange {
  readonly kind: ChangeKind;
  /** The path after the change (for a deletion: the deleted path). */
  readonly path: string;
  /** For renames and copies: the source path, which counts as touched too. */
  readonly previousPath?: string;
  readonly oldMode?: string;
  readonly newMode?: string;
  /** For a symlink after the change: the link text as stored (resolved by the guard). */
  readonly symlinkTarget?: string;
}

/** A symlink already in the base tree; its target counts as its own path's ring. */
export interface BaseSymlink {
  readonly path: string;
  /** The link text as stored. */
  readonly target: string;
}

export interface ChangeSet {
  readonly baseSha: string;
  readonly headSha: string;
  /** The commit the changes are measured from (merge base of base and head). */
  readonly mergeBaseSha: string;
  readonly changes: readonly FileChange[];
  readonly baseSymlinks: readonly BaseSymlink[];
}

export interface ChangeRange {
  readonly base: string;
  readonly head: string;
}
