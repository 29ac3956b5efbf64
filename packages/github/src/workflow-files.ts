import type { WorkflowFile } from '@ringfence/doctor';
import { readBranchTip } from './branches.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { readBlob, readTree } from './git-objects.js';
import { GET_GIT_TREE } from './routes.js';
import type { RepoRef } from './types.js';

const WORKFLOW_FILE = /\.ya?ml$/iu;

/**
 * The workflow files (`.github/workflows/*.yml|yaml`) at a branch's tip, read tree by tree
 * from one commit so every file comes from the same moment. A cut listing is an error.
 */
export async function listWorkflowFiles(client: GitHubClient, repo: RepoRef, branch: string): Promise<WorkflowFile[]> {
  const commit = await readBranchTip(client, repo, branch);
  const github = await subtree(client, repo, commit, '.github');
  const workflows = github && (await subtree(client, repo, github, 'workflows'));
  if (!workflows) return [];
  const tree = await readTree(client, repo, workflows, false);
  if (tree.truncated) throw truncated(repo, '.github/workflows');
  const files = tree.entries.filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') && WORKFLOW_FILE.test(e.path));
  const texts = await Promise.all(files.map((e) => readBlob(client, repo, e.sha, `.github/workflows/${e.path}`)));
  return files.map((e, i) => ({ path: `.github/workflows/${e.path}`, text: Buffer.from(texts[i]!).toString('utf8') }));
}

// The tree SHA of one directory inside a tree, or undefined when there is none.
async function subtree(client: GitHubClient, repo: RepoRef, treeish: string, name: string): Promise<string | undefined> {
  const tree = await readTree(client, repo, treeish, false);
  if (tree.truncated) throw truncated(repo, name);
  return tree.entries.find((e) => e.path === name && e.type === 'tree')?.sha;
}

function truncated(repo: RepoRef, where: string): GitHubError {
  const operation = `workflow files of ${repo.owner}/${repo.repo}`;
  return new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${GET_GIT_TREE}): expected the whole listing of ${where}, found it truncated`, { route: GET_GIT_TREE, operation });
}
