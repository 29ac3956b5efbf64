import { diffEntryBody, errorBody, prCommitBody, pullRequestBody, reviewBody } from './bodies.js';
import { listedFilesOf } from './pr-files-model.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import { page } from './router.js';
import type { FakePullRequest, FakeRepo, Scenario } from './scenario.js';

const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };

function pullOf(request: FakeRequest, scenario: Scenario): { repo: FakeRepo; pr: FakePullRequest } | undefined {
  const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
  const pr = repo?.pulls.get(Number(request.params['pull_number']));
  return repo && pr ? { repo, pr } : undefined;
}

/** Pull request reads: metadata, files, commits and reviews (spec: pulls/*). */
export const pullHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    fn: (request, scenario) => {
      const found = pullOf(request, scenario);
      if (!found) return notFound;
      const { repo, pr } = found;
      pr.reads++;
      // A force-push lands between two reads: the head moves after the n-th read.
      for (const move of pr.moves) if (pr.reads > move.afterReads) pr.headSha = move.headSha;
      return { status: 200, body: pullRequestBody(repo, pr, pr.changedFilesOverride ?? listedFilesOf(repo, pr).length) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    fn: (request, scenario) => {
      const found = pullOf(request, scenario);
      if (!found) return notFound;
      // GitHub stops listing at 3000 files whatever changed_files says.
      const files = listedFilesOf(found.repo, found.pr).slice(0, 3000);
      return page(request, files, ({ file, sha }) => diffEntryBody(found.repo, file, sha));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    fn: (request, scenario) => {
      const found = pullOf(request, scenario);
      return found ? page(request, found.pr.commits.slice(0, 250), prCommitBody) : notFound;
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    fn: (request, scenario) => {
      const found = pullOf(request, scenario);
      return found ? page(request, found.pr.reviews, reviewBody) : notFound;
    },
  },
];
