import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBroker } from '@ringfence/broker';
import type { BrokerStack } from './stack.js';
import { APP_REPO, startBrokerStack } from './stack.js';

let s: BrokerStack;
beforeAll(async () => {
  s = await startBrokerStack();
});
afterAll(() => s.close());

describe('the dry run explains without minting', () => {
  it('says which rule would grant the request', async () => {
    const reply = await s.call('/v1/explain', { token: await s.mint() });
    expect(reply.status).toBe(200);
    expect(reply.json['decision']).toMatchObject({ outcome: 'granted', rule: { name: 'app-release' }, token: { repositoryIds: [APP_REPO], permissions: { contents: 'write' } } });
    expect((reply.json['rules'] as { status: string }[]).map((r) => r.status)).toEqual(['grants', 'refuses']);
    expect(s.auditOf(reply)).toMatchObject({ kind: 'explain', outcome: 'allowed', reason: null, granted: null, rule: { name: 'app-release' } });
    expect(s.minter.grants).toEqual([]);
  });

  it('says which rule came closest and which claim failed', async () => {
    const reply = await s.call('/v1/explain', { token: await s.mint({ claims: { event_name: 'pull_request', sub: 'repo:acme/app:pull_request' } }) });
    expect(reply.json['decision']).toMatchObject({ outcome: 'refused', refusal: { code: 'TOKEN_NO_RULE_MATCHED', closest: { rule: { name: 'app-release' } } } });
    expect(s.auditOf(reply)).toMatchObject({ kind: 'explain', outcome: 'blocked', reason: 'TOKEN_NO_RULE_MATCHED' });
  });

  it('needs the same credential as an exchange, and spends it', async () => {
    const token = await s.mint();
    expect((await s.call('/v1/explain', { token })).status).toBe(200);
    const again = await s.call('/v1/explain', { token });
    expect([again.status, s.auditOf(again).reason]).toEqual([401, 'ID_TOKEN_REPLAYED']);
    expect((await s.call('/v1/explain', {})).status).toBe(401);
  });
});

describe('the other routes', () => {
  it.each([
    ['GET /healthz', '/healthz', 'GET', 200, { status: 'ok' }],
    ['GET of the exchange', '/v1/exchange', 'GET', 405, { error: 'method_not_allowed' }],
    ['POST of the health check', '/healthz', 'POST', 405, { error: 'method_not_allowed' }],
    ['an unknown path', '/v1/exchange/../admin', 'POST', 404, { error: 'not_found' }],
    ['a path differing in case', '/V1/Exchange', 'POST', 404, { error: 'not_found' }],
    ['a path naming an object property', '/__proto__', 'POST', 404, { error: 'not_found' }],
    ['a path naming an inherited method', '/constructor', 'GET', 404, { error: 'not_found' }],
  ])('%s', async (_, path, method, status, body) => {
    const reply = await s.call(path, { method });
    expect(reply.status).toBe(status);
    expect(reply.json).toMatchObject(body);
  });

  it('serves Prometheus text with calls by outcome and reason', async () => {
    await s.call('/v1/exchange', { token: await s.mint() });
    await s.call('/v1/exchange', {});
    const response = await fetch(`${s.broker.url}/metrics`);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^ringfence_broker_calls_total\{kind="exchange",outcome="allowed",reason="none"\} [1-9]/mu);
    expect(text).toMatch(/^ringfence_broker_calls_total\{kind="exchange",outcome="blocked",reason="AUTH_MISSING"\} 1$/mu);
    expect(text).toMatch(/^ringfence_broker_call_duration_seconds_count\{kind="exchange"\} [1-9]/mu);
    expect(text).toMatch(/^ringfence_broker_replay_entries [1-9]/mu);
  });
});

describe('starting', () => {
  it('fails, leaving nothing running, when the port is taken', async () => {
    const port = Number(new URL(s.broker.url).port);
    await expect(startBroker(s.config, { minter: s.minter }, { host: '127.0.0.1', port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('the token policy file', () => {
  it('is read again on demand: a broken file fails closed until fixed (without using tokens up), a narrowed one narrows at once', async () => {
    const file = join(s.dir, 'org-policy.yml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\n  nonsense: [`);
    await s.broker.refreshPolicy();
    const kept = await s.mint();
    const broken = await s.call('/v1/exchange', { token: kept });
    expect([broken.status, broken.json['error'], s.auditOf(broken).reason]).toEqual([503, 'unavailable', 'POLICY_UNAVAILABLE']);
    expect((await s.call('/healthz', { method: 'GET' })).status).toBe(503);
    writeFileSync(file, good.replace('permissions: { contents: write, issues: write, metadata: read }', 'permissions: { issues: write }'));
    await s.broker.refreshPolicy();
    const narrowed = await s.call('/v1/exchange', { token: await s.mint() });
    expect([narrowed.status, s.auditOf(narrowed).reason]).toEqual([403, 'TOKEN_PERMISSION_NOT_GRANTED']);
    writeFileSync(file, good);
    await s.broker.refreshPolicy();
    expect((await s.call('/v1/exchange', { token: kept })).status).toBe(200);
  });
});
