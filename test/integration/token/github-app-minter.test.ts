import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import type { TokenMinter } from '@ringfence/broker';
import { GitHubApp, GitHubAppMinter } from '@ringfence/github';
import { createAppJwtSigner } from '@ringfence/token';
import { appScenario, generateAppKey, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { AppScenario, FakeGitHub } from '../../servers/fake-github/index.js';

/** The broker's TokenMinter port over the GitHub App, against the loopback fake. */
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

async function world(): Promise<{ w: AppScenario; minter: TokenMinter }> {
  const w = appScenario({ privateKey: key });
  server = await startFakeGitHub({ scenario: w.scenario });
  const app = new GitHubApp({ baseUrl: server.url, jwt: createAppJwtSigner({ issuer: { clientId: w.app.clientId }, privateKey: key }), retries: 0, authRetryDelayMs: 1 });
  // Assignable to the broker's port: the adapter needs no import of the broker.
  const minter: TokenMinter = new GitHubAppMinter(app);
  return { w, minter };
}

describe('GitHubAppMinter (the broker\'s TokenMinter)', () => {
  test('mints exactly the grant from the owner\'s installation, and revokes', async () => {
    const { w, minter } = await world();
    const answer = await minter.mint({ owner: 'acme', ownerId: String(w.ids.owner), repositoryIds: [String(w.ids.app)], permissions: { issues: 'write' } });
    expect(answer).toMatchObject({ permissions: { issues: 'write' }, repositoryIds: [String(w.ids.app)] });
    expect(Date.parse(answer.expiresAt)).toBeGreaterThan(Date.now());
    await minter.revoke!(answer.token);
    expect(w.scenario.apps.unrevoked()).toEqual([]);
  });

  test('an owner name now held by another account (id differs) mints nothing', async () => {
    const { w, minter } = await world();
    await expect(minter.mint({ owner: 'acme', ownerId: '1', repositoryIds: [String(w.ids.app)], permissions: { issues: 'write' } })).rejects.toMatchObject({ code: 'GITHUB_BAD_RESPONSE', message: expect.stringContaining('expected account id 1') });
    expect(w.scenario.apps.tokens.size).toBe(0);
  });

  test('every repository in GitHub\'s answer reads as an empty list, which the broker refuses', async () => {
    const { w, minter } = await world();
    w.scenario.apps.misbehaviour.allRepositories = true;
    await expect(minter.mint({ owner: 'acme', ownerId: String(w.ids.owner), repositoryIds: [String(w.ids.app)], permissions: { issues: 'write' } })).resolves.toMatchObject({ repositoryIds: [] });
  });

  test('a suspended installation mints nothing', async () => {
    const { w, minter } = await world();
    w.installation.suspended = true;
    await expect(minter.mint({ owner: 'acme', ownerId: String(w.ids.owner), repositoryIds: [String(w.ids.app)], permissions: { issues: 'write' } })).rejects.toMatchObject({ code: 'GITHUB_FORBIDDEN' });
  });
});
