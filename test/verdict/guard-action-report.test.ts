import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { Scenario, loadEvent, startFakeGitHub } from '../servers/fake-github/index.js';
import type { FakeGitHub } from '../servers/fake-github/index.js';
import { runAction } from '../support/run-action.js';
import { verdictProblems } from '../support/verdict-schema.js';

/**
 * The guard action's `report` output, from `node dist/guard/main.js` against the loopback
 * GitHub, is the verdict document (with the action's `mode` and `enforced`), allowed and blocked.
 */
const ENTRY = join(process.cwd(), 'dist/guard/main.js');
let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function guardReport(path: string) {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const base = repo.commit({ '.github/workflows/ci.yml': 'on: pull_request\n', 'src/app.ts': 'export {};\n' });
  repo.branch('main', base);
  repo.permission('eve', 'read');
  const head = repo.commitOn(base, { [path]: 'changed\n' });
  repo.pullRequest({ number: 7, base: 'main', head, author: 'eve', commits: [{ sha: head, author: 'eve', committer: 'eve', verified: false, reason: 'unsigned' }], reviews: [] });
  server = await startFakeGitHub({ scenario });
  const payload = loadEvent('pull_request', 'synchronize', { repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } }, pull_request: { number: 7 } });
  const run = await runAction({ entry: ENTRY, inputs: { 'github-token': 'ghs_readtoken0123456789abcdefghijklmnopq' }, event: { name: 'pull_request_target', payload }, env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_REF: 'refs/pull/7/merge' } });
  return { run, report: JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as unknown };
}

describe('guard action report', () => {
  it.each([
    ['allowed', 'src/app.ts', 0],
    ['blocked', '.github/workflows/ci.yml', 1],
  ])('%s: validates against schema/verdict.schema.json', async (outcome, path, exit) => {
    const { run, report } = await guardReport(path);
    expect(run.exitCode).toBe(exit);
    expect(report).toMatchObject({ control: 'guard', outcome, mode: 'enforce', enforced: false });
    expect(verdictProblems(report)).toEqual([]);
  });
});
