import { RingfenceError } from '@ringfence/core';

export type GitErrorCode =
  | 'GIT_NOT_INSTALLED'
  | 'GIT_NOT_A_REPOSITORY'
  | 'GIT_UNKNOWN_REF'
  | 'GIT_SHALLOW'
  | 'GIT_NO_MERGE_BASE'
  | 'GIT_NO_DEFAULT_BRANCH'
  | 'GIT_PATH_UNREADABLE'
  | 'GIT_OUTPUT_MALFORMED'
  | 'GIT_FAILED';

/** A git operation that could not give a complete, exact answer; always a runtime error. */
export class GitError extends RingfenceError<GitErrorCode> {}
