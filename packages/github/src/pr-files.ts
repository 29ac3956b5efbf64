import type { GitHubClient } from './client.js';
import { listKnownTotal } from './paginate.js';
import { LIST_PR_FILES } from './routes.js';
import type { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/** GitHub lists at most this many files of a pull request (docs: pulls/list-files). */
export const MAX_LISTED_FILES = 3000;

/** One entry of the pull request files list, as GitHub names it. */
export interface ListedFile {
  readonly filename: string;
  readonly status: string;
  readonly previousFilename: string | undefined;
}

/**
 * Lists a pull request's files, all pages at once since `changed_files` gives the total, and
 * checks the count. Throws GITHUB_PAGINATION_TRUNCATED on any mismatch; the change source
 * catches it and switches to the tree diff.
 */
export function listPullRequestFiles(client: GitHubClient, repo: RepoRef, pullNumber: number, changedFiles: number): Promise<ListedFile[]> {
  const operation = `files of pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
  return listKnownTotal({ client, route: LIST_PR_FILES, params: { ...repo, pull_number: pullNumber }, operation, parse: parseFile, keyOf: (f) => f.filename }, changedFiles);
}

function parseFile(item: Shape): ListedFile {
  return { filename: item.string('filename'), status: item.string('status'), previousFilename: item.optionalString('previous_filename') };
}
