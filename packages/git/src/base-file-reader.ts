import type { BaseFileReader } from '@ringfence/guard';
import { GitError } from './errors.js';
import { readFilesAtCommit } from './read-blobs.js';
import { runGit } from './run-git.js';

/** Reads files of one commit through git objects (policy, workflows, scripts). */
export class GitBaseFileReader implements BaseFileReader {
  constructor(
    private readonly repo: string,
    private readonly commit: string,
  ) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    return (await readFilesAtCommit(this.repo, this.commit, [path])).get(path);
  }

  async listFiles(dir: string): Promise<readonly string[]> {
    const prefix = dir.replace(/\/+$/u, '');
    // The root is listed without a pathspec: git refuses "/" as outside the repository.
    const pathspec = prefix === '' ? [] : ['--', `${prefix}/`];
    const result = await runGit(this.repo, ['ls-tree', '-z', '--full-tree', this.commit, ...pathspec]);
    if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `git ls-tree ${prefix} failed: ${result.stderr}`);
    return result.stdout
      .toString('utf8')
      .split('\0')
      .filter((entry) => / blob [0-9a-f]+\t/u.test(entry) || entry.startsWith('120000 '))
      .map((entry) => entry.slice(entry.indexOf('\t') + 1));
  }
}
