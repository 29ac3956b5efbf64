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

async function source(build: (scenario: Scenario) => void = () => undefined, handlers: Handler[] = []) {
  const scenario = new Scenario();
  scenario.settings.organization('acme');
  build(scenario);
  server = await startFakeGitHub({ scenario, handlers });
  return createDoctorSource(clientFor(server));
}

const secretItem = (name: string) => ({ name, created_at: '2019-08-10T14:59:22Z', updated_at: '2020-01-10T14:59:22Z' });

describe("reads of where the guard App's key is kept", () => {
  test('the environment with its one default-branch policy; a missing environment is undefined, not an error', async () => {
    const doctor = await source((s) => s.settings.repo('acme', 'app'));
    expect(await doctor.readEnvironment(ACME, 'ringfence-guard')).toEqual({ branchPolicy: { protectedBranches: false, customBranchPolicies: true }, customPolicies: [{ name: 'main', type: 'branch' }] });
    expect(await doctor.readEnvironment(ACME, 'staging')).toBeUndefined();
  });

  test('an environment every branch deploys to has no policy to list, and none is asked for', async () => {
    const doctor = await source((s) => (s.settings.repo('acme', 'app').environments.get('ringfence-guard')!.deploymentBranchPolicy = null));
    expect(await doctor.readEnvironment(ACME, 'ringfence-guard')).toEqual({ branchPolicy: null, customPolicies: [] });
    expect(server!.requests.filter((r) => r.route === routes.LIST_DEPLOYMENT_BRANCH_POLICIES)).toEqual([]);
  });

  test("secret names of the repository (every page) and of the organisation's secrets it can read", async () => {
    const doctor = await source((s) => {
      s.settings.repo('acme', 'app').secretNames.push(...Array.from({ length: 130 }, (_, i) => `S${i}`));
      s.settings.organizations.get('acme')!.secrets.push(
        { name: 'RINGFENCE_GUARD_APP_KEY', visibility: 'selected', repositories: ['app'] },
        { name: 'PRIVATE_ONLY', visibility: 'private' },
        { name: 'OTHERS_ONLY', visibility: 'selected', repositories: ['web'] },
        { name: 'EVERYONE', visibility: 'all' },
      );
    });
    const names = await doctor.listRepositorySecretNames(ACME);
    expect([names.length, names.at(-1)]).toEqual([130, 'S129']);
    expect(await doctor.listSharedOrganizationSecretNames(ACME)).toEqual(['RINGFENCE_GUARD_APP_KEY', 'EVERYONE']);
    expect(await doctor.listOrganizationSecretNames('acme')).toEqual(['RINGFENCE_GUARD_APP_KEY', 'PRIVATE_ONLY', 'OTHERS_ONLY', 'EVERYONE']);
  });

  // A secret missed on a lost page would pass for absent.
  test.each([
    ['a page shorter than total_count says', (page: number) => ({ total_count: 2, secrets: page === 1 ? [secretItem('A')] : [] })],
    ['a total_count that moves between pages', (page: number) => ({ total_count: page === 1 ? 101 : 102, secrets: page === 1 ? Array.from({ length: 100 }, (_, i) => secretItem(`S${i}`)) : [secretItem('X')] })],
    ['more secrets than total_count says', () => ({ total_count: 1, secrets: [secretItem('A'), secretItem('RINGFENCE_GUARD_APP_KEY')] })],
  ])('%s is GITHUB_PAGINATION_TRUNCATED, never a shorter list', async (_name, answer) => {
    const lying = (path: string): Handler => ({ method: 'GET', path, fn: (request) => ({ status: 200, body: answer(Number(request.query.get('page') ?? 1)) }) });
    const doctor = await source((s) => s.settings.repo('acme', 'app'), [lying('/repos/{owner}/{repo}/actions/secrets'), lying('/repos/{owner}/{repo}/actions/organization-secrets')]);
    await expect(doctor.listRepositorySecretNames(ACME)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED', route: routes.LIST_REPO_SECRETS });
    await expect(doctor.listSharedOrganizationSecretNames(ACME)).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED', route: routes.LIST_REPO_ORG_SECRETS });
  });
});
