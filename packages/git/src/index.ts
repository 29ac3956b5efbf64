export { GitError } from './errors.js';
export type { GitErrorCode } from './errors.js';
export { runGit } from './run-git.js';
export { findRepositoryRoot, resolveCommit, findMergeBase, findDefaultBranch, currentBranch, isShallow } from './refs.js';
export { readFilesAtCommit } from './read-blobs.js';
export { RawDiffParser } from './parse-raw-diff.js';
export type { RawDiffRecord } from './parse-raw-diff.js';
export { GitChangeSource } from './list-changes.js';
export { GitBaseFileReader } from './base-file-reader.js';
