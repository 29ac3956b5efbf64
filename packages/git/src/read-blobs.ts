import { GitError } from './errors.js';
import { runGit } from './run-git.js';

/**
 * Reads files of a commit without a checkout, many at once through one
 * `git cat-file --batch`. Absent paths map to undefined; a non-blob object is an error.
 */
export async function readFilesAtCommit(repo: string, commit: string, paths: readonly string[]): Promise<Map<string, Uint8Array | undefined>> {
  const out = new Map<string, Uint8Array | undefined>();
  if (paths.length === 0) return out;
  // One request per line: a path with a newline cannot be named this way, and is refused.
  for (const path of paths) {
    if (path.includes('\n')) throw new GitError('GIT_PATH_UNREADABLE', `cannot read a path containing a newline: ${JSON.stringify(path)}`);
  }
  const input = Buffer.from(paths.map((p) => `${commit}:${p}\n`).join(''), 'utf8');
  const result = await runGit(repo, ['cat-file', '--batch'], { input });
  if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `git cat-file failed: ${result.stderr}`);
  let offset = 0;
  for (const path of paths) {
    const newline = result.stdout.indexOf(0x0a, offset);
    if (newline === -1) throw new GitError('GIT_OUTPUT_MALFORMED', `git cat-file ended before ${JSON.stringify(path)}`);
    const header = result.stdout.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      out.set(path, undefined);
      continue;
    }
    const [, type, size] = header.split(' ');
    if (type !== 'blob') throw new GitError('GIT_PATH_UNREADABLE', `${JSON.stringify(path)} at ${commit} is a ${type ?? 'unknown object'}, not a file`);
    const length = Number(size);
    out.set(path, result.stdout.subarray(offset, offset + length));
    offset += length + 1;
  }
  return out;
}
