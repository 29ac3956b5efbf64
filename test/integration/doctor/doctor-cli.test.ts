import { afterEach, describe, expect, it } from '@jest/globals';
import { routes } from '@ringfence/github';
import { createDoctorCommand } from '../../../packages/cli/src/commands/doctor.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { runCli } from '../../../packages/cli/src/run-cli.js';
import type { Fault, FakeGitHub, FakeOrganizationSecret } from '../../servers/fake-github/index.js';
import { hasOperation, startFakeGitHub } from '../../servers/fake-github/index.js';
import { CALLER, CALLER_PATH, DoctorWorld, GUARD_APP, ORG, SHA, guardRuleset } from './world.js';

const TOKEN = 'ghs_doctorTOKEN0123456789abcdefghijklmnop';
let server: FakeGitHub | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  await running?.close();
  running?.assertNoSchemaViolations();
});

function capture(): Io & { stdout: string; stderr: string } {
  const io = { cwd: process.cwd(), stdout: '', stderr: '', out: (t: string) => void (io.stdout += `${t}\n`), err: (t: string) => void (io.stderr += `${t}\n`) };
  return io;
}

// Runs doctor against the world's fake with quick retries; returns exit code, output and the JSON report.
async function doctor(world: DoctorWorld, args: string[], faults: Fault[] = []): Promise<{ code: number; text: string; json: any; stderr: string }> {
  server = await startFakeGitHub({ scenario: world.scenario, faults });
  const command = createDoctorCommand({ env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url }, client: { retries: 1, retryDelayMs: 1, timeoutMs: 2000 } });
  const text = capture();
  const code = await command(args, text);
  const json = capture();
  expect(await command([...args, '--json'], json)).toBe(code);
  expect(`${text.stdout}${text.stderr}${json.stdout}${json.stderr}`).not.toContain(TOKEN);
  return { code, text: text.stdout, json: json.stdout ? JSON.parse(json.stdout) : undefined, stderr: text.stderr };
}

const one = (name: string) => ['--repository', `${ORG}/${name}`, '--guard-app-id', String(GUARD_APP)];
const codesOf = (json: any) => (json.findings as { code: string; file?: string; line?: number }[]).map((f) => (f.file ? `${f.code} ${f.file}:${f.line}` : f.code));

describe('ringfence doctor against the fake GitHub', () => {
  it('reads only routes of the OpenAPI description', () => {
    expect(routes.DOCTOR_ROUTES.filter((route) => !hasOperation(route.split(' ')[0]!, route.split(' ')[1]!))).toEqual([]);
  });

  it('passes a repository configured as ringfence init and docs/adoption.md say (exit 0)', async () => {
    const world = new DoctorWorld();
    world.repository('app');
    const { code, text, json } = await doctor(world, one('app'));
    expect(code).toBe(0);
    expect(text).toContain('acme/app (default branch main): OK, no findings');
    expect(json).toMatchObject({ version: 1, repository: 'acme/app', defaultBranch: 'main', outcome: 'ok', findings: [] });
  });

  it('reports a repository whose guard is not required (exit 1), with the fix', async () => {
    const world = new DoctorWorld();
    world.repository('app').rulesets.length = 0;
    const { code, text, json } = await doctor(world, one('app'));
    expect(code).toBe(1);
    expect(codesOf(json)).toEqual(['GUARD_NOT_REQUIRED']);
    expect(text).toContain('error GUARD_NOT_REQUIRED: no active rule requires the check "ringfence/guard" on main; legacy branch protection answered 404: it is absent, or the token may not read it');
    expect(text).toContain('fix: apply the ruleset `ringfence init --app-id 424242` prints');
  });

  const settingRows: [string, (s: ReturnType<DoctorWorld['repository']>) => void, string[]][] = [
    ['the guard check required without an app id', (s) => (s.rulesets[0] = guardRuleset({ requiredChecks: [{ context: 'ringfence/guard' }] })), ['GUARD_CHECK_WITHOUT_APP']],
    ['the guard check required from GitHub Actions', (s) => (s.rulesets[0] = guardRuleset({ requiredChecks: [{ context: 'ringfence/guard', integration_id: 15368 }] })), ['GUARD_CHECK_ACTIONS_APP']],
    ['the only guard ruleset in evaluate mode', (s) => (s.rulesets[0] = guardRuleset({ enforcement: 'evaluate' })), ['GUARD_NOT_REQUIRED', 'RULESET_NOT_ENFORCED']],
    ['an evaluate-mode ruleset beside the active one', (s) => s.rulesets.push(guardRuleset({ id: 8, name: 'stricter trial', enforcement: 'evaluate', sourceType: 'Organization' })), ['RULESET_NOT_ENFORCED']],
    ['the guard ruleset on the default branch only', (s) => (s.rulesets[0] = guardRuleset({ include: ['~DEFAULT_BRANCH'] })), ['GUARD_RULESET_NOT_ALL_BRANCHES']],
    ['bypass actors listed', (s) => (s.rulesets[0] = guardRuleset({ bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }] })), ['BYPASS_ACTORS']],
    ['bypass actors withheld by GitHub', (s) => (s.rulesets[0] = guardRuleset({ bypassActors: 'hidden' })), ['BYPASS_ACTORS_UNREADABLE']],
    ['a write default workflow token', (s) => (s.defaultWorkflowPermissions = 'write'), ['DEFAULT_TOKEN_WRITE']],
    ['Actions able to approve pull requests', (s) => (s.canApprovePullRequestReviews = true), ['ACTIONS_CAN_APPROVE']],
    ['fork runs approved only for first-time contributors', (s) => (s.approvalPolicy = 'first_time_contributors'), ['FORK_RUNS_WITHOUT_APPROVAL']],
    ['a private repository running fork workflows without approval', (s) => ((s.visibility = 'private'), (s.privateForks.require_approval_for_fork_pr_workflows = false)), ['FORK_RUNS_WITHOUT_APPROVAL']],
    ['the guard App key as a repository secret', (s) => s.secretNames.push('NPM_TOKEN', 'RINGFENCE_GUARD_APP_KEY'), ['GUARD_KEY_REPOSITORY_SECRET']],
    ['no guard environment', (s) => s.environments.clear(), ['GUARD_ENVIRONMENT_MISSING']],
    ['a guard environment every branch may deploy to', (s) => (s.environments.get('ringfence-guard')!.deploymentBranchPolicy = null), ['GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH']],
    ['a guard environment open to release/* as well', (s) => s.environments.get('ringfence-guard')!.branchPolicies.push({ name: 'release/*', type: 'branch' }), ['GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH']],
  ];

  // Shared with this repository or not, the key is an error: it mints tokens for every installation of the App.
  const orgSecretRows: [string, 'public' | 'private', FakeOrganizationSecret, boolean][] = [
    ['shared with all repositories', 'public', { name: 'RINGFENCE_GUARD_APP_KEY', visibility: 'all' }, true],
    ['shared with private repositories, read by a private one', 'private', { name: 'ringfence_guard_app_key', visibility: 'private' }, true],
    ['shared with this repository among selected ones', 'public', { name: 'RINGFENCE_GUARD_APP_KEY', visibility: 'selected', repositories: ['web', 'app'] }, true],
    ['shared with private repositories, not read by a public one', 'public', { name: 'RINGFENCE_GUARD_APP_KEY', visibility: 'private' }, false],
    ['shared with selected repositories only, not this one', 'public', { name: 'RINGFENCE_GUARD_APP_KEY', visibility: 'selected', repositories: ['web'] }, false],
  ];

  it.each(orgSecretRows)('an organisation secret holding the guard App key %s is GUARD_KEY_ORG_SECRET', async (_name, visibility, secret, sharedHere) => {
    const world = new DoctorWorld();
    world.repository('app').visibility = visibility;
    const org = world.scenario.settings.organizations.get(ORG)!;
    org.secrets.push({ name: 'DEPLOY_TOKEN', visibility: 'all' }, secret);
    const { code, json, text } = await doctor(world, one('app'));
    expect([code, codesOf(json)]).toEqual([1, ['GUARD_KEY_ORG_SECRET']]);
    expect(text).toContain(sharedHere ? `is an organisation secret of ${ORG} shared with ${ORG}/app` : `mints tokens for every installation of the App, ${ORG}/app's included`);
    // Without an organisation admin's token only the copy shared with this repository is seen.
    await server?.close();
    server = undefined;
    org.secretsHidden = true;
    const hidden = await doctor(world, [...one('app'), '--allow-warnings']);
    expect(codesOf(hidden.json)).toEqual(sharedHere ? ['GUARD_KEY_ORG_SECRET'] : ['GUARD_KEY_ORG_SECRETS_UNREADABLE']);
    expect(hidden.code).toBe(sharedHere ? 1 : 0);
  });

  it("follows a pull_request_target workflow into the local composite action it uses: the action's checkout of the head is found in action.yml", async () => {
    const world = new DoctorWorld();
    const labeler = `on:\n  pull_request_target:\npermissions: {}\njobs:\n  label:\n    runs-on: ubuntu-latest\n    permissions: { contents: read }\n    steps:\n      - uses: ./.github/actions/prepare\n`;
    const prepare = `name: prepare\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@${SHA}\n      with:\n        ref: \${{ github.event.pull_request.head.sha }}\n`;
    world.repository('app', { [CALLER_PATH]: CALLER, '.github/workflows/label.yml': labeler, '.github/actions/prepare/action.yml': prepare });
    const { code, json, text } = await doctor(world, one('app'));
    expect([code, codesOf(json)]).toEqual([1, ['PULL_REQUEST_TARGET_CHECKS_OUT_HEAD .github/actions/prepare/action.yml:7']]);
    expect(json.findings[0].column).toBe(14);
    expect(text).toContain('step 1 of the action ./.github/actions/prepare (used by job "label" step 1 of .github/workflows/label.yml)');
  });

  it('reads every page of a long secret list: the key on page 2 is found', async () => {
    const world = new DoctorWorld();
    world.repository('app').secretNames.push(...Array.from({ length: 100 }, (_, i) => `S${i}`), 'RINGFENCE_GUARD_APP_KEY');
    expect(codesOf((await doctor(world, one('app'))).json)).toEqual(['GUARD_KEY_REPOSITORY_SECRET']);
  });

  it('without --guard-app-id, a guard check pinned to some App fails (exit 1), asking for the id', async () => {
    const world = new DoctorWorld();
    world.repository('app');
    const { code, json } = await doctor(world, ['--repository', `${ORG}/app`]);
    expect([code, json.outcome, codesOf(json)]).toEqual([1, 'failed', ['GUARD_APP_UNCONFIRMED']]);
    expect(json.findings[0].fix).toContain('re-run with --guard-app-id N');
  });

  it.each(settingRows)('reports %s with its code (exit 1)', async (_name, breakIt, expected) => {
    const world = new DoctorWorld();
    breakIt(world.repository('app'));
    const { code, json } = await doctor(world, one('app'));
    expect(codesOf(json)).toEqual(expected);
    expect(code).toBe((json.findings as unknown[]).length > 0 ? 1 : 0);
  });

  it('warnings alone exit 1, and 0 with --allow-warnings', async () => {
    const world = new DoctorWorld();
    world.repository('app').rulesets[0] = guardRuleset({ bypassActors: [{ actor_id: 3, actor_type: 'Team', bypass_mode: 'pull_request' }] });
    const relaxed = await doctor(world, [...one('app'), '--allow-warnings']);
    expect([relaxed.code, relaxed.json.outcome, codesOf(relaxed.json)]).toEqual([0, 'ok', ['BYPASS_ACTORS']]);
    expect(relaxed.text).toContain('warning BYPASS_ACTORS: ruleset "ringfence guard" (7, acme/app) may be bypassed by Team 3 (pull_request)');
    await server?.close();
    server = undefined;
    expect((await doctor(world, one('app'))).code).toBe(1);
  });

  it("reports the organisation's base permission at write, and withheld", async () => {
    const write = new DoctorWorld('write');
    write.repository('app');
    expect(codesOf((await doctor(write, one('app'))).json)).toEqual(['ORG_BASE_PERMISSION_WRITE']);
    await server?.close();
    server = undefined;
    const hidden = new DoctorWorld('hidden');
    hidden.repository('app');
    const { code, json } = await doctor(hidden, one('app'));
    expect([code, codesOf(json)]).toEqual([1, ['ORG_BASE_PERMISSION_UNREADABLE']]);
  });

  const workflowRows: [string, string, string[]][] = [
    ['an unpinned uses: owner/ringfence@v1', CALLER.replace(`guard.yml@${SHA}`, 'guard.yml@v1'), [`RINGFENCE_NOT_PINNED ${CALLER_PATH}:11`]],
    ['a guard job with if:', CALLER.replace('  guard:\n', "  guard:\n    if: github.actor != 'renovate[bot]'\n"), [`GUARD_JOB_CONDITIONAL ${CALLER_PATH}:11`]],
    ['a guard trigger with paths:', CALLER.replace('    types: [opened, synchronize, reopened, edited]\n', "    types: [opened, synchronize, reopened, edited]\n    paths: ['src/**']\n"), [`GUARD_TRIGGER_FILTERED ${CALLER_PATH}:6`]],
    ['a guard on pull_request', CALLER.replace('pull_request_target:', 'pull_request:'), [`GUARD_NOT_PULL_REQUEST_TARGET ${CALLER_PATH}:3`, `GUARD_NOT_PULL_REQUEST_TARGET ${CALLER_PATH}:4`]],
    ['a guard trigger with the default types (no edited)', CALLER.replace('    types: [opened, synchronize, reopened, edited]\n', ''), [`GUARD_TRIGGER_TYPES ${CALLER_PATH}:4`]],
  ];

  it.each(workflowRows)('reports %s at its file and line', async (_name, caller, expected) => {
    const world = new DoctorWorld();
    world.repository('app', { [CALLER_PATH]: caller });
    const { code, json, text } = await doctor(world, one('app'));
    expect(code).toBe(1);
    expect(codesOf(json)).toEqual(expected);
    expect(text).toContain(`${expected[0]!.split(' ')[1]}:`);
  });

  it('reports a pull_request_target workflow that checks out the head SHA, at the ref: line', async () => {
    const labeler = `name: label\non: pull_request_target\npermissions:\n  contents: read\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n      - run: make label\n`;
    const world = new DoctorWorld();
    world.repository('app', { [CALLER_PATH]: CALLER, '.github/workflows/label.yml': labeler });
    const { code, json } = await doctor(world, one('app'));
    expect(code).toBe(1);
    expect(json.findings).toEqual([expect.objectContaining({ code: 'PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', file: '.github/workflows/label.yml', line: 11, column: 16 })]);
  });

  it('reaches GitHub Enterprise Server through GITHUB_API_URL with its /api/v3 prefix', async () => {
    const world = new DoctorWorld();
    world.repository('app');
    server = await startFakeGitHub({ scenario: world.scenario, pathPrefix: '/api/v3' });
    const io = capture();
    expect(await createDoctorCommand({ env: { GH_TOKEN: TOKEN, GITHUB_API_URL: `${server.url}/` } })(one('app'), io)).toBe(0);
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
  });

  it('--org checks every repository, one JSON entry each, and skips archived ones', async () => {
    const world = new DoctorWorld();
    world.repository('api');
    world.repository('web').defaultWorkflowPermissions = 'write';
    world.repository('old').archived = true;
    const { code, json, text } = await doctor(world, ['--org', ORG, '--guard-app-id', String(GUARD_APP)]);
    expect(code).toBe(1);
    expect(json).toMatchObject({ version: 1, organization: 'acme', outcome: 'failed' });
    expect((json.repositories as any[]).map((r): unknown[] => [r.repository, r.outcome, codesOf(r)])).toEqual([
      ['acme/api', 'ok', []],
      ['acme/web', 'failed', ['DEFAULT_TOKEN_WRITE']],
    ]);
    expect(text).toContain('acme: 2 repositories, 1 failed');
    // The organisation is read once for all its repositories.
    expect(server!.requests.filter((r) => r.route === routes.GET_ORGANIZATION)).toHaveLength(2);
    expect(server!.requests.filter((r) => r.route === routes.LIST_ORG_SECRETS)).toHaveLength(2);
    expect(server!.requests.filter((r) => r.route === routes.LIST_REPO_ORG_SECRETS).map((r) => r.path).sort()).toEqual(['/repos/acme/api/actions/organization-secrets', '/repos/acme/api/actions/organization-secrets', '/repos/acme/web/actions/organization-secrets', '/repos/acme/web/actions/organization-secrets']);
    expect(server!.requests.filter((r) => r.route === routes.GET_ENVIRONMENT).map((r) => r.path).sort()).toEqual(['/repos/acme/api/environments/ringfence-guard', '/repos/acme/api/environments/ringfence-guard', '/repos/acme/web/environments/ringfence-guard', '/repos/acme/web/environments/ringfence-guard']);
  });
});

describe('ringfence doctor fails closed', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['GITHUB_TOKEN', 'GITHUB_API_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  const faultRows: [string, Fault, string][] = [
    ['rulesets answering 500', { route: routes.LIST_REPO_RULESETS, kind: 'server-error', times: Infinity }, 'RULESETS_UNREADABLE'],
    ['the rules in force cut short', { route: routes.GET_BRANCH_RULES, kind: 'truncated-page', page: 1, times: Infinity }, 'RULES_UNREADABLE'],
    ['the workflow settings answering 403', { route: routes.GET_WORKFLOW_TOKEN_SETTINGS, kind: 'forbidden', times: Infinity }, 'WORKFLOW_TOKEN_SETTINGS_UNREADABLE'],
    ['the fork approval policy answering 404', { route: routes.GET_FORK_PR_APPROVAL, kind: 'not-found', times: Infinity }, 'FORK_APPROVAL_UNREADABLE'],
    ['the organisation answering 403', { route: routes.GET_ORGANIZATION, kind: 'forbidden', times: Infinity }, 'ORG_BASE_PERMISSION_UNREADABLE'],
    ['a workflow tree answering 500', { route: routes.GET_GIT_TREE, kind: 'server-error', times: Infinity }, 'WORKFLOWS_UNREADABLE'],
    ['the repository answering 404', { route: routes.GET_REPOSITORY, kind: 'not-found', times: Infinity }, 'REPOSITORY_UNREADABLE'],
    ['the guard environment answering 500', { route: routes.GET_ENVIRONMENT, kind: 'server-error', times: Infinity }, 'GUARD_ENVIRONMENT_UNREADABLE'],
    ['the deployment branch policies answering 403', { route: routes.LIST_DEPLOYMENT_BRANCH_POLICIES, kind: 'forbidden', times: Infinity }, 'GUARD_ENVIRONMENT_UNREADABLE'],
    ['the repository secrets answering 403', { route: routes.LIST_REPO_SECRETS, kind: 'forbidden', times: Infinity }, 'GUARD_KEY_SECRETS_UNREADABLE'],
    ['the organisation secrets shared with the repository answering 403', { route: routes.LIST_REPO_ORG_SECRETS, kind: 'forbidden', times: Infinity }, 'GUARD_KEY_SHARED_SECRETS_UNREADABLE'],
  ];

  it.each(faultRows)('%s is a finding that says what could not be read (exit 1), never a pass', async (_name, fault, expected) => {
    const world = new DoctorWorld();
    // 100 more rulesets in force, so the rules in force span two pages.
    world.repository('app').rulesets.push(...Array.from({ length: 100 }, (_, i) => guardRuleset({ id: 100 + i, name: `ci ${i}`, requiredChecks: [{ context: `ci ${i}`, integration_id: 15368 }] })));
    const { code, json } = await doctor(world, one('app'), [fault]);
    expect(code).toBe(1);
    expect(codesOf(json)).toContain(expected);
    expect(json.outcome).toBe('failed');
  });

  it('an organisation list cut short is a runtime error (exit 2), not a shorter clean report', async () => {
    const world = new DoctorWorld();
    for (let i = 0; i < 101; i++) world.repository(`r${String(i).padStart(3, '0')}`);
    server = await startFakeGitHub({ scenario: world.scenario, faults: [{ route: routes.LIST_ORG_REPOSITORIES, kind: 'truncated-page', page: 1, times: Infinity }] });
    const command = createDoctorCommand({ env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url }, client: { retries: 0 } });
    await expect(command(['--org', ORG], capture())).rejects.toMatchObject({ code: 'GITHUB_PAGINATION_TRUNCATED' });
    // runCli turns that error into exit 2 with its code; the same through the environment:
    process.env['GITHUB_TOKEN'] = TOKEN;
    process.env['GITHUB_API_URL'] = server.url;
    const io = capture();
    expect(await runCli(['doctor', '--org', ORG], io)).toBe(2);
    expect(io.stderr).toContain('[GITHUB_PAGINATION_TRUNCATED]');
    expect(io.stdout).toBe('');
  });
});

describe('ringfence doctor through runCli', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_API_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('without a token: exit 2 naming GITHUB_TOKEN and GH_TOKEN, no stack', async () => {
    delete process.env['GITHUB_TOKEN'];
    delete process.env['GH_TOKEN'];
    const io = capture();
    expect(await runCli(['doctor', '--repository', 'acme/app'], io)).toBe(2);
    expect(io.stderr).toContain('set GITHUB_TOKEN or GH_TOKEN');
    expect(io.stderr).not.toMatch(/\n\s+at /u);
  });

  it('usage mistakes: exit 2 with what would be valid', async () => {
    process.env['GH_TOKEN'] = TOKEN;
    for (const [args, message] of [
      [['doctor'], 'give exactly one of --repository OWNER/NAME or --org ORG'],
      [['doctor', '--repository', 'acme'], '--repository must be OWNER/NAME'],
      [['doctor', '--org', 'acme', '--repository', 'acme/app'], 'give exactly one of'],
      [['doctor', '--repository', 'acme/app', '--guard-app-id', 'guard'], "--guard-app-id must be the App's numeric id"],
    ] as const) {
      const io = capture();
      expect(await runCli([...args], io)).toBe(2);
      expect(io.stderr).toContain(message);
    }
  });

  it('GH_TOKEN and GITHUB_API_URL from the environment: a good repository passes, a bad one fails', async () => {
    const world = new DoctorWorld();
    world.repository('app');
    world.repository('loose').rulesets.length = 0;
    server = await startFakeGitHub({ scenario: world.scenario });
    process.env['GH_TOKEN'] = TOKEN;
    process.env['GITHUB_API_URL'] = server.url;
    const good = capture();
    expect(await runCli(['doctor', ...one('app')], good)).toBe(0);
    const bad = capture();
    expect(await runCli(['doctor', ...one('loose')], bad)).toBe(1);
    expect(bad.stdout).toContain('GUARD_NOT_REQUIRED');
    expect(server.requests.every((r) => !JSON.stringify(r).includes(TOKEN))).toBe(true);
  });
});
