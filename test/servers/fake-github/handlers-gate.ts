import { errorBody } from './bodies.js';
import { exampleOf } from './openapi.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import { page } from './router.js';
import type { FakeCheckRun, FakeRepo, FakeRuleSuite, Scenario } from './scenario.js';

/*
 * What the provenance gate reads besides compare and pull requests: check runs of a commit
 * (spec: checks/list-for-ref) and rule suites (spec: repos/get-repo-rule-suites). Bodies
 * start from the documented examples, patched with scenario data.
 */
type Json = Record<string, unknown>;
const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };

function repoOf(request: FakeRequest, scenario: Scenario): FakeRepo | undefined {
  return scenario.findRepo(request.params['owner']!, request.params['repo']!);
}

// The runs posted to the fake (create, then annotation updates under the same id) as listed runs.
function postedRuns(repo: FakeRepo): FakeCheckRun[] {
  const created = new Map<number, Json>();
  for (const { id, body } of repo.checkRuns) if (!created.has(id)) created.set(id, body as Json);
  return [...created].map(([id, body]) => {
    const output = (body['output'] ?? {}) as Json;
    return { id, name: String(body['name']), headSha: String(body['head_sha']), appId: repo.postingAppId, status: 'completed', conclusion: (body['conclusion'] as FakeCheckRun['conclusion']) ?? null, text: typeof output['text'] === 'string' ? output['text'] : null };
  });
}

function checkRunBody(repo: FakeRepo, run: FakeCheckRun): Json {
  const example = exampleOf('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', 200) as { check_runs: Json[] };
  const item = example.check_runs[0]!;
  const output = item['output'] as Json;
  return {
    ...item,
    id: run.id,
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    completed_at: run.status === 'completed' ? (run.completedAt ?? item['completed_at']) : null,
    url: `https://api.github.com/repos/${repo.fullName}/check-runs/${run.id}`,
    output: { ...output, text: run.text },
    app: { ...(item['app'] as Json), id: run.appId, slug: `app-${run.appId}` },
  };
}

function ruleSuiteBody(repo: FakeRepo, suite: FakeRuleSuite): Json {
  const [item] = exampleOf('GET', '/repos/{owner}/{repo}/rulesets/rule-suites', 200) as Json[];
  return { ...item, id: suite.id, ref: suite.ref, after_sha: suite.afterSha, result: suite.result, actor_name: suite.actorName, repository_id: repo.id, repository_name: repo.name, evaluation_result: suite.result };
}

export const gateHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      if (!repo) return notFound;
      const ref = request.params['ref']!;
      const sha = repo.branches.get(ref) ?? ref;
      const name = request.query.get('check_name');
      const appId = request.query.get('app_id');
      const runs = [...repo.seededCheckRuns, ...postedRuns(repo)].filter((r) => r.headSha === sha && (name === null || r.name === name) && (appId === null || String(r.appId) === appId));
      const listed = page(request, runs, (run) => checkRunBody(repo, run));
      return { ...listed, body: { total_count: runs.length, check_runs: listed.body } };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/rulesets/rule-suites',
    fn: (request, scenario) => {
      const repo = repoOf(request, scenario);
      if (!repo) return notFound;
      const ref = request.query.get('ref');
      const result = request.query.get('rule_suite_result') ?? 'all';
      const suites = repo.ruleSuites.filter((s) => (ref === null || s.ref === ref) && (result === 'all' || s.result === result));
      return page(request, suites, (suite) => ruleSuiteBody(repo, suite));
    },
  },
];
