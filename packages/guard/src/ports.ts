import type { ChangeRange, ChangeSet } from './changes.js';

/** Lists every change of a range, completely, or throws: never a partial answer. */
export interface ChangeSource {
  listChanges(range: ChangeRange): Promise<ChangeSet>;
}

/** Reads files of the base commit (policy, workflows, scripts); undefined when absent. */
export interface BaseFileReader {
  readFile(path: string): Promise<Uint8Array | undefined>;
}
