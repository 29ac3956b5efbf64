import type { BaseSymlink, ChangeKind, ChangeRange, ChangeSet, ChangeSource, FileChange } from '@ringfence/guard';
import { GitError } from './errors.js';
import { RawDiffParser, decodePath } from './parse-raw-diff.js';
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
    const [baseSha, headSha] = await Promise.all([resolveCommit(this.repo, range.base), resolveCommit(this.repo, range.head)]);
    const mergeBaseSha = await findMergeBase(this.repo, baseSha, headSha);
    // The diff and the base tree's symlinks are independent reads: run them side by side.
    const [changes, baseSymlinks] = await Promise.all([this.diff(mergeBaseSha, headSha).then((records) => this.withSymlinkTargets(headSha, records)), this.listSymlinks(mergeBaseSha)]);
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
    const paths = findSymlinkEntries(result.stdout);
    const targets = await readFilesAtCommit(this.repo, commit, paths);
    return paths.map((path) => ({ path, target: decodeTarget(path, targets.get(path)) }));
  }
}

// Scans `ls-tree -r -z` output in place for symlink entries: a large tree is mostly other
// entries, and turning all of it into strings costs more than git's own listing.
function findSymlinkEntries(listing: Buffer): string[] {
  const paths: string[] = [];
  const marker = Buffer.from(`${SYMLINK} `);
  for (let at = listing.indexOf(marker); at !== -1; at = listing.indexOf(marker, at + 1)) {
    if (at !== 0 && listing[at - 1] !== 0) continue;
    const tab = listing.indexOf(0x09, at);
    const end = listing.indexOf(0, at);
    if (tab === -1 || (end !== -1 && tab > end)) throw new GitError('GIT_OUTPUT_MALFORMED', 'unexpected git ls-tree entry');
    paths.push(decodePath(listing.subarray(tab + 1, end === -1 ? listing.length : end)));
    at = end === -1 ? listing.length : end;
  }
  return paths;
}

function toChange(record: RawDiffRecord, target: Uint8Array | undefined): FileChange {
  const change: { -readonly [K in keyof FileChange]: FileChange[K] } = { kind: KINDS[record.status] ?? 'unknown', path: record.path, oldMode: record.oldMode, newMode: record.newMode };
  if (record.previousPath !== undefined) change.previousPath = record.previousPath;
  if (record.newMode === SYMLINK && record.status !== 'D') change.symlinkTarget = decodeTarget(record.path, target);
  return change;
}

function decodeTarget(path: string, target: Uint8Array | undefined): string {
  if (target === undefined) throw new GitError('GIT_PATH_UNREADABLE', `symlink ${JSON.stringify(path)} has no readable target`);
  return Buffer.from(target).toString('utf8');
}
