import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createBrokerServeCommand } from '../../../packages/cli/src/commands/broker.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { redisServerAvailable, startRedis } from '../../servers/redis/index.js';
import type { RedisServer } from '../../servers/redis/index.js';
import { AUDIENCE, FIXTURES, RecordingMinter } from './stack.js';

const describeWithRedis = redisServerAvailable() ? describe : describe.skip;
const io = (cwd: string): Io & { stderr: string[] } => {
  const stderr: string[] = [];
  return { stderr, cwd, out: () => undefined, err: (text) => void stderr.push(text) };
};

describeWithRedis('ringfence broker serve with shared stores', () => {
  const variable = `RINGFENCE_TEST_REDIS_PASSWORD_${process.pid}`;
  let redis: RedisServer;
  let dir: string;
  const configure = (redisSection: Record<string, unknown>) => {
    const config = { version: 1, audience: AUDIENCE, issuers: [{ url: 'https://token.actions.githubusercontent.com', owner_ids: [987654] }], app: { id: 1, private_key_env: 'UNUSED' }, policy: { file: 'org-policy.yml', host_repository_id: 100001 }, stores: { replay: { kind: 'redis' }, rate_limit: { kind: 'redis' }, audit: { kind: 'memory' } }, redis: redisSection };
    writeFileSync(join(dir, 'broker.json'), JSON.stringify(config));
  };

  beforeAll(async () => {
    redis = await startRedis({ password: 's3cret-for-the-test' });
    dir = mkdtempSync(join(tmpdir(), 'ringfence-broker-cli-redis-'));
    copyFileSync(join(FIXTURES, 'org-policy.yml'), join(dir, 'org-policy.yml'));
  });
  afterAll(async () => {
    delete process.env[variable];
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the password from the variable redis.password_env names, and says where the stores are', async () => {
    configure({ url: redis.url, password_env: variable });
    process.env[variable] = 's3cret-for-the-test';
    let health = 0;
    const serve = createBrokerServeCommand({ createMinter: () => new RecordingMinter(), stopped: async (broker) => void (health = (await fetch(`${broker.url}/healthz`)).status) });
    const out = io(dir);
    expect(await serve(['--config', 'broker.json', '--port', '0'], out)).toBe(0);
    expect(health).toBe(200);
    expect(out.stderr[0]).toContain(`; shared stores in ${redis.url}`);
    expect(out.stderr.join('\n')).not.toContain('s3cret-for-the-test');
  });

  it('refuses to start when that variable is empty', async () => {
    configure({ url: redis.url, password_env: variable });
    process.env[variable] = '';
    const serve = createBrokerServeCommand({ createMinter: () => new RecordingMinter() });
    await expect(serve(['--config', 'broker.json', '--port', '0'], io(dir))).rejects.toMatchObject({ code: 'USAGE_MISSING_ARGUMENT', message: expect.stringContaining(variable) });
  });
});

describe('ringfence broker config validate', () => {
  it('says where the replay cache and the call counts live, and the limits', async () => {
    const out: string[] = [];
    const { brokerConfigCommand } = await import('../../../packages/cli/src/commands/broker.js');
    expect(await brokerConfigCommand(['validate', '--config', 'valid/broker.yml'], { cwd: FIXTURES, out: (text) => void out.push(text), err: () => undefined })).toBe(0);
    expect(out.join('\n')).toContain('  replay cache: in memory (this instance only); call counts: in memory (this instance only)\n  limits: 120 calls per repository per minute');
  });
});
