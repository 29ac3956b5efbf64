import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { routes } from '@ringfence/github';
import { appScenario, generateAppKey, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { AppScenario, AppScenarioIds, FakeGitHub } from '../../servers/fake-github/index.js';
import { node24 } from '../../support/run-action.js';
import { expectNoSecrets, jobEnv, maskedValues, runMain, runPost } from './token-steps.js';
import type { StepOptions, StepRun } from './token-steps.js';

/**
 * The token action as a runner runs it: `node dist/token/main.js`, then `node
 * dist/token/post.js` with the state the first saved, against the loopback GitHub with the
 * App endpoints. Every run's output is checked for secrets.
 */
const POLICY = (ids: AppScenarioIds) => `version: 1
token:
  ceiling:
    permissions: { contents: write, issues: write, pull_requests: write, statuses: write, checks: write, metadata: read, members: read }
  protected_refs: ["refs/heads/main"]
  protected_repositories: [${ids.dotGithub}]
  rules:
    - name: issue-bot
      description: acme/app's bot on main may work on issues and contents of app and lib.
      match:
        repository_owner_id: ${ids.owner}
        repository_id: ${ids.app}
        event_name: [push, workflow_dispatch, schedule]
        ref: refs/heads/main
      grant:
        repositories: [self, ${ids.lib}, ${ids.policy}]
        permissions: { issues: write, contents: write, statuses: write, checks: write, pull_requests: read }
    - name: pr-reader
      match:
        repository_owner_id: ${ids.owner}
        event_name: pull_request
      grant:
        repositories: [self]
        permissions: { pull_requests: read, contents: read }
`;

// One rule without event_name: untrusted events never match it.
const READER_POLICY = (ids: AppScenarioIds) => `version: 1
token:
  ceiling:
    permissions: { contents: read }
  rules:
    - name: reader
      match:
        repository_owner_id: ${ids.owner}
      grant:
        repositories: [self]
        permissions: { contents: read }
`;

let key: string;
let server: FakeGitHub | undefined;
beforeAll(() => {
  key = generateAppKey();
});
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

interface World {
  readonly w: AppScenario;
  readonly server: FakeGitHub;
  readonly env: Record<string, string>;
}

async function world(options: { policy?: string | ((ids: AppScenarioIds) => string) | null; pathPrefix?: string } = {}): Promise<World> {
  const policy = options.policy;
  const w = appScenario({ privateKey: key, ...(policy === null ? {} : { policy: policy === undefined ? POLICY : typeof policy === 'string' ? () => policy : policy }) });
  server = await startFakeGitHub({ scenario: w.scenario, ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}) });
  return { w, server, env: jobEnv(w, server) };
}

const BASE_INPUTS = { 'client-id': 'Iv23liRingfenceTest1', 'org-policy': 'acme/policy/org.yml@main' };

async function main(world: World, inputs: Record<string, string>, extra: Omit<StepOptions, 'inputs'> = {}): Promise<StepRun> {
  const run = await runMain({ inputs: { ...BASE_INPUTS, 'private-key': key, ...inputs }, ...extra, env: { ...world.env, ...extra.env } });
  expectNoSecrets(run, world.w, key);
  return run;
}

async function post(world: World, state: Record<string, string>, node?: string): Promise<StepRun> {
  const run = await runPost(state, world.env, node);
  expectNoSecrets(run, world.w, key);
  return run;
}

const issuedFor = (w: AppScenario) => [...w.scenario.apps.tokens.values()].filter((t) => !('contents' in t.permissions && t.permissions['contents'] === 'read' && Object.keys(t.permissions).length === 1) && !(Object.keys(t.permissions).length === 1 && t.permissions['metadata'] === 'read'));

describe('token action: granted', () => {
  it('mints exactly the request for the job\'s repository, masks it, and the post step revokes it', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    const token = run.outputs['token']!;
    expect(token).toMatch(/^ghs_/u);
    expect(maskedValues(run)).toEqual(expect.arrayContaining([token, Buffer.from(`x-access-token:${token}`).toString('base64')]));
    // Masked before any other line about it: the mask is the first line that mentions it.
    expect(run.stdout.split('\n').findIndex((l) => l.includes(token))).toBe(run.stdout.split('\n').indexOf(`::add-mask::${token}`));
    expect(JSON.parse(run.outputs['permissions']!)).toEqual({ issues: 'write' });
    expect(run.outputs).toMatchObject({ repositories: 'app', 'installation-id': String(world_.w.installation.id) });
    expect(Date.parse(run.outputs['expires-at']!) - Date.now()).toBeGreaterThan(3500_000);
    expect(run.summary).toContain('ringfence token: granted');
    expect(run.summary).toContain('issue-bot');
    expect(world_.server.requests.find((r) => r.route === routes.CREATE_INSTALLATION_TOKEN && (r.body as { repository_ids?: number[] }).repository_ids)?.body).toEqual({ permissions: { issues: 'write' }, repository_ids: [world_.w.ids.app] });
    // The helper token that read the policy is gone; only the job's token is still live.
    expect(world_.w.scenario.apps.unrevoked().map((t) => t.token)).toEqual([token]);
    expect(run.state).toMatchObject({ token, 'expires-at': run.outputs['expires-at'], 'installation-id': String(world_.w.installation.id) });
    const end = await post(world_, run.state);
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('revoked');
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('several repositories by name, resolved to ids through the API with a metadata-only token', async () => {
    const world_ = await world();
    const run = await main(world_, { repositories: 'app,\nlib', 'permission-contents': 'write', 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['repositories']).toBe('app,lib');
    expect(JSON.parse(run.outputs['permissions']!)).toEqual({ contents: 'write', issues: 'write' });
    const bodies = world_.server.requests.filter((r) => r.route === routes.CREATE_INSTALLATION_TOKEN).map((r) => r.body);
    expect(bodies).toEqual(expect.arrayContaining([{ permissions: { metadata: 'read' }, repositories: ['lib'] }, { permissions: { contents: 'read' }, repositories: ['policy'] }, { permissions: { contents: 'write', issues: 'write' }, repository_ids: [world_.w.ids.app, world_.w.ids.lib] }]));
    await post(world_, run.state);
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('with app-id instead of client-id, on GitHub Enterprise Server (the API under /api/v3)', async () => {
    const world_ = await world({ pathPrefix: '/api/v3' });
    const run = await runMain({ inputs: { 'org-policy': BASE_INPUTS['org-policy'], 'app-id': String(world_.w.app.id), 'private-key': key, 'permission-statuses': 'write' }, env: world_.env });
    expectNoSecrets(run, world_.w, key);
    expect(run.exitCode).toBe(0);
    expect(world_.server.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
    const end = await post(world_, run.state);
    expect(end.exitCode).toBe(0);
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('skip-token-revoke leaves the token valid: the post step has nothing to revoke', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'read', 'skip-token-revoke': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.state).toEqual({});
    expect(run.summary).toContain('not revoked');
    const end = await post(world_, run.state);
    expect(end.stdout).toContain('nothing to revoke');
    expect(world_.w.scenario.apps.unrevoked().map((t) => t.token)).toEqual([run.outputs['token']]);
  });

  it('a private key pasted on one line with \\n escapes is read, and each of its lines masked', async () => {
    const world_ = await world();
    const run = await main(world_, { 'private-key': key.trim().replace(/\n/gu, '\\n'), 'permission-issues': 'read' });
    expect(run.exitCode).toBe(0);
    const lines = key.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
    expect(maskedValues(run)).toEqual(expect.arrayContaining(lines));
    await post(world_, run.state);
  });

  it('a permission input spelt with underscores (permission_pull_requests) counts like permission-pull-requests', async () => {
    const world_ = await world();
    const run = await main(world_, { permission_pull_requests: 'read' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['permissions']!)).toEqual({ pull_requests: 'read' });
    await post(world_, run.state);
  });

  it('under Node 24, the runtime action.yml declares', async () => {
    const node = node24();
    if (!node) return;
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' }, { node });
    expect(run.exitCode).toBe(0);
    expect((await post(world_, run.state, node)).exitCode).toBe(0);
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });
});

describe('token action: refused, with the rule that came closest and the field that failed; nothing minted for the job', () => {
  const refusals: [string, Record<string, string>, Record<string, string>, RegExp, ((ids: AppScenarioIds) => string)?][] = [
    ['no permission at all (GitHub would grant every permission)', {}, {}, /TOKEN_EMPTY_REQUEST.*permission-<name>/u],
    ['a permission GitHub does not know', { 'permission-teleport': 'write' }, {}, /TOKEN_UNKNOWN_PERMISSION: unknown permission "teleport" \(input permission-teleport\)/u],
    ['a level the permission does not have', { 'permission-workflows': 'read' }, {}, /TOKEN_UNKNOWN_LEVEL: workflows has no level read/u],
    ['a branch the rule does not name', { 'permission-issues': 'write' }, { GITHUB_REF: 'refs/heads/feature' }, /TOKEN_NO_RULE_MATCHED: no rule matches; closest is issue-bot \(4 of 5 conditions\), failing ref: expected refs\/heads\/main, found "refs\/heads\/feature" \[rule issue-bot at acme\/policy\/org\.yml@main:\d+:\d+\]/u],
    ['a self-hosted runner, which rules exclude unless they name it', { 'permission-issues': 'write' }, { RUNNER_ENVIRONMENT: 'self-hosted' }, /TOKEN_NO_RULE_MATCHED: .*closest is issue-bot .*failing runner_environment: expected github-hosted, found "self-hosted"/u],
    ['an event the rule does not name', { 'permission-issues': 'write' }, { GITHUB_EVENT_NAME: 'issue_comment' }, /TOKEN_NO_RULE_MATCHED: .*closest is issue-bot \(4 of 5 conditions\), failing event_name: expected one of push, workflow_dispatch, schedule, found "issue_comment"/u],
    ['an untrusted event, which rules without event_name never match', { 'permission-contents': 'read' }, { GITHUB_EVENT_NAME: 'pull_request_target' }, /TOKEN_NO_RULE_MATCHED: .*closest is reader .*failing event_name: expected none of .*found "pull_request_target"/u, READER_POLICY],
    ['a repository the rule does not grant', { repositories: 'app,.github', 'permission-issues': 'write' }, {}, /TOKEN_REPOSITORY_NOT_GRANTED: rule issue-bot does not grant repository \d+ \[rule issue-bot at /u],
    ['a permission the rule does not grant', { 'permission-pull-requests': 'write' }, {}, /TOKEN_PERMISSION_NOT_GRANTED: rule issue-bot grants pull_requests: read, the request asks write/u],
    ['write to the contents of the repository that holds the policy', { repositories: 'policy', 'permission-contents': 'write' }, {}, /TOKEN_PROTECTED_REPOSITORY: no token may hold contents: write on repository \d+: it hosts the policy/u],
    ['another repository\'s job, by id', { 'permission-issues': 'write' }, { GITHUB_REPOSITORY_ID: '999999' }, /TOKEN_NO_RULE_MATCHED: .*failing repository_id: expected \d+, found "999999"/u],
  ];

  // Every row has its policy, so that jest never mistakes a missing one for `done`.
  it.each(refusals.map(([name, inputs, env, reason, policy]) => [name, inputs, env, reason, policy ?? POLICY] as const))('%s', async (_name, inputs, env, reason, policy) => {
    const world_ = await world({ policy });
    const run = await main(world_, inputs, { env, event: { name: env['GITHUB_EVENT_NAME'] ?? 'push', payload: { repository: { full_name: 'acme/app' } } } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(reason);
    expect(run.stdout).toMatch(/^::error::ringfence token: refused: TOKEN_/mu);
    expect(run.summary).toContain('ringfence token: refused');
    expect(run.summary).toContain('No token was minted for the job.');
    expect(run.outputs['token']).toBeUndefined();
    expect(run.state).toEqual({});
    // Helper tokens (policy reader, name resolver) are revoked; none carries the request.
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
    expect(issuedFor(world_.w)).toEqual([]);
  });

  it('a request no policy could grant is refused before anything is asked of GitHub', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-teleport': 'write' });
    expect(run.exitCode).toBe(1);
    expect(world_.server.requests).toEqual([]);
  });

  it('the refusal explains every rule, as ringfence token explain does', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' }, { env: { GITHUB_REF: 'refs/heads/feature' } });
    expect(run.summary).toMatch(/issue-bot \(org, acme\/policy\/org\.yml@main:\d+:\d+\): no-match/u);
    expect(run.summary).toMatch(/pr-reader .*: no-match/u);
  });

  it('a rule that needs job_workflow_ref says App mode cannot see it', async () => {
    const world_ = await world({ policy: `version: 1\ntoken:\n  ceiling:\n    permissions: { issues: write }\n  rules:\n    - name: release\n      match:\n        repository_id: 1010\n        job_workflow_ref: "acme/workflows/.github/workflows/release.yml@refs/heads/main"\n        event_name: push\n        ref: refs/heads/main\n      grant:\n        repositories: [self]\n        permissions: { issues: write }\n` });
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/failing job_workflow_ref: expected .*, found no such claim.*the runner does not expose job_workflow_ref.*broker/u);
  });

  it('an invalid org policy refuses with its error and its position', async () => {
    const world_ = await world({ policy: 'version: 1\ntoken:\n  rules:\n    - name: bad\n      match: { repository_id: 1010 }\n      grant:\n        permissions: { contents: owner }\n' });
    const run = await main(world_, { 'permission-contents': 'read' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/TOKEN_POLICY_\w+: the org policy cannot be used: acme\/policy\/org\.yml@main:7:\d+/u);
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('a missing org policy refuses, naming where it was looked for', async () => {
    const world_ = await world({ policy: null });
    const run = await main(world_, { 'permission-contents': 'read' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('TOKEN_ORG_POLICY_NOT_FOUND: acme/policy/org.yml@main:0:0: the org policy does not exist at that ref');
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('no org-policy input: nothing can be granted', async () => {
    const world_ = await world();
    const run = await main(world_, { 'org-policy': '', 'permission-contents': 'read' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input org-policy is required');
    expect(world_.server.requests).toEqual([]);
  });
});

describe('token action: GitHub misbehaving', () => {
  it.each([
    ['more permissions than asked', { extraPermissions: { administration: 'write' } }, /administration: write \(asked nothing\)/u],
    ['every repository instead of the ones asked', { allRepositories: true }, /every repository of the installation/u],
  ] as const)('a token with %s is revoked at once and the step fails', async (_name, misbehaviour, detail) => {
    const world_ = await world();
    world_.w.scenario.apps.misbehaviour = { ...misbehaviour };
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/TOKEN_BROADER_THAN_REQUESTED: GitHub issued (the token|the org policy reader) with more than was asked/u);
    expect(run.stdout).toMatch(detail);
    expect(run.outputs['token']).toBeUndefined();
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('a token that reaches a repository its answer does not list is caught by GitHub\'s own list for the token, revoked, and fails', async () => {
    const world_ = await world();
    world_.w.scenario.apps.misbehaviour = { unlistedRepositoryIds: [world_.w.ids.lib] };
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/TOKEN_BROADER_THAN_REQUESTED: the minted token \(sha256 base64 \S+\) cannot be used: GitHub lists 2 repositories for the token; the request named 1; it was revoked at once/u);
    expect(run.outputs['token']).toBeUndefined();
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('a list of the token\'s repositories that cannot be read fails closed, and the token is revoked', async () => {
    const world_ = await world();
    world_.server.addFault({ route: routes.LIST_INSTALLATION_REPOSITORIES, kind: 'not-json', times: Infinity });
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/TOKEN_BROADER_THAN_REQUESTED: .*could not be read completely \(.*expected a JSON body/u);
    expect(run.outputs['token']).toBeUndefined();
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('a 401 on a just-created App installation is retried once, then the token is minted', async () => {
    const world_ = await world();
    world_.w.scenario.apps.misbehaviour.refuseJwts = 1;
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    expect(world_.server.requests.filter((r) => r.status === 401)).toHaveLength(1);
    await post(world_, run.state);
  });

  it('a runner clock 20 minutes behind GitHub is corrected from GitHub\'s Date', async () => {
    const world_ = await world();
    world_.w.scenario.apps.clockOffsetSeconds = 1200;
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    await post(world_, run.state);
  });

  it('the App not installed on the owner asked for: 404, said plainly', async () => {
    const world_ = await world();
    const run = await main(world_, { owner: 'globex', repositories: 'site', 'permission-contents': 'read' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/GITHUB_NOT_FOUND: the App's installation on repository globex\/site .*HTTP 404.*The App is not installed there/u);
  });

  it('another owner without repositories is refused: never every repository of an installation', async () => {
    const world_ = await world();
    const run = await main(world_, { owner: 'globex', 'permission-contents': 'read' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('TOKEN_INPUT_INVALID: input owner is globex');
  });

  it('a permission the installation was not granted: GitHub\'s 422 and which permission', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-checks': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/TOKEN_INSTALLATION_LACKS_PERMISSION: .*HTTP 422.*does not grant checks: write/u);
    expect(world_.w.scenario.apps.unrevoked()).toEqual([]);
  });

  it('a rate limit that lasts the hour fails with what to do', async () => {
    const world_ = await world();
    world_.server.addFault({ route: routes.CREATE_INSTALLATION_TOKEN, kind: 'rate-limit-exhausted', times: Infinity });
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/GITHUB_RATE_LIMITED: .*rate limit for the App's installation is spent/u);
  });

  it('a rate limit that resets at once is waited out', async () => {
    const world_ = await world();
    world_.server.addFault({ route: routes.CREATE_INSTALLATION_TOKEN, kind: 'rate-limit-reset-soon', times: 2 });
    const run = await main(world_, { 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    await post(world_, run.state);
  });

  it('a malformed private key fails before anything is sent, without printing the key', async () => {
    const world_ = await world();
    const lines = key.split('\n');
    const run = await main(world_, { 'private-key': [...lines.slice(0, 5), ...lines.slice(8)].join('\n'), 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('TOKEN_APP_KEY_INVALID: input private-key: the RSA PRIVATE KEY block does not decode to a key');
    expect(world_.server.requests).toEqual([]);
  });

  it('a key deleted from the App (an expired key): GitHub refuses the JWT, said plainly', async () => {
    const world_ = await world();
    const stale = generateAppKey();
    const run = await runMain({ inputs: { ...BASE_INPUTS, 'private-key': stale, 'permission-issues': 'write' }, env: world_.env });
    expectNoSecrets(run, world_.w, stale);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/GITHUB_UNAUTHORIZED: .*HTTP 401.*GitHub refused the App's JWT, also after a second try.*has not been deleted/u);
    expect(world_.w.scenario.apps.tokens.size).toBe(0);
  });
});

describe('token action: the post step', () => {
  it('a revocation that fails is a warning and an unrevoked event, never a failed job', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' });
    world_.server.addFault({ route: routes.REVOKE_INSTALLATION_TOKEN, kind: 'server-error', times: Infinity });
    const end = await post(world_, run.state);
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toMatch(/^::warning title=ringfence token::the token could not be revoked and stays valid until it expires: .*HTTP 500/mu);
    expect(end.stdout).toContain('"event":"ringfence.token.unrevoked"');
    expect(end.summary).toContain('ringfence token: NOT revoked');
    // Each attempt answered 500 (the fault replaces the answer; the fake's own state moved on).
    expect(world_.server.requests.filter((r) => r.route === routes.REVOKE_INSTALLATION_TOKEN).map((r) => r.status).slice(-3)).toEqual([500, 500, 500]);
  });

  it('a live token whose expires-at has passed (a wrong expiry, a skewed clock) is still revoked', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' });
    const end = await post(world_, { ...run.state, 'expires-at': '2020-01-01T00:00:00Z' });
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toMatch(/token sha256 \(base64\) \S+ revoked$/mu);
    expect(world_.w.scenario.apps.tokens.get(run.outputs['token']!)!.revoked).toBe(true);
  });

  it('a token that has really expired is asked to be revoked all the same, and GitHub\'s 401 reads as already invalid', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' });
    world_.w.scenario.apps.clockOffsetSeconds = 7200;
    const end = await post(world_, run.state);
    world_.w.scenario.apps.clockOffsetSeconds = 0;
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('already invalid');
    expect(world_.server.requests.at(-1)!.route).toBe(routes.REVOKE_INSTALLATION_TOKEN);
  });

  it('a token GitHub no longer accepts is reported, not failed', async () => {
    const world_ = await world();
    const run = await main(world_, { 'permission-issues': 'write' });
    world_.w.scenario.apps.tokens.get(run.outputs['token']!)!.revoked = true;
    const end = await post(world_, run.state);
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('already invalid');
  });

  it('nothing minted (a refused main step): nothing to revoke', async () => {
    const world_ = await world();
    const run = await main(world_, {});
    const end = await post(world_, run.state);
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('nothing to revoke');
  });
});
