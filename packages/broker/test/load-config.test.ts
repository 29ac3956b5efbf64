import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BrokerConfigError, CONFIG_DEFAULTS, loadBrokerConfig, readBrokerConfigFile } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/broker');
const expectations = JSON.parse(readFileSync(join(FIXTURES, 'invalid/expectations.json'), 'utf8')) as Record<string, { code: string; line: number; column: number }>;

function problemsOf(file: string): BrokerConfigError['problems'] {
  try {
    loadBrokerConfig(readFileSync(join(FIXTURES, 'invalid', file)), file);
  } catch (error) {
    if (error instanceof BrokerConfigError) return error.problems;
    throw error;
  }
  throw new Error(`${file} loaded`);
}

describe('loadBrokerConfig', () => {
  it('reads a complete configuration, resolving paths against its folder', async () => {
    const config = await readBrokerConfigFile(join(FIXTURES, 'valid/broker.yml'));
    expect(config).toMatchObject({
      audience: 'https://broker.acme.example/ringfence',
      issuers: [
        { url: 'https://token.actions.githubusercontent.com', jwksUrl: 'https://token.actions.githubusercontent.com/.well-known/jwks', ownerIds: ['987654'] },
        { url: 'https://token.actions.acme.ghe.com', jwksUrl: 'https://token.actions.acme.ghe.com/.well-known/jwks', ownerIds: ['1200'] },
      ],
      app: { id: '123456', privateKey: { kind: 'file', path: '/run/secrets/ringfence-app.pem' } },
      policy: { file: join(FIXTURES, 'org-policy.yml'), hostRepositoryId: '100001', defaultBranch: 'main' },
      stores: { audit: { kind: 'file', path: '/var/log/ringfence/audit.jsonl' } },
    });
  });

  it('applies every default to a minimal JSON configuration (a GHES issuer)', () => {
    const config = loadBrokerConfig(readFileSync(join(FIXTURES, 'valid/minimal.json')), join(FIXTURES, 'valid/minimal.json'));
    const d = CONFIG_DEFAULTS;
    expect(config.issuers[0]!.jwksUrl).toBe('https://ghes.acme.example/_services/token/.well-known/jwks');
    expect(config.verification).toEqual({ clockToleranceSeconds: d.clockToleranceSeconds, maxTokenAgeSeconds: d.maxTokenAgeSeconds, jwksCacheSeconds: d.jwksCacheSeconds, jwksCooldownSeconds: d.jwksCooldownSeconds, jwksStaleSeconds: d.jwksStaleSeconds, jwksTimeoutMs: d.jwksTimeoutMs });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8080, maxBodyBytes: 16_384, mintTimeoutMs: 10_000 });
    expect(config.stores).toEqual({ replay: { kind: 'memory', maxEntries: 100_000 }, rateLimit: { kind: 'memory' }, audit: { kind: 'memory' } });
    expect(config.limits).toEqual({ perRepositoryPerMinute: 120 });
    expect(config.redis).toBeUndefined();
    expect(config.app.privateKey).toEqual({ kind: 'env', name: 'RINGFENCE_APP_KEY' });
  });

  it('has an expectation for every invalid fixture', () => {
    expect(readdirSync(join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.yml')).sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.entries(expectations))('refuses %s with its code and position', (file, expected) => {
    expect(problemsOf(file)[0]).toMatchObject({ file, ...expected });
  });

  it('words a pattern as what it stands for', () => {
    expect(problemsOf('07-issuer-trailing-slash.yml')[0]).toMatchObject({ message: 'value not allowed', expected: expect.stringContaining('https URL without trailing slash') });
  });

  it('suggests the key that was meant', () => {
    expect(problemsOf('14-misspelled-verification.yml')[0]).toMatchObject({ suggestion: 'verification' });
  });

  it('names a missing file BROKER_CONFIG_NOT_FOUND', async () => {
    await expect(readBrokerConfigFile(join(FIXTURES, 'nowhere.yml'))).rejects.toMatchObject({ code: 'BROKER_CONFIG_NOT_FOUND' });
  });

  it('refuses a file that does not parse as YAML 1.2 at all with the file named', () => {
    expect(() => loadBrokerConfig(new Uint8Array([0xff, 0xfe]), 'bad.yml')).toThrow(expect.objectContaining({ code: 'BROKER_CONFIG_ENCODING' }));
  });
});

describe('configurations shown in docs/broker.md', () => {
  // Fenced as `yml`, not `yaml`: the policy package's docs test loads every `yaml` block with `version: 1` as a policy.
  const examples = [...readFileSync(join(import.meta.dirname, '../../../docs/broker.md'), 'utf8').matchAll(/```yml\n([\s\S]*?)```/gu)].map((m) => m[1]!);

  it('there is one', () => expect(examples.length).toBeGreaterThanOrEqual(1));
  it.each(examples.map((text, i) => [i + 1, text] as const))('example %i loads', (_, text) => {
    expect(loadBrokerConfig(text, '/etc/ringfence/broker.yml').audience).toBe('https://broker.acme.example/ringfence');
  });
});

describe('shared stores and rate limits', () => {
  const base = `version: 1\naudience: https://broker.acme.example/ringfence\nissuers: [{ url: "https://token.actions.githubusercontent.com", owner_ids: [987654] }]\napp: { id: 1, private_key_env: K }\npolicy: { file: org-policy.yml, host_repository_id: 100001 }\n`;

  it('reads Redis, its defaults and the limits; the password only by the name of its variable', () => {
    const config = loadBrokerConfig(`${base}stores: { replay: { kind: redis }, rate_limit: { kind: redis }, audit: { kind: memory } }\nredis: { url: "rediss://10.0.0.3:6378/2", password_env: RINGFENCE_REDIS_PASSWORD }\nlimits: { per_repository_per_minute: 30, global_per_minute: 600 }\n`, '/etc/ringfence/broker.yml');
    expect(config.stores).toEqual({ replay: { kind: 'redis' }, rateLimit: { kind: 'redis' }, audit: { kind: 'memory' } });
    expect(config.redis).toEqual({ url: 'rediss://10.0.0.3:6378/2', passwordEnv: 'RINGFENCE_REDIS_PASSWORD', keyPrefix: CONFIG_DEFAULTS.redisKeyPrefix, timeoutMs: CONFIG_DEFAULTS.redisTimeoutMs });
    expect(config.limits).toEqual({ perRepositoryPerMinute: 30, globalPerMinute: 600 });
  });

  it('says how to write a Redis URL without its password', () => {
    expect(problemsOf('24-redis-password-in-url.yml')[0]).toMatchObject({ message: 'value not allowed', expected: expect.stringContaining('redis.password_env') });
  });

  it('names the store that needs a redis section', () => {
    expect(problemsOf('22-redis-store-without-redis.yml')[0]).toMatchObject({ message: 'stores.replay is kept in Redis but there is no redis section' });
  });
});
