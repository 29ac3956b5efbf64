import { GitError } from './errors.js';
import { decodePath } from './parse-raw-diff.js';
import { runGit } from './run-git.js';

/** The paths git tracks in the index (what a commit of the work tree would hold). */
export async function listTrackedFiles(repo: string): Promise<string[]> {
  const result = await runGit(repo, ['ls-files', '-z', '--full-name']);
  if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `git ls-files failed: ${result.stderr}`);
  const paths: string[] = [];
  let start = 0;
  for (let nul = result.stdout.indexOf(0); nul !== -1; nul = result.stdout.indexOf(0, start)) {
    paths.push(decodePath(result.stdout.subarray(start, nul)));
    start = nul + 1;
  }
  return paths;
}
