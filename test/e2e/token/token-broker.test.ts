import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { routes } from '@ringfence/github';
import { hashToken, secretForms } from '@ringfence/token';
import type { ActionRun } from '../../support/run-action.js';
import { AUDIENCE, startBrokerWorld } from './broker-world.js';
import type { BrokerWorld } from './broker-world.js';
import { expectNoSecrets, maskedValues, runMain, runPost } from './token-steps.js';

/**
 * The token action's broker mode as a runner runs it: `node dist/token/main.js` with no App
 * key, the runner's ID token endpoint (the loopback issuer), and `ringfence broker serve`
 * (the bundled CLI, in its own process) minting at the loopback GitHub; then
 * `node dist/token/post.js`, which revokes the token at GitHub.
 */
// Each case spawns one or two Node processes beside a broker process, on shared cores.
jest.setTimeout(30_000);

let world: BrokerWorld;
beforeAll(async () => {
  world = await startBrokerWorld();
});
afterAll(async () => {
  world.github.assertNoSchemaViolations();
  await world.close();
});

const brokerInputs = () => ({ 'broker-url': world.brokerUrl, audience: AUDIENCE });

async function main(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const run = await runMain({ inputs, env: { ...world.env, ...env } });
  expectNoSecrets(run, world.w, world.key);
  // The ID tokens the issuer handed out are secrets too: none may be printed.
  const visible = run.everything.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(visible).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/u);
  return run;
}

function failure(run: ActionRun): string {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error')).join('\n');
}

describe('token action, broker mode', () => {
  it('exchanges the job\'s ID token for exactly the request, masks it first, and the post step revokes it', async () => {
    const before = world.audit().length;
    const run = await main({ ...brokerInputs(), 'permission-issues': 'write' });
    expect(run.exitCode).toBe(0);
    const token = run.outputs['token']!;
    expect(token).toMatch(/^ghs_/u);
    // Masked before anything else is printed: the first line of the step's output is a mask of it.
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((l) => l.includes(token))).toBe(lines.indexOf(`::add-mask::${token}`));
    expect(maskedValues(run)).toEqual(expect.arrayContaining(secretForms(token)));
    expect(run.stderr).not.toContain(token);
    expect(JSON.parse(run.outputs['permissions']!)).toEqual({ issues: 'write' });
    expect(run.outputs).toMatchObject({ repositories: String(world.w.ids.app), 'installation-id': '' });
    expect(Date.parse(run.outputs['expires-at']!) - Date.now()).toBeGreaterThan(3_500_000);
    // The job asked the runner for an ID token for the broker's audience, and nothing else.
    expect(world.issuer.requests.filter((p) => p.startsWith('/token'))).toContainEqual(expect.stringContaining(`audience=${encodeURIComponent(AUDIENCE)}`));
    const minted = world.github.requests.filter((r) => r.route === routes.CREATE_INSTALLATION_TOKEN);
    expect(minted.at(-1)?.body).toEqual({ permissions: { issues: 'write' }, repository_ids: [world.w.ids.app] });
    const event = world.audit().slice(before).find((e) => e.kind === 'exchange');
    expect(event).toMatchObject({ outcome: 'allowed', rule: { name: 'app-issue-bot' }, granted: { tokenSha256: hashToken(token) } });
    expect(run.state).toMatchObject({ token, 'expires-at': run.outputs['expires-at'] });

    const end = await runPost(run.state, world.env);
    expectNoSecrets(end, world.w, world.key);
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('revoked');
    expect(world.w.scenario.apps.tokens.get(token)?.revoked).toBe(true);
  });

  it('asks for other repositories by id', async () => {
    const run = await main({ ...brokerInputs(), repositories: `${world.w.ids.app},${world.w.ids.lib}`, 'permission-contents': 'read' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['repositories']!.split(',').sort()).toEqual([String(world.w.ids.app), String(world.w.ids.lib)].sort());
    // GitHub, asked with the token itself, listed exactly these two.
    expect(world.github.requests.filter((r) => r.route === routes.LIST_INSTALLATION_REPOSITORIES).at(-1)).toMatchObject({ status: 200, query: { per_page: '100', page: '1' } });
    await runPost(run.state, world.env);
  });

  it('lists a token GitHub has not replicated yet once more after its 401, then grants it', async () => {
    world.w.scenario.apps.misbehaviour.refuseFreshTokens = 1;
    try {
      const run = await main({ ...brokerInputs(), 'permission-issues': 'write' });
      expect(run.exitCode).toBe(0);
      expect(world.github.requests.filter((r) => r.route === routes.LIST_INSTALLATION_REPOSITORIES).slice(-2).map((r) => r.status)).toEqual([401, 200]);
      await runPost(run.state, world.env);
    } finally {
      world.w.scenario.apps.misbehaviour.refuseFreshTokens = 0;
    }
  });

  it('fails with the rule and claim that refuse, and no token, when the policy refuses', async () => {
    const before = world.audit().length;
    const run = await main({ ...brokerInputs(), 'permission-contents': 'write' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['token']).toBeUndefined();
    expect(run.state['token']).toBeUndefined();
    expect(failure(run)).toContain('TOKEN_BROKER_REFUSED');
    expect(failure(run)).toMatch(/TOKEN_PERMISSION_NOT_GRANTED.*app-issue-bot/u);
    expect(run.summary).toContain('No token was minted');
    const events = world.audit().slice(before);
    expect(events.map((e) => [e.kind, e.outcome, e.reason])).toEqual([['exchange', 'blocked', 'TOKEN_PERMISSION_NOT_GRANTED'], ['explain', 'blocked', 'TOKEN_PERMISSION_NOT_GRANTED']]);
  });

  it('names the claim that refuses a job on another branch, from that job\'s own ID token', async () => {
    const feature = { ref: 'refs/heads/feature', sub: 'repo:acme/app:ref:refs/heads/feature', workflow_ref: 'acme/app/.github/workflows/bot.yml@refs/heads/feature' };
    const run = await main({ ...brokerInputs(), 'permission-issues': 'write' }, { GITHUB_REF: feature.ref, ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.issuer.jobRequestToken(feature) });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/TOKEN_BROKER_REFUSED: the broker refused the request: TOKEN_NO_RULE_MATCHED: .*\[rule app-issue-bot at /u);
    expect(run.stdout).toMatch(/ref: expected .*refs\/heads\/main.*found "refs\/heads\/feature"/u);
    expect(run.outputs['token']).toBeUndefined();
  });

  it('fails closed with a clear message when the broker cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await main({ 'broker-url': `http://127.0.0.1:${port}`, audience: AUDIENCE, 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/TOKEN_BROKER_UNREACHABLE: .*cannot be reached \(ECONNREFUSED\)/u);
    expect(run.outputs['token']).toBeUndefined();
  });

  it('says to add id-token: write when the runner hands out no ID token', async () => {
    const run = await main({ ...brokerInputs(), 'permission-issues': 'write' }, { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain('TOKEN_ID_TOKEN_UNAVAILABLE');
    expect(failure(run)).toContain('permissions: id-token: write');
  });

  it('refuses an App key beside broker-url, naming both inputs', async () => {
    const run = await main({ ...brokerInputs(), 'private-key': world.key, 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/inputs `broker-url` and `private-key` exclude each other/u);
    expect(maskedValues(run)).toContain(world.key.trim().replace(/\n/gu, '%0A'));
  });

  it.each([
    ['repositories by name, which the broker cannot match', { repositories: 'app' }, {}, /input `repositories`: with broker-url, repositories are given by id/u],
    ['app-id beside broker-url', { 'app-id': '4242' }, {}, /inputs `broker-url` and `app-id` exclude each other/u],
    ['no audience', { audience: '' }, {}, /TOKEN_AUDIENCE_INVALID: input `audience` is required with `broker-url`/u],
    ['GitHub\'s default audience', { audience: 'https://github.com/acme' }, {}, /TOKEN_AUDIENCE_INVALID: .*other relying parties use/u],
    ['no repository id from the runner and no repositories', {}, { GITHUB_REPOSITORY_ID: '' }, /TOKEN_INPUT_INVALID: GITHUB_REPOSITORY_ID is not set/u],
  ])('fails before asking for an ID token on %s', async (_, inputs, env, message) => {
    const requests = world.issuer.requests.length;
    const run = await main({ ...brokerInputs(), 'permission-issues': 'write', ...inputs }, env);
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(message);
    expect(world.issuer.requests.length).toBe(requests);
  });

  it('says the audience may be wrong when the broker does not accept the ID token', async () => {
    const before = world.audit().length;
    const run = await main({ ...brokerInputs(), audience: 'https://another-broker.acme.test', 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/TOKEN_BROKER_REFUSED: the broker did not accept the job's ID token \(invalid_token; request id [0-9a-f-]{36} in the broker's audit log\): input audience must be the broker's audience/u);
    expect(world.audit().slice(before).map((e) => e.reason)).toEqual(['ID_TOKEN_AUDIENCE_MISMATCH']);
  });

  it('refuses plain http to a broker that is not on loopback, before asking for an ID token', async () => {
    const requests = world.issuer.requests.length;
    const run = await main({ 'broker-url': 'http://broker.acme.test', audience: AUDIENCE, 'permission-issues': 'write' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/TOKEN_BROKER_URL_INVALID: .*use https:/u);
    expect(world.issuer.requests.length).toBe(requests);
  });
});

async function withBroker(answer: (res: ServerResponse) => void, test: (url: string) => Promise<void>): Promise<void> {
  const rogue = createServer((req, res) => {
    req.resume();
    answer(res);
  });
  await new Promise<void>((resolve) => rogue.listen(0, '127.0.0.1', resolve));
  try {
    await test(`http://127.0.0.1:${(rogue.address() as AddressInfo).port}`);
  } finally {
    rogue.closeAllConnections();
    await new Promise<void>((resolve) => rogue.close(() => resolve()));
  }
}

describe('token action, broker mode, against a broker that misbehaves', () => {
  it('fails on a broker failure, saying so, with no token', async () => {
    await withBroker((res) => {
      res.writeHead(503, { 'content-type': 'application/json', 'x-request-id': 'req-503' });
      res.end('{"error":"unavailable","request_id":"req-503"}');
    }, async (url) => {
      const run = await main({ 'broker-url': url, audience: AUDIENCE, 'permission-issues': 'write' });
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toContain('TOKEN_BROKER_FAILED: the broker could not issue a token (HTTP 503 unavailable; request id req-503');
      expect(run.outputs['token']).toBeUndefined();
    });
  });

  it('masks and revokes at GitHub a live token that a refusal carried, and says so', async () => {
    const stray = world.w.scenario.apps.issue(world.w.installation, { issues: 'write' }, [world.w.ids.app]);
    await withBroker((res) => {
      res.writeHead(500, { 'content-type': 'application/json', 'x-request-id': 'req-500' });
      res.end(JSON.stringify({ error: 'internal', token: stray.token }));
    }, async (url) => {
      const run = await main({ 'broker-url': url, audience: AUDIENCE, 'permission-issues': 'write' });
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toContain('TOKEN_BROKER_FAILED');
      expect(maskedValues(run)).toEqual(expect.arrayContaining(secretForms(stray.token)));
      expect(stray.revoked).toBe(true);
      expect(run.stdout).toContain(`::warning title=ringfence token::the broker's refusal carried a token (sha256 base64 ${hashToken(stray.token)}), which was not used: it was revoked`);
      expect(run.outputs['token']).toBeUndefined();
    });
  });

  it('does not believe a broker that lists only the asked repository for a token that reaches every one: GitHub\'s list decides', async () => {
    const all = world.w.scenario.apps.issue(world.w.installation, { issues: 'write' }, 'all');
    await withBroker((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: all.token, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: all.permissions, repositories: [String(world.w.ids.app)] }));
    }, async (url) => {
      const run = await main({ 'broker-url': url, audience: AUDIENCE, 'permission-issues': 'write' });
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toMatch(/TOKEN_BROADER_THAN_REQUESTED: the broker's token cannot be used: GitHub lists 4 repositories for the token; the request named 1; it was revoked at once/u);
      expect(run.outputs['token']).toBeUndefined();
      expect(all.revoked).toBe(true);
    });
  });

  it('revokes a token broader than asked at GitHub, and fails', async () => {
    const broader = world.w.scenario.apps.issue(world.w.installation, { issues: 'write', administration: 'write' }, [world.w.ids.app]);
    await withBroker((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: broader.token, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: broader.permissions, repositories: [String(world.w.ids.app)] }));
    }, async (url) => {
      const run = await main({ 'broker-url': url, audience: AUDIENCE, 'permission-issues': 'write' });
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toMatch(/TOKEN_BROADER_THAN_REQUESTED: .*administration: write \(asked nothing\).*revoked at once/u);
      expect(maskedValues(run)).toContain(broader.token);
      expect(run.outputs['token']).toBeUndefined();
      expect(broader.revoked).toBe(true);
    });
  });
});
