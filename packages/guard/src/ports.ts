import type { ChangeRange, ChangeSet } from './changes.js';

/** Lists every change of a range, completely, or throws: never a partial answer. */
export interface ChangeSource {
  listChanges(range: ChangeRange): Promise<ChangeSet>;
}

/**
 * Reads the base commit's files (policy, workflows, scripts), never the head's or a work
 * tree's. Throws when it cannot tell; undefined only when the file is known to be absent.
 */
export interface BaseFileReader {
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Paths of the files (not directories) directly inside `dir`; empty when there is none. */
  listFiles(dir: string): Promise<readonly string[]>;
}
