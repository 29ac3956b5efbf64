import type { ChangeSet } from '@ringfence/guard';
import type { GitHubClient } from './client.js';
import { readMergeBase } from './compare.js';
import { GitHubError } from './errors.js';
import { readTree } from './git-objects.js';
import { changesFromList } from './listed-changes.js';
import { MAX_LISTED_FILES, listPullRequestFiles } from './pr-files.js';
import type { ListedFile } from './pr-files.js';
import { readPullRequest } from './pull-request.js';
import { GET_GIT_TREE } from './routes.js';
import { listBaseSymlinks, withSymlinkTargets } from './symlinks.js';
import { diffTrees, indexTree } from './tree-diff.js';
import type { TreeIndex } from './tree-diff.js';
import type { PullRequest, RepoRef } from './types.js';

/** One read of a pull request's changes, and the pull request as read again after its files. */
export interface Snapshot {
  readonly changeSet: ChangeSet;
  readonly after: PullRequest;
  /** Where the changes came from: the files list (with tree modes) or the tree diff alone. */
  readonly source: 'files-list' | 'tree-diff';
}

/**
 * Reads everything `pr` (as read just before) changes. Independent reads run at once:
 * the file pages, the merge base and the head tree; then the merge base's tree, and the
 * pull request again once its files are in. Trees are by SHA, so they cannot move.
 */
export async function readSnapshot(client: GitHubClient, repo: RepoRef, pr: PullRequest, baseTip?: string): Promise<Snapshot> {
  // Changes are measured from the current tip of the base branch when the caller knows it:
  // the pull request's own base.sha is refreshed only by a push to its head, and a diff from
  // a stale base can hide a change that reverts what the base has since gained.
  const baseSha = baseTip ?? pr.base.sha;
  // The merge base is on the critical path (its tree waits for it): it is asked first.
  const mergeBaseSha = readMergeBase(client, repo, baseSha, pr.head.sha);
  const headTree = readCompleteTree(client, repo, pr.head.sha);
  const listed = pr.changedFiles > MAX_LISTED_FILES ? Promise.resolve(undefined) : listPullRequestFiles(client, repo, pr.number, pr.changedFiles).catch(unlessTruncated);
  const after = listed.then(() => readPullRequest(client, repo, pr.number));
  const mergeBaseTree = mergeBaseSha.then((sha) => readCompleteTree(client, repo, sha));
  const baseTree = mergeBaseSha.then((sha) => (sha === baseSha ? mergeBaseTree : readCompleteTree(client, repo, baseSha)));
  const [files, head, before, base, afterPr, mergeBase] = await Promise.all([listed, headTree, mergeBaseTree, baseTree, after, mergeBaseSha]);
  const diff = diffTrees(before, head);
  const fromList = files && changesFromList(files, diff, before, head);
  const [changes, baseSymlinks] = await Promise.all([withSymlinkTargets(client, repo, fromList ?? diff, head), listBaseSymlinks(client, repo, base === before ? [before] : [before, base])]);
  return { changeSet: { baseSha, headSha: pr.head.sha, mergeBaseSha: mergeBase, changes, baseSymlinks }, after: afterPr, source: fromList ? 'files-list' : 'tree-diff' };
}

// A files list that does not add up is not fatal: the tree diff is the complete source.
function unlessTruncated(error: unknown): ListedFile[] | undefined {
  if (error instanceof GitHubError && error.code === 'GITHUB_PAGINATION_TRUNCATED') return undefined;
  throw error;
}

async function readCompleteTree(client: GitHubClient, repo: RepoRef, sha: string): Promise<TreeIndex> {
  const tree = await readTree(client, repo, sha, true);
  if (tree.truncated) {
    const operation = `recursive git tree of ${sha} in ${repo.owner}/${repo.repo}`;
    throw new GitHubError('GITHUB_CHANGESET_INCOMPLETE', `${operation} (${GET_GIT_TREE}): expected a complete tree, found truncated: true (over 100,000 entries or 7 MB); the change set cannot be listed completely through the API`, { route: GET_GIT_TREE, operation });
  }
  return indexTree(tree.entries);
}
