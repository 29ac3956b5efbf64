import { afterEach, describe, expect, test } from '@jest/globals';
import { createDoctorSource, routes } from '@ringfence/github';
import { Scenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { FakeGitHub, Handler } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from './support.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

const FILES = {
  'action.yml': 'name: root\nruns:\n  using: node20\n  main: dist/index.js\n',
  '.github/actions/setup/action.yml': 'name: setup\nruns:\n  using: composite\n  steps: []\n',
  '.github/actions/lint/action.yaml': 'name: lint\nruns:\n  using: composite\n  steps: []\n',
  '.github/actions/both/action.yml': 'name: yml wins\n',
  '.github/actions/both/action.yaml': 'name: yaml loses\n',
  'tools/README.md': 'no action here\n',
  '.github/actions/linked/action.yml': { symlink: '../../../tools/co/action.yml' },
  '.github/actions/aliased': { symlink: 'setup' },
  'vendor/actions': { gitlink: 'd'.repeat(40) },
};

async function source(handlers: Handler[] = []) {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  repo.branch('main', repo.commit(FILES));
  server = await startFakeGitHub({ scenario, handlers });
  return createDoctorSource(clientFor(server));
}

describe("reads of the local actions a repository's workflows use", () => {
  test("each directory's action.yml (else action.yaml) from the branch tip, the root too; anything else has no path and says why", async () => {
    const doctor = await source();
    const found = await doctor.readLocalActions(ACME, 'main', ['.github/actions/setup', '.github/actions/lint', '.github/actions/both', '', 'tools', '.github/actions/gone', 'nowhere/at/all', '.github/actions/linked', '.github/actions/aliased', 'vendor/actions/x', 'tools/README.md']);
    expect(found).toEqual([
      { directory: '.github/actions/setup', path: '.github/actions/setup/action.yml', text: FILES['.github/actions/setup/action.yml'] },
      { directory: '.github/actions/lint', path: '.github/actions/lint/action.yaml', text: FILES['.github/actions/lint/action.yaml'] },
      { directory: '.github/actions/both', path: '.github/actions/both/action.yml', text: 'name: yml wins\n' },
      { directory: '', path: 'action.yml', text: FILES['action.yml'] },
      { directory: 'tools', missing: 'neither action.yml nor action.yaml is there' },
      { directory: '.github/actions/gone', missing: 'the directory does not exist' },
      { directory: 'nowhere/at/all', missing: 'the directory does not exist' },
      // A link's target is not what doctor read, whatever it points at.
      { directory: '.github/actions/linked', missing: 'action.yml is a symbolic link' },
      { directory: '.github/actions/aliased', missing: 'aliased is a symbolic link' },
      { directory: 'vendor/actions/x', missing: 'actions is a submodule' },
      { directory: 'tools/README.md', missing: 'README.md is a file, not a directory' },
    ]);
    // Each tree is read once however many directories pass through it.
    const trees = server!.requests.filter((r) => r.route === routes.GET_GIT_TREE).map((r) => r.path);
    expect(new Set(trees).size).toBe(trees.length);
  });

  test('a truncated tree on the way is GITHUB_PAGINATION_TRUNCATED, never a missing action', async () => {
    const cut: Handler = { method: 'GET', path: '/repos/{owner}/{repo}/git/trees/{tree_sha}', fn: (request) => ({ status: 200, body: { sha: request.params['tree_sha'], url: 'https://api.github.com/x', tree: [], truncated: true } }) };
    const doctor = await source([cut]);
    await expect(doctor.readLocalActions(ACME, 'main', ['.github/actions/setup'])).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED', route: routes.GET_GIT_TREE });
  });
});
