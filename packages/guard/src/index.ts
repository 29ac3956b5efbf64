export { FileMode } from './changes.js';
export type { ChangeKind, FileChange, BaseSymlink, ChangeSet, ChangeRange } from './changes.js';
export type { ChangeSource, BaseFileReader } from './ports.js';
