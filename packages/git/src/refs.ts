import { GitError } from './errors.js';
import { gitText, runGit } from './run-git.js';

/** The top of the work tree containing `dir`; GIT_NOT_A_REPOSITORY when there is none. */
export async function findRepositoryRoot(dir: string): Promise<string> {
  const result = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (result.exitCode !== 0) throw new GitError('GIT_NOT_A_REPOSITORY', `${dir} is not inside a git repository (run this in a clone, or pass --repo DIR)`);
  return result.stdout.toString('utf8').trim();
}

/** The full commit SHA a ref names; GIT_UNKNOWN_REF with the fix when it names none. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/u.test(sha)) {
    throw new GitError('GIT_UNKNOWN_REF', `unknown ref ${JSON.stringify(ref)}: no commit by that name (fetch it first, e.g. git fetch origin ${ref})`);
  }
  return sha;
}

export async function isShallow(repo: string): Promise<boolean> {
  return (await gitText(repo, ['rev-parse', '--is-shallow-repository'], 'checking for a shallow clone')) === 'true';
}

/**
 * The merge base of two commits. A shallow clone that lacks it is an error that says how
 * to deepen the clone, never a diff against the wrong commit.
 */
export async function findMergeBase(repo: string, base: string, head: string): Promise<string> {
  const result = await runGit(repo, ['merge-base', '--end-of-options', base, head]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode === 0 && sha !== '') return sha;
  if (await isShallow(repo)) {
    throw new GitError('GIT_SHALLOW', 'this is a shallow clone and the merge base is not in it: run `git fetch --unshallow` (or use actions/checkout with fetch-depth: 0)');
  }
  throw new GitError('GIT_NO_MERGE_BASE', `${base} and ${head} have no common history: nothing to compare against`);
}

/**
 * The branch a feature branch is judged against: origin's HEAD, else the first of
 * main/master that exists (remote first).
 */
export async function findDefaultBranch(repo: string): Promise<string> {
  const symbolic = await runGit(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (symbolic.exitCode === 0) return symbolic.stdout.toString('utf8').trim().replace(/^refs\/remotes\//u, '');
  for (const candidate of ['refs/remotes/origin/main', 'refs/remotes/origin/master', 'refs/heads/main', 'refs/heads/master']) {
    const found = await runGit(repo, ['rev-parse', '--verify', '--quiet', candidate]);
    if (found.exitCode === 0) return candidate.replace(/^refs\/(remotes|heads)\//u, '');
  }
  throw new GitError('GIT_NO_DEFAULT_BRANCH', 'no default branch found (no origin/HEAD, main or master): pass --base REF, or run `git remote set-head origin --auto`');
}

/** The current branch name, or undefined on a detached HEAD. */
export async function currentBranch(repo: string): Promise<string | undefined> {
  const result = await runGit(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
