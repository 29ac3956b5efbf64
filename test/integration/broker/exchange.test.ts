import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { hashToken } from '@ringfence/broker';
import type { AuditEvent, AuditSink, MintedAnswer, MintGrant } from '@ringfence/broker';
import type { BrokerStack } from './stack.js';
import { APP_REPO, OWNER_ID, RecordingMinter, exactAnswer, startBrokerStack } from './stack.js';

let s: BrokerStack;
beforeAll(async () => {
  s = await startBrokerStack({ config: 'server: { mint_timeout_ms: 200 }\n' });
});
afterAll(() => s.close());
beforeEach(() => {
  s.minter.answer = (grant) => exactAnswer(grant, Date.now());
});

describe('a job exchanges its ID token for exactly the token the policy grants', () => {
  it('answers the token, its expiry, permissions and repositories, and audits the grant', async () => {
    const idToken = await s.mint();
    const answer = await s.call('/v1/exchange', { token: idToken });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ token: expect.stringMatching(/^ghs_/u), expires_at: expect.any(String), permissions: { contents: 'write' }, repositories: [APP_REPO] });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(s.minter.grants.at(-1)).toEqual({ owner: 'acme', ownerId: OWNER_ID, repositoryIds: [APP_REPO], permissions: { contents: 'write' } });
    const event = s.auditOf(answer);
    expect(event).toMatchObject({ kind: 'exchange', outcome: 'allowed', status: 200, reason: null, rule: { name: 'app-release', layer: 'org' }, requested: { repositories: null, permissions: { contents: 'write' } } });
    expect(event.granted).toEqual({ repositories: [APP_REPO], permissions: { contents: 'write' }, expiresAt: answer.json['expires_at'], tokenSha256: hashToken(answer.json['token'] as string) });
    expect(event.who).toMatchObject({ iss: s.issuer.issuer, repository: 'acme/app', repository_id: APP_REPO, repository_owner_id: OWNER_ID, workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main' });
    const text = JSON.stringify(event);
    expect(text).not.toContain(answer.json['token']);
    expect(text).not.toContain(idToken);
  });

  it('accepts each ID token once', async () => {
    const idToken = await s.mint();
    expect((await s.call('/v1/exchange', { token: idToken })).status).toBe(200);
    const replayed = await s.call('/v1/exchange', { token: idToken });
    expect([replayed.status, s.auditOf(replayed).reason]).toEqual([401, 'ID_TOKEN_REPLAYED']);
  });

  it('does not spend a token on a malformed request, but does on a policy refusal', async () => {
    const idToken = await s.mint();
    expect((await s.call('/v1/exchange', { token: idToken, body: '{' })).status).toBe(400);
    expect((await s.call('/v1/exchange', { token: idToken, body: { permissions: { members: 'read' } } })).status).toBe(403);
    const retried = await s.call('/v1/exchange', { token: idToken });
    expect(s.auditOf(retried).reason).toBe('ID_TOKEN_REPLAYED');
  });

  it.each([
    ['issued 20 s ahead of the broker, within the tolerance', { issuedAt: new Date(Date.now() + 20_000) }],
    ['whose subject is in the immutable owner@id/repository@id form', { claims: { sub: `repo:acme@${OWNER_ID}/app@${APP_REPO}:ref:refs/heads/main` } }],
    ['whose subject follows a custom template without repo', { claims: { sub: 'repository_owner_id:987654:context:ref:refs/heads/main' } }],
  ])('accepts a token %s', async (_, options) => {
    expect((await s.call('/v1/exchange', { token: await s.mint(options) })).status).toBe(200);
  });

  it('passes on metadata: read that GitHub adds to any repository token', async () => {
    s.minter.answer = (grant) => ({ ...exactAnswer(grant, Date.now()), permissions: { ...grant.permissions, metadata: 'read' } });
    const answer = await s.call('/v1/exchange', { token: await s.mint() });
    expect([answer.status, answer.json['permissions']]).toEqual([200, { contents: 'write', metadata: 'read' }]);
  });
});

describe('a minter answer beyond the grant is revoked and refused', () => {
  const broader: [string, (grant: MintGrant) => MintedAnswer][] = [
    ['a permission not granted', (g) => ({ ...exactAnswer(g, Date.now()), permissions: { ...g.permissions, administration: 'write' } })],
    ['a higher level than granted', (g) => ({ ...exactAnswer(g, Date.now()), permissions: { contents: 'admin' } })],
    ['a level GitHub does not have', (g) => ({ ...exactAnswer(g, Date.now()), permissions: { contents: 'owner' } })],
    ['a repository not granted', (g) => ({ ...exactAnswer(g, Date.now()), repositoryIds: [APP_REPO, '222222222'] })],
    ['no repository list (all of the installation)', (g) => ({ ...exactAnswer(g, Date.now()), repositoryIds: [] })],
    ['a lifetime of a day', (g) => ({ ...exactAnswer(g, Date.now()), expiresAt: new Date(Date.now() + 86_400_000).toISOString() })],
  ];
  it.each(broader)('%s', async (_, answer) => {
    s.minter.answer = answer;
    const reply = await s.call('/v1/exchange', { token: await s.mint() });
    expect([reply.status, reply.json['error']]).toEqual([502, 'mint_failed']);
    const event = s.auditOf(reply);
    expect(event).toMatchObject({ outcome: 'error', reason: 'MINT_BROADER', revoked: true, granted: null, rule: { name: 'app-release' } });
    expect(s.minter.revoked).toContain(s.minter.issued.at(-1));
  });

  it('redacts a token-shaped secret from a minter failure', async () => {
    s.minter.answer = () => Promise.reject(new Error('GitHub said no to ghs_abcdefghijklmnopqrstuvwxyz0123456789'));
    const reply = await s.call('/v1/exchange', { token: await s.mint() });
    const event = s.auditOf(reply);
    expect([reply.status, event.reason]).toEqual([502, 'MINT_FAILED']);
    expect(event.detail).toContain('[redacted]');
    expect(event.detail).not.toContain('ghs_abcdefghijklmnopqrstuvwxyz');
  });

  it('times a slow minter out and revokes the token when it finally comes', async () => {
    s.minter.answer = async (grant) => {
      await sleep(400);
      return exactAnswer(grant, Date.now());
    };
    const reply = await s.call('/v1/exchange', { token: await s.mint() });
    expect([reply.status, s.auditOf(reply).reason]).toEqual([502, 'MINT_TIMEOUT']);
    await sleep(400);
    expect(s.minter.revoked).toContain(s.minter.issued.at(-1));
  });
});

describe('no token leaves the broker unaudited', () => {
  it('revokes a minted token and answers 503 when the audit event cannot be written', async () => {
    const failing: AuditSink & { events: AuditEvent[] } = { events: [], write: () => Promise.reject(new Error('disk full')) };
    const minter = new RecordingMinter();
    const stack = await startBrokerStack({ audit: failing, minter });
    try {
      const reply = await stack.call('/v1/exchange', { token: await stack.mint() });
      expect([reply.status, reply.json['error']]).toEqual([503, 'unavailable']);
      expect(minter.grants).toHaveLength(1);
      expect(minter.revoked).toHaveLength(1);
    } finally {
      await stack.close();
    }
  });
});
