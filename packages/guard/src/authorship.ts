/** One commit of the change, as GitHub reports it. */
export interface CommitFact {
  readonly sha: string;
  /** The GitHub account GitHub linked to the git author, when it could. */
  readonly authorLogin: string | undefined;
  readonly committerLogin: string | undefined;
  /** GitHub verified the commit's signature. */
  readonly verified: boolean;
  /** GitHub's reason for the verification state; only `valid` is a verified signature. */
  readonly verificationReason?: string;
}

export interface Authorship {
  /** True when the change may be treated as written by its (maintainer) author alone. */
  readonly soleMaintainerWork: boolean;
  /** Why not, in words, when not. */
  readonly reason: string | undefined;
  /** Everyone who wrote or committed a commit: none of them may approve the change. */
  readonly contributors: readonly string[];
}

// GitHub's account for commits it creates itself (web edits, merges from the UI).
const WEB_FLOW = 'web-flow';

/**
 * Git author and committer fields are free text, so they are never evidence of trust. A
 * change counts as its maintainer author's own work only when every commit is signature-
 * verified by GitHub (which proves the committer) and both its author and its committer
 * are maintainers (commits GitHub made itself, such as web edits and UI merges, count when
 * their author is a maintainer). Anything else makes
 * the change need approval like any external change.
 */
export function assessAuthorship(commits: readonly CommitFact[], isMaintainer: (login: string) => boolean): Authorship {
  const contributors = [...new Set(commits.flatMap((c) => [c.authorLogin, c.committerLogin]).filter((l): l is string => l !== undefined && l !== WEB_FLOW))];
  if (commits.length === 0) return { soleMaintainerWork: false, reason: 'the change has no commits to verify', contributors };
  for (const commit of commits) {
    const sha = commit.sha.slice(0, 12);
    if (!commit.verified || (commit.verificationReason !== undefined && commit.verificationReason !== 'valid')) return { soleMaintainerWork: false, reason: `commit ${sha} is not signature-verified by GitHub`, contributors };
    if (commit.authorLogin === undefined || !isMaintainer(commit.authorLogin)) {
      return { soleMaintainerWork: false, reason: `commit ${sha} was authored by ${commit.authorLogin ?? 'an account GitHub could not link'}, who is not a maintainer`, contributors };
    }
    // A verified signature proves the committer, not the author (whose email is free text).
    const committer = commit.committerLogin;
    if (committer === undefined || (committer !== WEB_FLOW && !isMaintainer(committer))) {
      return { soleMaintainerWork: false, reason: `commit ${sha} was committed (and signed) by ${committer ?? 'an account GitHub could not link'}, who is not a maintainer`, contributors };
    }
  }
  return { soleMaintainerWork: true, reason: undefined, contributors };
}
