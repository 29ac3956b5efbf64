import type { BaseSymlink, ChangeKind, ChangeRange, ChangeSet, ChangeSource, FileChange } from '@ringfence/guard';
import { GitError } from './errors.js';
import { RawDiffParser } from './parse-raw-diff.js';
import type { RawDiffRecord } from './parse-raw-diff.js';
import { readFilesAtCommit } from './read-blobs.js';
import { findMergeBase, resolveCommit } from './refs.js';
import { runGit } from './run-git.js';

const SYMLINK = '120000';
const KINDS: Record<string, ChangeKind> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed' };

/**
 * Local mode's ChangeSource: the changes from the merge base of base..head to head, read
 * from git objects only (no checkout), with symlink targets and the base tree's symlinks.
 */
export class GitChangeSource implements ChangeSource {
  constructor(private readonly repo: string) {}

  async listChanges(range: ChangeRange): Promise<ChangeSet> {
    const baseSha = await resolveCommit(this.repo, range.base);
    const headSha = await resolveCommit(this.repo, range.head);
    const mergeBaseSha = await findMergeBase(this.repo, baseSha, headSha);
    const records = await this.diff(mergeBaseSha, headSha);
    const changes = await this.withSymlinkTargets(headSha, records);
    const baseSymlinks = await this.listSymlinks(mergeBaseSha);
    return { baseSha, headSha, mergeBaseSha, changes, baseSymlinks };
  }

  private async diff(from: string, to: string): Promise<RawDiffRecord[]> {
    const records: RawDiffRecord[] = [];
    const parser = new RawDiffParser((record) => records.push(record));
    let parseError: Error | undefined;
    const result = await runGit(this.repo, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--no-color', '--ignore-submodules=none', from, to, '--'], {
      onStdout: (chunk) => {
        if (parseError) return;
        try {
          parser.push(chunk);
        } catch (error) {
          parseError = error as Error;
        }
      },
    });
    if (parseError) throw parseError;
    if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `git diff ${from} ${to} failed: ${result.stderr}`);
    parser.end();
    return records;
  }

  private async withSymlinkTargets(headSha: string, records: readonly RawDiffRecord[]): Promise<FileChange[]> {
    const linkPaths = records.filter((r) => r.newMode === SYMLINK && r.status !== 'D').map((r) => r.path);
    const targets = await readFilesAtCommit(this.repo, headSha, linkPaths);
    return records.map((record) => toChange(record, targets.get(record.path)));
  }

  private async listSymlinks(commit: string): Promise<BaseSymlink[]> {
    const result = await runGit(this.repo, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `git ls-tree ${commit} failed: ${result.stderr}`);
    const paths: string[] = [];
    for (const entry of result.stdout.toString('utf8').split('\0')) {
      if (!entry.startsWith(`${SYMLINK} `)) continue;
      const tab = entry.indexOf('\t');
      if (tab === -1) throw new GitError('GIT_OUTPUT_MALFORMED', `unexpected git ls-tree entry ${JSON.stringify(entry)}`);
      paths.push(entry.slice(tab + 1));
    }
    const targets = await readFilesAtCommit(this.repo, commit, paths);
    return paths.map((path) => ({ path, target: decodeTarget(path, targets.get(path)) }));
  }
}

function toChange(record: RawDiffRecord, target: Uint8Array | undefined): FileChange {
  const kind = KINDS[record.status] ?? 'unknown';
  const base: FileChange = { kind, path: record.path, oldMode: record.oldMode, newMode: record.newMode, ...(record.previousPath !== undefined ? { previousPath: record.previousPath } : {}) };
  if (record.newMode !== SYMLINK || record.status === 'D') return base;
  return { ...base, symlinkTarget: decodeTarget(record.path, target) };
}

function decodeTarget(path: string, target: Uint8Array | undefined): string {
  if (target === undefined) throw new GitError('GIT_PATH_UNREADABLE', `symlink ${JSON.stringify(path)} has no readable target`);
  return Buffer.from(target).toString('utf8');
}
