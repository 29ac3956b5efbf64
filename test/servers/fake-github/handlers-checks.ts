import { checkRunBody, errorBody, statusBody } from './bodies.js';
import type { FakeResponse, Handler } from './router.js';

const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };
type Json = Record<string, unknown>;

/** Writes: check runs and commit statuses, recorded on the repository (spec: checks/runs, repos/statuses). */
export const checkHandlers: readonly Handler[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/check-runs',
    fn: (request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      if (!repo) return notFound;
      const id = 5000 + repo.checkRuns.length;
      repo.checkRuns.push({ id, body: request.body });
      return { status: 201, body: checkRunBody(id, request.body as Json) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    fn: (request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      const id = Number(request.params['check_run_id']);
      const run = repo?.checkRuns.find((r) => r.id === id);
      if (!repo || !run) return notFound;
      repo.checkRuns.push({ id, body: request.body });
      return { status: 200, body: checkRunBody(id, run.body as Json) };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/statuses/{sha}',
    fn: (request, scenario) => {
      const repo = scenario.findRepo(request.params['owner']!, request.params['repo']!);
      if (!repo) return notFound;
      repo.statuses.push({ sha: request.params['sha']!, body: request.body });
      return { status: 201, body: statusBody(request.body as Json) };
    },
  },
];
