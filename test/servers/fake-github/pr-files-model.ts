import type { FakeListedFile, FakePullRequest, FakeRepo } from './scenario.js';

/**
 * The files list GitHub computes for a pull request: the diff from the merge base to the
 * head, a deletion and an addition of the same blob paired as a rename, a change of object
 * kind (file, symlink, submodule) as `changed`. Sorted by path.
 */
export function listedFilesOf(repo: FakeRepo, pr: FakePullRequest): { file: FakeListedFile; sha: string | null }[] {
  // Computed once per base and head: every page of a 3000-file list asks again.
  const key = `${pr.baseSha}...${pr.headSha}`;
  const cached = cache.get(pr);
  if (cached?.key === key) return cached.files;
  const files = computeListedFiles(repo, pr);
  cache.set(pr, { key, files });
  return files;
}

type Listed = { file: FakeListedFile; sha: string | null }[];
const cache = new WeakMap<FakePullRequest, { key: string; files: Listed }>();

function computeListedFiles(repo: FakeRepo, pr: FakePullRequest): Listed {
  const head = repo.commits.get(pr.headSha)!;
  if (pr.listedFiles) return pr.listedFiles.map((file) => ({ file, sha: head.files.get(file.filename)?.sha ?? null }));
  const before = repo.commits.get(repo.mergeBase(pr.baseSha, pr.headSha)!)!.files;
  const after = head.files;
  const added = [...after.keys()].filter((p) => !before.has(p));
  const removed = new Set([...before.keys()].filter((p) => !after.has(p)));
  const out: { file: FakeListedFile; sha: string | null }[] = [];
  for (const path of added) {
    const sha = after.get(path)!.sha;
    const source = [...removed].find((p) => before.get(p)!.sha === sha);
    if (source) removed.delete(source);
    out.push({ file: source ? { filename: path, status: 'renamed', previous_filename: source } : { filename: path, status: 'added' }, sha });
  }
  for (const path of removed) out.push({ file: { filename: path, status: 'removed' }, sha: null });
  for (const [path, entry] of after) {
    const old = before.get(path);
    if (!old || (old.sha === entry.sha && old.mode === entry.mode)) continue;
    out.push({ file: { filename: path, status: kindOf(old.mode) === kindOf(entry.mode) ? 'modified' : 'changed' }, sha: entry.sha });
  }
  return out.sort((a, b) => (a.file.filename < b.file.filename ? -1 : 1));
}

function kindOf(mode: string): string {
  return mode === '120000' ? 'symlink' : mode === '160000' ? 'gitlink' : 'file';
}
