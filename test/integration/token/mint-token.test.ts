import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GitHubApp, routes } from '@ringfence/github';
import { TokenMintError, createAppJwtSigner, mintToken, secretForms } from '@ringfence/token';
import type { MintDeps, MintOrder } from '@ringfence/token';
import { appScenario, generateAppKey, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { AppScenario, FakeGitHub } from '../../servers/fake-github/index.js';

/**
 * Minting against the loopback fake: exactly what was ordered, masked before anything else,
 * and GitHub's answer held to the order. A broader answer is revoked and refused.
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

async function world(): Promise<{ w: AppScenario; deps: MintDeps; masked: string[]; server: FakeGitHub }> {
  const w = appScenario({ privateKey: key });
  server = await startFakeGitHub({ scenario: w.scenario });
  const app = new GitHubApp({ baseUrl: server.url, jwt: createAppJwtSigner({ issuer: { appId: String(w.app.id) }, privateKey: key }), retries: 0, authRetryDelayMs: 1 });
  const masked: string[] = [];
  return { w, deps: { installations: app, issuer: app, revoker: app, mask: (s) => masked.push(s) }, masked, server };
}

const order = (w: AppScenario, extra: Partial<MintOrder> = {}): MintOrder => ({ installation: { kind: 'repository', owner: 'acme', repo: 'app' }, repositories: { ids: [String(w.ids.app), String(w.ids.lib)] }, permissions: { issues: 'write', contents: 'read' }, ...extra });

describe('mintToken', () => {
  test('mints exactly the order: those repositories by id, those permissions, masked in every form first', async () => {
    const { w, deps, masked, server } = await world();
    const minted = await mintToken(order(w), deps);
    expect(minted).toMatchObject({ installationId: String(w.installation.id), permissions: { issues: 'write', contents: 'read' }, repositorySelection: 'selected', repositories: [{ id: String(w.ids.app), name: 'app' }, { id: String(w.ids.lib), name: 'lib' }] });
    expect(masked).toEqual(secretForms(minted.token));
    expect(masked).toContain(Buffer.from(`x-access-token:${minted.token}`).toString('base64'));
    expect(server.requests.find((r) => r.route === routes.CREATE_INSTALLATION_TOKEN)?.body).toEqual({ permissions: { issues: 'write', contents: 'read' }, repository_ids: [w.ids.app, w.ids.lib] });
    expect(minted.hashedToken).toMatch(/^[A-Za-z0-9+/]{43}=$/u);
  });

  test('metadata: read, which GitHub adds to every token, is not counted as broader', async () => {
    const { w, deps } = await world();
    w.scenario.apps.misbehaviour.extraPermissions = { metadata: 'read' };
    await expect(mintToken(order(w), deps)).resolves.toMatchObject({ permissions: { issues: 'write', contents: 'read', metadata: 'read' } });
  });

  test.each([
    ['a permission not asked for', { extraPermissions: { administration: 'write' } }, /administration: write \(asked nothing\)/u],
    ['a higher level than asked', { extraPermissions: { contents: 'write' } }, /contents: write \(asked read\)/u],
    ['metadata: write', { extraPermissions: { metadata: 'write' } }, /metadata: write/u],
    ['every repository of the installation', { allRepositories: true }, /every repository of the installation/u],
    ['a repository not asked for', { extraRepositoryIds: [1040] }, /repository 1040 \.github \(not asked\)/u],
  ] as const)('GitHub answering with %s: the token is revoked and TOKEN_BROADER_THAN_REQUESTED thrown', async (_name, misbehaviour, detail) => {
    const { w, deps, masked } = await world();
    w.scenario.apps.misbehaviour = { ...misbehaviour };
    const error = await mintToken(order(w), deps).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TokenMintError);
    expect(error).toMatchObject({ code: 'TOKEN_BROADER_THAN_REQUESTED', message: expect.stringMatching(detail) });
    expect((error as Error).message).toContain('it was revoked at once');
    expect(w.scenario.apps.unrevoked()).toEqual([]);
    // Masked before the check: the refused token never reaches a log unmasked either.
    expect(masked[0]).toBe([...w.scenario.apps.tokens.keys()][0]);
  });

  test('a broader token that cannot be revoked says so: it stays valid until it expires', async () => {
    const { w, deps, server } = await world();
    w.scenario.apps.misbehaviour.allRepositories = true;
    server.addFault({ route: routes.REVOKE_INSTALLATION_TOKEN, kind: 'server-error', times: Infinity });
    await expect(mintToken(order(w), deps)).rejects.toMatchObject({ code: 'TOKEN_BROADER_THAN_REQUESTED', message: expect.stringContaining('revoking it failed') });
  });

  test('a permission the installation was not granted: GitHub\'s 422, and which permission', async () => {
    const { w, deps } = await world();
    await expect(mintToken(order(w, { permissions: { checks: 'write', issues: 'write' } }), deps)).rejects.toMatchObject({ code: 'TOKEN_INSTALLATION_LACKS_PERMISSION', message: expect.stringMatching(/HTTP 422.*does not grant checks: write/u) });
    expect(w.scenario.apps.tokens.size).toBe(0);
  });

  test('a suspended installation is refused before anything is asked of it', async () => {
    const { w, deps, server } = await world();
    w.installation.suspended = true;
    await expect(mintToken(order(w), deps)).rejects.toMatchObject({ code: 'TOKEN_INSTALLATION_SUSPENDED' });
    expect(server.requests.map((r) => r.route)).toEqual([routes.GET_REPO_INSTALLATION]);
  });

  test('by name, for the short-lived readers that resolve ids', async () => {
    const { w, deps } = await world();
    await expect(mintToken(order(w, { repositories: { names: ['LIB'] }, permissions: { metadata: 'read' } }), deps)).resolves.toMatchObject({ repositories: [{ id: String(w.ids.lib), name: 'lib' }] });
  });
});
