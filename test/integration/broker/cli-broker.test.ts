import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrokerConfig } from '@ringfence/broker';
import { brokerConfigCommand, createBrokerServeCommand } from '../../../packages/cli/src/commands/broker.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { AUDIENCE, DEFAULT_REQUEST, FIXTURES, OWNER_ID, RecordingMinter } from './stack.js';

function captureIo(cwd = FIXTURES): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, cwd, out: (text) => void stdout.push(text), err: (text) => void stderr.push(text) };
}

describe('ringfence broker config validate', () => {
  it('describes a valid configuration: issuers, their key URLs, the policy, and only where the App key comes from', async () => {
    const io = captureIo();
    expect(await brokerConfigCommand(['validate', '--config', 'valid/broker.yml'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('issuer: https://token.actions.githubusercontent.com (owners 987654; keys https://token.actions.githubusercontent.com/.well-known/jwks)');
    expect(io.stdout.join('\n')).toContain('policy: ');
  });

  it('lists every problem with file:line:column and exits 1', async () => {
    const io = captureIo();
    expect(await brokerConfigCommand(['validate', '--config', 'invalid/12-two-key-sources.yml', '--json'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^error: .*invalid\/12-two-key-sources\.yml:7:3: two sources for the App private key/u);
    expect(JSON.parse(io.stdout[0]!)).toMatchObject({ valid: false, problems: [{ code: 'BROKER_CONFIG_APP_KEY', line: 7, column: 3 }] });
  });

  it.each([
    [['validate'], 'USAGE_MISSING_ARGUMENT'],
    [['check', '--config', 'x'], 'USAGE_UNKNOWN_COMMAND'],
    [['validate', '--config', 'x', '--port', '1'], 'USAGE_UNKNOWN_OPTION'],
  ])('refuses %j as a usage error', async (args, code) => {
    await expect(brokerConfigCommand(args, captureIo())).rejects.toMatchObject({ code });
  });
});

describe('ringfence broker serve', () => {
  let issuer: OidcIssuer;
  let dir: string;
  beforeAll(async () => {
    issuer = await startOidcIssuer({ audience: AUDIENCE });
    dir = mkdtempSync(join(tmpdir(), 'ringfence-broker-cli-'));
    copyFileSync(join(FIXTURES, 'org-policy.yml'), join(dir, 'org-policy.yml'));
    const config = { version: 1, audience: AUDIENCE, issuers: [{ url: issuer.issuer, owner_ids: [OWNER_ID] }], app: { id: 1, private_key_env: 'RINGFENCE_TEST_APP_KEY' }, policy: { file: 'org-policy.yml', host_repository_id: 100001 }, stores: { audit: { kind: 'file', path: 'audit.jsonl' } } };
    writeFileSync(join(dir, 'broker.json'), JSON.stringify(config));
  });
  afterAll(async () => {
    await issuer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves exchanges on the port given, writes the audit log file, and stops cleanly', async () => {
    const minter = new RecordingMinter();
    let configured: BrokerConfig | undefined;
    let status = 0;
    const serve = createBrokerServeCommand({
      createMinter: (config) => {
        configured = config;
        return minter;
      },
      stopped: async (broker) => {
        const response = await fetch(`${broker.url}/v1/exchange`, { method: 'POST', headers: { authorization: `Bearer ${await issuer.mint()}`, 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_REQUEST) });
        status = response.status;
        await response.text();
      },
    });
    const io = captureIo(dir);
    expect(await serve(['--config', 'broker.json', '--port', '0', '--host', '127.0.0.1'], io)).toBe(0);
    expect(status).toBe(200);
    expect(configured?.app).toEqual({ id: '1', privateKey: { kind: 'env', name: 'RINGFENCE_TEST_APP_KEY' } });
    expect(io.stderr[0]).toMatch(/^ringfence broker: listening on http:\/\/127\.0\.0\.1:\d+; audience https:\/\/broker\.test\/ringfence/u);
    const events = readFileSync(join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { outcome: string; granted: { tokenSha256: string } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'allowed', granted: { tokenSha256: expect.any(String) } });
    expect(readFileSync(join(dir, 'audit.jsonl'), 'utf8')).not.toContain(minter.issued[0]);
  });

  it.each([
    [['--port', '1'], 'USAGE_MISSING_ARGUMENT'],
    [['--config', 'broker.json', '--port', '70000'], 'USAGE_INVALID_VALUE'],
    [['--config', 'missing.yml'], 'BROKER_CONFIG_NOT_FOUND'],
  ])('refuses %j before listening', async (args, code) => {
    const serve = createBrokerServeCommand({ createMinter: () => new RecordingMinter() });
    await expect(serve(args, captureIo(dir))).rejects.toMatchObject({ code });
  });
});
