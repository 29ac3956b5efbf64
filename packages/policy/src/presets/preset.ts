/**
 * A preset names the files that give code execution, or control dependency resolution, in
 * one ecosystem. Globs are picomatch globs, matched against the path folded to lower case.
 */
export interface PresetEntry {
  /** Lower-case picomatch glob, anchored at the repository root. */
  readonly glob: string;
  /** Why a change to these files changes how the software is built (shown by `explain`). */
  readonly why: string;
}

export interface Preset {
  readonly name: string;
  readonly summary: string;
  readonly entries: readonly PresetEntry[];
}
