import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { LIST_CHECK_RUNS_FOR_REF } from './routes.js';
import { Shape } from './shape.js';
import type { CheckRunInfo, RepoRef } from './types.js';

const PER_PAGE = 100;
/** GitHub lists check runs of at most the 1000 latest check suites of a ref; 10 pages hold them. */
const MAX_PAGES = 10;

/**
 * Every check run of `name` on a commit, from every App, all pages (spec: checks/list-for-ref
 * with `filter=all`). The caller filters by App id: asking GitHub to (`app_id`) would hide
 * the impostors worth reporting. The pages must add up to `total_count`.
 */
export async function listCheckRunsOfRef(client: GitHubClient, repo: RepoRef, ref: string, name: string): Promise<CheckRunInfo[]> {
  const operation = `check runs "${name}" of ${ref} in ${repo.owner}/${repo.repo}`;
  const runs: CheckRunInfo[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await callApi(client, LIST_CHECK_RUNS_FOR_REF, { ...repo, ref, check_name: name, filter: 'all', per_page: PER_PAGE, page }, `${operation} (page ${page})`);
    const body = Shape.of(response.data, { route: LIST_CHECK_RUNS_FOR_REF, operation });
    total = body.integer('total_count');
    runs.push(...body.array('check_runs').map(parseCheckRun));
    if (runs.length >= total || body.array('check_runs').length < PER_PAGE) break;
  }
  if (runs.length !== total || new Set(runs.map((r) => r.id)).size !== runs.length) {
    throw new GitHubError('GITHUB_PAGINATION_TRUNCATED', `${operation} (${LIST_CHECK_RUNS_FOR_REF}): expected ${total} distinct check runs, found ${runs.length}`, { route: LIST_CHECK_RUNS_FOR_REF, operation });
  }
  return runs;
}

function parseCheckRun(item: Shape): CheckRunInfo {
  return {
    id: item.integer('id'),
    name: item.string('name'),
    // app is nullable in the description: no App, no trust.
    appId: item.optionalObject('app')?.integer('id'),
    headSha: item.string('head_sha'),
    status: item.string('status'),
    conclusion: item.optionalString('conclusion'),
    completedAt: item.optionalString('completed_at'),
    text: item.object('output').optionalString('text'),
  };
}
