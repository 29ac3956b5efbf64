import { errorBody, userBody } from './bodies.js';
import { exampleOf } from './openapi.js';
import type { Handler } from './router.js';
import { page } from './router.js';
import type { FakePullRequest, FakeRepo } from './scenario.js';

type Json = Record<string, unknown>;

/**
 * One entry of GET /repos/{owner}/{repo}/pulls, from the spec's example (pulls/list,
 * `pull-request-simple`) with the scenario's number, state, author, head and base.
 */
export function listedPullRequestBody(repo: FakeRepo, pr: FakePullRequest): Json {
  const [item] = exampleOf('GET', '/repos/{owner}/{repo}/pulls', 200) as Json[];
  const head = item!['head'] as Json;
  const base = item!['base'] as Json;
  const headRepo = pr.headRepo && { ...(head['repo'] as Json), id: pr.headRepo.id, full_name: pr.headRepo.fullName, name: repo.name };
  return {
    ...item,
    number: pr.number,
    state: pr.state,
    draft: pr.draft,
    user: userBody(pr.author.login, pr.author.type),
    // The spec's example lacks the required requested_teams[].type (see the pull request body).
    requested_teams: [],
    head: { ...head, sha: pr.headSha, ref: pr.headRef, label: `${pr.author.login}:${pr.headRef}`, repo: headRepo },
    base: { ...base, sha: pr.baseSha, ref: pr.baseRef, repo: { ...(base['repo'] as Json), id: repo.id, full_name: repo.fullName, name: repo.name } },
    merge_commit_sha: pr.mergedAs ?? null,
    merged_at: pr.mergedAs === undefined ? null : '2026-01-02T00:00:00Z',
  };
}

/** The repository's pull request list, filtered by `state` (default `open`), oldest first like `sort=created&direction=asc`. */
export const pullListHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    fn: (request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      if (!repo) return { status: 404, body: errorBody('Not Found') };
      const state = request.query.get('state') ?? 'open';
      const listed = [...repo.pulls.values()].filter((pr) => state === 'all' || pr.state === state).sort((a, b) => a.number - b.number);
      return page(request, listed, (pr) => listedPullRequestBody(repo, pr));
    },
  },
];
