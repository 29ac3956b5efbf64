import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { routes } from '@ringfence/github';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { startGitHubWorld } from './github-world.js';
import type { GitHubWorld } from './github-world.js';
import { hostileRows } from './hostile-rows.js';
import type { BrokerStack } from './stack.js';
import { APP_REPO, AUDIENCE, startBrokerStack } from './stack.js';

/**
 * The hostile table again, this time with the broker minting through the GitHub App
 * adapter at the fake GitHub (every answer checked against GitHub's OpenAPI description),
 * after the loopback issuer has rotated its signing key: every row is refused with its
 * reason and audited as blocked, and GitHub is never asked for a token.
 */
let world: GitHubWorld;
let issuer: OidcIssuer;
let s: BrokerStack;
beforeAll(async () => {
  world = await startGitHubWorld();
  issuer = await startOidcIssuer({ audience: AUDIENCE });
  s = await startBrokerStack({ issuer, minter: world.minter });
});
afterAll(async () => {
  world.github.assertNoSchemaViolations();
  await s.close();
  await issuer.close();
  await world.close();
});

const mints = () => world.github.requests.filter((r) => r.route === routes.CREATE_INSTALLATION_TOKEN).length;

describe('an exchange through the GitHub App minter, across a rotation of the issuer\'s key', () => {
  it('mints exactly the grant at GitHub before and after the rotation, and the broker revokes nothing', async () => {
    const before = await s.call('/v1/exchange', { token: await s.mint() });
    expect(before.status).toBe(200);
    await issuer.publishNextKey();
    await issuer.rotateKey({ keepPrevious: true });
    // Past the unknown-kid cooldown: the new kid is fetched on its first use.
    s.clock.advance(31);
    const after = await s.call('/v1/exchange', { token: await s.mint() });
    expect(after.status).toBe(200);
    s.clock.offsetMs = 0;
    for (const answer of [before, after]) {
      const token = answer.json['token'] as string;
      expect(world.scenario.apps.tokens.get(token)).toMatchObject({ permissions: { contents: 'write' }, repositoryIds: [Number(APP_REPO)], revoked: false });
      expect(s.auditOf(answer)).toMatchObject({ outcome: 'allowed', rule: { name: 'app-release' } });
    }
    expect(world.github.requests.filter((r) => r.route === routes.CREATE_INSTALLATION_TOKEN).map((r) => r.body)).toEqual([
      { permissions: { contents: 'write' }, repository_ids: [Number(APP_REPO)] },
      { permissions: { contents: 'write' }, repository_ids: [Number(APP_REPO)] },
    ]);
  });
});

describe('every hostile or malformed call is refused with its reason and audited, and GitHub mints nothing', () => {
  const rows = hostileRows(() => s);
  let mintsBefore = 0;
  beforeAll(() => {
    mintsBefore = mints();
  });

  it('has at least 50 rows', () => expect(rows.length).toBeGreaterThanOrEqual(50));

  it.each(rows)('%s', async (_, build, [status, error, reason]) => {
    const options = await build();
    const answer = await s.call('/v1/exchange', options);
    expect([answer.status, answer.json['error']]).toEqual([status, error]);
    const event = s.auditOf(answer);
    expect(event).toMatchObject({ kind: 'exchange', outcome: 'blocked', status, reason, granted: null, revoked: null });
    expect(event.detail).toEqual(expect.any(String));
    if (options.token !== undefined) expect(JSON.stringify(event)).not.toContain(options.token);
  });

  it('asked GitHub for no token for any of them', () => expect(mints()).toBe(mintsBefore));
});
