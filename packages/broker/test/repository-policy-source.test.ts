import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { BrokerError, RepositoryPolicySource, gitBlobSha } from '../src/index.js';
import type { PolicyFileRead, PolicyFileReader, RepositoryPolicyConfig } from '../src/index.js';

const GOOD = readFileSync(join(import.meta.dirname, '../../../test/fixtures/broker/org-policy.yml'));
const CONFIG: RepositoryPolicyConfig = { kind: 'repository', owner: 'acme', repo: 'policy', path: 'ringfence/org.yml', ref: 'main', hostRepositoryId: '100001', refreshSeconds: 60, maxStaleSeconds: 300 };
const REPOSITORY = { id: '100001', fullName: 'acme/policy', defaultBranch: 'main' };

/** The reader port answering what a test sets: a read, or a failure. */
class ScriptedReader implements PolicyFileReader {
  answer: PolicyFileRead | Error = fileRead(GOOD);
  reads = 0;
  read(): Promise<PolicyFileRead> {
    this.reads += 1;
    return this.answer instanceof Error ? Promise.reject(this.answer) : Promise.resolve(this.answer);
  }
}

function fileRead(bytes: Uint8Array, repository = REPOSITORY): PolicyFileRead {
  return { repository, file: { bytes, blobSha: gitBlobSha(bytes) } };
}

const opened: RepositoryPolicySource[] = [];
afterEach(() => opened.splice(0).forEach((source) => source.close()));

async function open(config: Partial<RepositoryPolicyConfig> = {}) {
  const reader = new ScriptedReader();
  const clock = { ms: 1_000_000 };
  const reloads: string[] = [];
  const source = await RepositoryPolicySource.open({ config: { ...CONFIG, ...config }, reader, now: () => clock.ms, onReload: (result) => reloads.push(result) });
  opened.push(source);
  return { source, reader, clock, reloads };
}

const refusal = (source: RepositoryPolicySource) => source.current().then(() => 'served', (error: unknown) => (error instanceof BrokerError ? `${error.code}: ${error.message}` : String(error)));

describe('the org policy read from the policy repository', () => {
  it('names the blob SHA and where it was read', async () => {
    const { source } = await open();
    expect((await source.currentVersion()).version).toEqual({ where: 'acme/policy/ringfence/org.yml@main', blobSha: gitBlobSha(GOOD) });
  });

  it('compiles an unchanged blob only once', async () => {
    const { source, reloads } = await open();
    const first = await source.current();
    await source.refresh();
    expect(await source.current()).toBe(first);
    expect(reloads).toEqual(['changed', 'unchanged']);
  });

  it('does not open without a policy: the reason is the read failure', async () => {
    const reader = new ScriptedReader();
    reader.answer = new Error('connect ECONNREFUSED 127.0.0.1:1');
    await expect(RepositoryPolicySource.open({ config: CONFIG, reader, now: Date.now })).rejects.toMatchObject({ code: 'POLICY_UNAVAILABLE', message: expect.stringContaining('cannot be read: connect ECONNREFUSED') });
  });

  it('does not open on a policy that does not load', async () => {
    const reader = new ScriptedReader();
    reader.answer = fileRead(Buffer.from('version: 1\ntoken: { rules: 3 }\n'));
    await expect(RepositoryPolicySource.open({ config: CONFIG, reader, now: Date.now })).rejects.toMatchObject({ code: 'POLICY_UNAVAILABLE', message: expect.stringContaining('does not load') });
  });

  it.each([
    ['the file is absent at the ref', { repository: REPOSITORY, file: undefined }, 'does not exist: main holds no ringfence/org.yml'],
    ['the name now belongs to another repository id', fileRead(GOOD, { ...REPOSITORY, id: '999' }), 'is now repository id 999, not host_repository_id 100001'],
    ['the file no longer loads', fileRead(Buffer.from('version: 1\ntoken: { rules: 3 }\n')), 'does not load (blob '],
  ])('refuses at once, last good policy or not, when %s', async (_, answer, reason) => {
    const { source, reader } = await open();
    reader.answer = answer;
    await source.refresh();
    expect(await refusal(source)).toContain(reason);
    expect(await refusal(source)).toMatch(/^POLICY_UNAVAILABLE/u);
  });

  it('keeps the last good policy through failed reads up to max_stale_seconds after it was last confirmed', async () => {
    const { source, reader, clock } = await open();
    clock.ms += 100_000;
    reader.answer = new Error('HTTP 502');
    await source.refresh();
    clock.ms += 200_000;
    expect(await refusal(source)).toBe('served');
    clock.ms += 1000;
    expect(await refusal(source)).toMatch(/^POLICY_UNAVAILABLE: .*was last read 301s ago, longer than max_stale_seconds \(300\): cannot be read: HTTP 502/u);
  });

  it('with max_stale_seconds 0, refuses from the first failed read', async () => {
    const { source, reader, clock } = await open({ maxStaleSeconds: 0 });
    reader.answer = new Error('HTTP 500');
    await source.refresh();
    clock.ms += 1000;
    expect(await refusal(source)).toMatch(/^POLICY_UNAVAILABLE/u);
  });

  it('treats a renamed repository as a failed read that names the new name, never followed silently', async () => {
    const { source, reader, clock } = await open({ maxStaleSeconds: 0 });
    reader.answer = fileRead(GOOD, { ...REPOSITORY, fullName: 'acme/policy-next' });
    await source.refresh();
    clock.ms += 1000;
    expect(await refusal(source)).toContain('acme/policy was renamed to acme/policy-next; set policy.repository to the new name');
  });

  it('accepts the configured name in another case, as GitHub does', async () => {
    const { source, reader, clock } = await open({ maxStaleSeconds: 0 });
    reader.answer = fileRead(GOOD, { ...REPOSITORY, fullName: 'ACME/Policy' });
    await source.refresh();
    clock.ms += 1000;
    expect(await refusal(source)).toBe('served');
  });

  it('refuses a policy no read has confirmed for longer than a refresh and max_stale_seconds (a read that hangs)', async () => {
    const { source, clock } = await open();
    clock.ms += (60 + 300 + 61) * 1000;
    expect(await refusal(source)).toMatch(/no read has finished since/u);
  });

  it('serves again once a read succeeds', async () => {
    const { source, reader, clock } = await open({ maxStaleSeconds: 0 });
    reader.answer = new Error('HTTP 500');
    await source.refresh();
    clock.ms += 1000;
    reader.answer = fileRead(GOOD);
    await source.refresh();
    expect(await refusal(source)).toBe('served');
  });

  it('reads once when refreshes overlap', async () => {
    const { source, reader } = await open();
    await Promise.all([source.refresh(), source.refresh(), source.refresh()]);
    expect(reader.reads).toBe(2);
  });
});
