import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GitHubApp, GitHubError, readRepository, routes } from '@ringfence/github';
import { createAppJwtSigner } from '@ringfence/token';
import type { AppJwtSigner } from '@ringfence/token';
import { appScenario, generateAppKey, hasOperation, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { AppScenario, FakeGitHub } from '../../servers/fake-github/index.js';

/**
 * The App half of the GitHub adapter against the loopback fake: installation lookups and
 * token creation with the App's JWT (its clock corrected once from GitHub's Date), reads and
 * revocation with the tokens issued. Every answer is checked against GitHub's OpenAPI.
 */
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

async function world(): Promise<{ w: AppScenario; app: GitHubApp; signer: AppJwtSigner; server: FakeGitHub }> {
  const w = appScenario({ privateKey: key });
  server = await startFakeGitHub({ scenario: w.scenario });
  const signer = createAppJwtSigner({ issuer: { clientId: w.app.clientId }, privateKey: key });
  const app = new GitHubApp({ baseUrl: server.url, jwt: signer, retries: 1, retryDelayMs: 1, authRetryDelayMs: 1, timeoutMs: 2000 });
  return { w, app, signer, server };
}

const statuses = (s: FakeGitHub, route: string) => s.requests.filter((r) => r.route === route).map((r) => r.status);

describe('installation lookups with the App JWT', () => {
  test('every App route is an operation of the OpenAPI description', () => {
    expect(routes.APP_ROUTES.filter((route) => !hasOperation(route.split(' ')[0]!, route.split(' ')[1]!))).toEqual([]);
  });

  test('through a repository, the organization and the account, the same installation', async () => {
    const { w, app } = await world();
    const expected = { id: String(w.installation.id), accountLogin: 'acme', accountId: String(w.ids.owner), suspended: false };
    await expect(app.findInstallation({ kind: 'repository', owner: 'acme', repo: 'app' })).resolves.toMatchObject(expected);
    await expect(app.findInstallation({ kind: 'organization', org: 'acme' })).resolves.toMatchObject(expected);
    await expect(app.findInstallation({ kind: 'user', username: 'ACME' })).resolves.toMatchObject({ ...expected, permissions: expect.objectContaining({ issues: 'write' }) });
  });

  test.each([
    ['repository', { kind: 'repository', owner: 'other', repo: 'app' }, routes.GET_REPO_INSTALLATION],
    ['organization', { kind: 'organization', org: 'other' }, routes.GET_ORG_INSTALLATION],
    ['account', { kind: 'user', username: 'other' }, routes.GET_USER_INSTALLATION],
  ] as const)('an App not installed on the %s is GITHUB_NOT_FOUND naming it', async (_what, target, route) => {
    const { app } = await world();
    await expect(app.findInstallation(target)).rejects.toMatchObject({ code: 'GITHUB_NOT_FOUND', route, message: expect.stringContaining('other') });
  });

  test('a suspended installation says so', async () => {
    const { w, app } = await world();
    w.installation.suspended = true;
    await expect(app.findInstallation({ kind: 'organization', org: 'acme' })).resolves.toMatchObject({ suspended: true });
  });
});

describe('the App JWT and the clock', () => {
  test.each([
    ['GitHub runs 15 minutes ahead (our exp is already past on its clock)', 900],
    ['GitHub runs 5 minutes behind (our iat is in its future)', -300],
  ])('%s: one 401, the clock corrected from its Date, then success', async (_name, offset) => {
    const { w, app, signer, server } = await world();
    w.scenario.apps.clockOffsetSeconds = offset;
    await expect(app.findInstallation({ kind: 'organization', org: 'acme' })).resolves.toMatchObject({ accountLogin: 'acme' });
    expect(statuses(server, routes.GET_ORG_INSTALLATION)).toEqual([401, 200]);
    expect(Math.abs(signer.offsetSeconds - offset)).toBeLessThanOrEqual(2);
    // Corrected once: later calls sign on GitHub's clock straight away.
    await app.findInstallation({ kind: 'organization', org: 'acme' });
    expect(statuses(server, routes.GET_ORG_INSTALLATION)).toEqual([401, 200, 200]);
  });

  test('a 401 from an App or installation GitHub has just created is retried once, then succeeds', async () => {
    const { w, app, server } = await world();
    w.scenario.apps.misbehaviour.refuseJwts = 1;
    await expect(app.findInstallation({ kind: 'repository', owner: 'acme', repo: 'lib' })).resolves.toMatchObject({ accountLogin: 'acme' });
    expect(statuses(server, routes.GET_REPO_INSTALLATION)).toEqual([401, 200]);
  });

  test('a JWT refused twice is GITHUB_UNAUTHORIZED after exactly one retry', async () => {
    const { w, app, server } = await world();
    w.scenario.apps.misbehaviour.refuseJwts = 5;
    await expect(app.findInstallation({ kind: 'organization', org: 'acme' })).rejects.toMatchObject({ code: 'GITHUB_UNAUTHORIZED', status: 401 });
    expect(statuses(server, routes.GET_ORG_INSTALLATION)).toEqual([401, 401]);
  });

  test('a key the App does not have (deleted from its settings) is refused: GITHUB_UNAUTHORIZED, no token', async () => {
    const { w, server } = await world();
    const stranger = createAppJwtSigner({ issuer: { appId: String(w.app.id) }, privateKey: generateAppKey() });
    const app = new GitHubApp({ baseUrl: server.url, jwt: stranger, retries: 0, authRetryDelayMs: 1 });
    await expect(app.issueToken(String(w.installation.id), { repositoryNames: ['app'], permissions: { issues: 'read' } })).rejects.toBeInstanceOf(GitHubError);
    expect(w.scenario.apps.tokens.size).toBe(0);
  });

  test('the JWT GitHub sees is RS256, iss the client id, iat 60 s back, exp under 10 minutes ahead', async () => {
    const { w, app } = await world();
    await app.findInstallation({ kind: 'organization', org: 'acme' });
    const [jwt] = w.scenario.apps.jwtsSeen;
    const [header, payload] = jwt!.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
    const now = Math.floor(Date.now() / 1000);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(payload!['iss']).toBe(w.app.clientId);
    expect(Math.abs((payload!['iat'] as number) - (now - 60))).toBeLessThanOrEqual(2);
    expect((payload!['exp'] as number) - now).toBeLessThan(600);
    expect((payload!['exp'] as number) - (payload!['iat'] as number)).toBeLessThanOrEqual(600);
  });
});

describe('tokens: issue, use, revoke', () => {
  test('a token for named repositories reaches exactly them; revoked, GitHub refuses it', async () => {
    const { w, app } = await world();
    const issued = await app.issueToken(String(w.installation.id), { repositoryIds: [String(w.ids.lib)], permissions: { issues: 'write' } });
    expect(issued).toMatchObject({ permissions: { issues: 'write' }, repositorySelection: 'selected', repositories: [{ id: String(w.ids.lib), name: 'lib' }] });
    expect(issued.token).toMatch(/^ghs_[A-Za-z0-9_-]{36}$/u);
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
    const client = app.installationClient(issued.token);
    await expect(readRepository(client, { owner: 'acme', repo: 'lib' })).resolves.toMatchObject({ id: w.ids.lib, owner: { login: 'acme', id: w.ids.owner }, defaultBranch: 'main' });
    await expect(readRepository(client, { owner: 'acme', repo: 'app' })).rejects.toMatchObject({ code: 'GITHUB_NOT_FOUND' });
    await expect(app.revokeToken(issued.token)).resolves.toBe('revoked');
    await expect(readRepository(app.installationClient(issued.token), { owner: 'acme', repo: 'lib' })).rejects.toMatchObject({ code: 'GITHUB_UNAUTHORIZED' });
    await expect(app.revokeToken(issued.token)).resolves.toBe('already-invalid');
  });

  test('GitHub replicating a new token (401 on its first use) is retried once', async () => {
    const { w, app, server } = await world();
    w.scenario.apps.misbehaviour.refuseFreshTokens = 1;
    const issued = await app.issueToken(String(w.installation.id), { repositoryNames: ['lib'], permissions: { metadata: 'read' } });
    await expect(readRepository(app.installationClient(issued.token), { owner: 'acme', repo: 'lib' })).resolves.toMatchObject({ id: w.ids.lib });
    expect(statuses(server, routes.GET_REPOSITORY)).toEqual([401, 200]);
  });

  test('a permission the installation lacks is GitHub\'s 422, with its message', async () => {
    const { w, app } = await world();
    await expect(app.issueToken(String(w.installation.id), { repositoryNames: ['app'], permissions: { checks: 'write' } })).rejects.toMatchObject({ code: 'GITHUB_HTTP_ERROR', status: 422, message: expect.stringContaining('not granted to this installation') });
  });

  test('a repository outside the installation is GitHub\'s 422', async () => {
    const { w, app } = await world();
    w.installation.repositorySelection = 'selected';
    w.installation.repositoryIds = [w.ids.app];
    await expect(app.issueToken(String(w.installation.id), { repositoryIds: [String(w.ids.lib)], permissions: { issues: 'read' } })).rejects.toMatchObject({ status: 422, message: expect.stringContaining('not accessible to the parent installation') });
  });

  test('an installation that no longer exists is GITHUB_NOT_FOUND', async () => {
    const { app } = await world();
    await expect(app.issueToken('999999', { repositoryNames: ['app'], permissions: { issues: 'read' } })).rejects.toMatchObject({ code: 'GITHUB_NOT_FOUND', route: routes.CREATE_INSTALLATION_TOKEN });
  });

  test('a rate limit that resets at once is waited out; one that lasts an hour is GITHUB_RATE_LIMITED', async () => {
    const { w, app, server } = await world();
    server.addFault({ route: routes.CREATE_INSTALLATION_TOKEN, kind: 'rate-limit-reset-soon' });
    await expect(app.issueToken(String(w.installation.id), { repositoryNames: ['app'], permissions: { issues: 'read' } })).resolves.toMatchObject({ permissions: { issues: 'read' } });
    server.addFault({ route: routes.CREATE_INSTALLATION_TOKEN, kind: 'rate-limit-exhausted', times: Infinity });
    await expect(app.issueToken(String(w.installation.id), { repositoryNames: ['app'], permissions: { issues: 'read' } })).rejects.toMatchObject({ code: 'GITHUB_RATE_LIMITED' });
  });

  test('a token answer with the wrong shape is revoked before the error is thrown', async () => {
    const { w, server: first } = await world();
    await first.close();
    const drifted = await startFakeGitHub({
      scenario: w.scenario,
      handlers: [{ method: 'POST', path: '/app/installations/{installation_id}/access_tokens', fn: (_request, scenario) => {
        const token = scenario.apps.issue(w.installation, { issues: 'read' }, [w.ids.app]);
        // Valid to the OpenAPI description (permissions are optional there), not to the adapter.
        return { status: 201, body: { token: token.token, expires_at: '2030-01-01T00:00:00Z' } };
      } }],
    });
    server = undefined;
    try {
      const app = new GitHubApp({ baseUrl: drifted.url, jwt: createAppJwtSigner({ issuer: { clientId: w.app.clientId }, privateKey: key }), retries: 0, authRetryDelayMs: 1 });
      await expect(app.issueToken(String(w.installation.id), { repositoryNames: ['app'], permissions: { issues: 'read' } })).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', message: expect.stringContaining('permissions') });
      expect(w.scenario.apps.unrevoked()).toEqual([]);
    } finally {
      await drifted.close();
    }
  });
});
