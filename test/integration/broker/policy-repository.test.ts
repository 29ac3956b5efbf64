import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { gitBlobSha } from '@ringfence/broker';
import type { RepositoryPolicyConfig } from '@ringfence/broker';
import { AppPolicyFileReader } from '../../../packages/cli/src/broker-policy-reader.js';
import { brokerConfigCommand, createBrokerServeCommand } from '../../../packages/cli/src/commands/broker.js';
import { FakeRepo } from '../../servers/fake-github/index.js';
import { startGitHubWorld } from './github-world.js';
import type { GitHubWorld } from './github-world.js';
import { DEFAULT_REQUEST, FIXTURES, POLICY_REPO, startBrokerStack } from './stack.js';
import type { BrokerStack } from './stack.js';

const PATH = 'ringfence/org.yml';
const GOOD = readFileSync(join(FIXTURES, 'org-policy.yml'), 'utf8');
// The same policy without the rule that lets acme/app's release write its contents.
const WITHOUT_RELEASE = GOOD.replace(/ {4}- name: app-release[\s\S]*?(?= {4}- name: org-reader)/u, '');
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const TOKENS = 'POST /app/installations/{installation_id}/access_tokens';
const POLICY_LINE = `policy: { repository: acme/policy, path: ${PATH}, ref: main, host_repository_id: ${POLICY_REPO}, refresh_seconds: 5, max_stale_seconds: 60 }`;

let world: GitHubWorld;
let s: BrokerStack;

// Moves main of acme/policy to a new commit holding exactly `files`.
function push(files: Record<string, string>): void {
  const repo = world.scenario.repos.get('acme/policy')!;
  repo.branches.set('main', repo.commit(files, [repo.branches.get('main') ?? '']));
}

async function exchange(): Promise<{ status: number; reason: unknown; policy: unknown; detail: unknown }> {
  const reply = await s.call('/v1/exchange', { token: await s.mint() });
  const event = s.auditOf(reply);
  return { status: reply.status, reason: event.reason, policy: event.policy, detail: event.detail };
}

beforeEach(async () => {
  world = await startGitHubWorld();
  push({ [PATH]: GOOD });
  s = await startBrokerStack({ minter: world.minter, policy: POLICY_LINE, policyReader: (config) => new AppPolicyFileReader(world.app, config.policy as RepositoryPolicyConfig) });
});

afterEach(async () => {
  await s.close();
  world.github.assertNoSchemaViolations();
  await world.close();
});

describe('a broker reading the org policy from the policy repository through the API', () => {
  it('grants what the repository policy grants and names its blob SHA and ref in the audit event', async () => {
    expect(await exchange()).toMatchObject({ status: 200, reason: null, policy: { where: `acme/policy/${PATH}@main`, blobSha: gitBlobSha(Buffer.from(GOOD)) } });
  });

  it('reads with a token of contents:read on the policy repository alone, revoked after the read', () => {
    const asked = world.github.requests.filter((r) => r.route === TOKENS && JSON.stringify(r.body).includes('"repositories"'));
    expect(asked.map((r) => r.body)).toEqual([{ permissions: { contents: 'read' }, repositories: ['policy'] }]);
    expect(world.scenario.apps.unrevoked().filter((t) => t.permissions['contents'] === 'read')).toEqual([]);
  });

  it('reads the branch as refs/heads/<name>, so a tag of the same name is never what it reads', () => {
    const reads = world.github.requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/contents/{path}');
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((r) => r.query['ref']))).toEqual(new Set(['refs/heads/main']));
  });

  it('applies a changed policy after a refresh, and compiles an unchanged one only once', async () => {
    await s.broker.refreshPolicy();
    push({ [PATH]: WITHOUT_RELEASE });
    await s.broker.refreshPolicy();
    expect(await exchange()).toMatchObject({ status: 403, reason: 'TOKEN_PERMISSION_NOT_GRANTED', policy: { blobSha: gitBlobSha(Buffer.from(WITHOUT_RELEASE)) } });
    const metrics = await (await fetch(`${s.broker.url}/metrics`)).text();
    expect(metrics).toMatch(/ringfence_broker_policy_reloads_total\{result="unchanged"\} 1$/mu);
    // The read at start-up and the push.
    expect(metrics).toMatch(/ringfence_broker_policy_reloads_total\{result="changed"\} 2$/mu);
  });

  it('keeps the last good policy while GitHub fails, only up to max_stale_seconds', async () => {
    world.github.addFault({ route: CONTENTS, kind: 'server-error', times: Infinity });
    await s.broker.refreshPolicy();
    s.clock.advance(59);
    expect(await exchange()).toMatchObject({ status: 200, policy: { blobSha: gitBlobSha(Buffer.from(GOOD)) } });
    s.clock.advance(2);
    const refused = await exchange();
    expect(refused).toMatchObject({ status: 503, reason: 'POLICY_UNAVAILABLE' });
    expect(refused.detail).toMatch(/last read 61s ago, longer than max_stale_seconds \(60\): cannot be read: .*500/u);
  });

  it('is served again once a read succeeds after failures', async () => {
    world.github.addFault({ route: CONTENTS, kind: 'unavailable', times: 1 });
    await s.broker.refreshPolicy();
    s.clock.advance(120);
    expect(await exchange()).toMatchObject({ status: 503, reason: 'POLICY_UNAVAILABLE' });
    await s.broker.refreshPolicy();
    expect(await exchange()).toMatchObject({ status: 200 });
  });

  it('refuses every exchange at once when the pushed policy does not load', async () => {
    push({ [PATH]: 'version: 1\ntoken:\n  rules: 3\n' });
    await s.broker.refreshPolicy();
    const refused = await exchange();
    expect(refused).toMatchObject({ status: 503, reason: 'POLICY_UNAVAILABLE' });
    expect(refused.detail).toMatch(/does not load \(blob [0-9a-f]{40}\): .*acme\/policy\/ringfence\/org\.yml@main:3:/u);
  });

  it('refuses at once when the ref moved to a commit without the file, never reading it as an empty policy', async () => {
    push({ 'README.md': 'moved\n' });
    await s.broker.refreshPolicy();
    const refused = await exchange();
    expect(refused).toMatchObject({ status: 503, reason: 'POLICY_UNAVAILABLE' });
    expect(refused.detail).toContain('does not exist: main holds no ringfence/org.yml');
  });

  it('refuses at once when the repository name now belongs to another repository id', async () => {
    const impostor = new FakeRepo('acme', 'policy', 100099);
    impostor.branches.set('main', impostor.commit({ [PATH]: GOOD }));
    world.scenario.repos.set('acme/policy', impostor);
    await s.broker.refreshPolicy();
    const refused = await exchange();
    expect(refused).toMatchObject({ status: 503, reason: 'POLICY_UNAVAILABLE' });
    expect(refused.detail).toContain(`is now repository id 100099, not host_repository_id ${POLICY_REPO}`);
  });
});

describe('ringfence broker serve and config validate with a policy repository', () => {
  it('serves the repository policy, logs each policy it loads, and a reread applies a pushed change', async () => {
    const file = join(s.dir, 'serve.yml');
    writeFileSync(file, readFileSync(s.config.file, 'utf8'));
    const stderr: string[] = [];
    let changed: (() => void) | undefined;
    const io = { cwd: s.dir, out: () => undefined, err: (text: string) => void (stderr.push(text), text.includes('policy changed') && changed?.()) };
    const statuses: number[] = [];
    const post = async (url: string) => {
      const response = await fetch(`${url}/v1/exchange`, { method: 'POST', headers: { authorization: `Bearer ${await s.issuer.mint()}`, 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_REQUEST) });
      statuses.push(response.status);
      await response.text();
    };
    const serve = createBrokerServeCommand({
      createMinter: () => world.minter,
      createPolicyReader: (policy) => new AppPolicyFileReader(world.app, policy),
      stopped: async (broker) => {
        await post(broker.url);
        push({ [PATH]: WITHOUT_RELEASE });
        const reread = new Promise<void>((resolve) => (changed = resolve));
        // What the SIGHUP handler does (a real signal would reach the test runner, not the command).
        void broker.refreshPolicy();
        await reread;
        await post(broker.url);
      },
    });
    expect(await serve(['--config', file, '--port', '0'], io)).toBe(0);
    expect(statuses).toEqual([200, 403]);
    expect(stderr.filter((line) => line.includes('policy changed'))).toEqual([
      `ringfence broker: policy changed: acme/policy/${PATH}@main blob ${gitBlobSha(Buffer.from(GOOD))}`,
      `ringfence broker: policy changed: acme/policy/${PATH}@main blob ${gitBlobSha(Buffer.from(WITHOUT_RELEASE))}`,
    ]);
  });

  it('validates the configuration offline and says where the policy will be read', async () => {
    const out: string[] = [];
    const io = { cwd: FIXTURES, out: (text: string) => void out.push(text), err: () => undefined };
    expect(await brokerConfigCommand(['validate', '--config', 'valid/repository-policy.yml'], io)).toBe(0);
    expect(out.join('\n')).toContain('policy: acme/policy/ringfence/org.yml@main through the GitHub API, read at start-up and every 60s, served at most 300s past a failed read (host repository 100001)');
  });
});

describe('ringfence broker serve with a policy repository it cannot read', () => {
  it('does not start: exit 2 with the reason', async () => {
    world.github.addFault({ route: CONTENTS, kind: 'server-error', times: Infinity });
    const file = join(s.dir, 'serve.yml');
    writeFileSync(file, readFileSync(s.config.file, 'utf8').replace('private_key_env: RINGFENCE_TEST_APP_KEY', 'private_key_env: RINGFENCE_POLICY_TEST_KEY'));
    const run = await runCli(['broker', 'serve', '--config', file, '--port', '0'], { GITHUB_API_URL: world.github.url, RINGFENCE_POLICY_TEST_KEY: world.key });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the token policy acme\/policy\/ringfence\/org\.yml@main cannot be read: .*\[POLICY_UNAVAILABLE\]/u);
    expect(run.stderr).not.toContain('PRIVATE KEY');
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  }, 60_000);
});

const CLI = join(import.meta.dirname, '../../../dist/cli/ringfence.js');

describe('ringfence broker serve as a process', () => {
  it('serves the repository policy and reads it again on SIGHUP', async () => {
    const file = join(s.dir, 'serve.yml');
    writeFileSync(file, readFileSync(s.config.file, 'utf8').replace('private_key_env: RINGFENCE_TEST_APP_KEY', 'private_key_env: RINGFENCE_POLICY_TEST_KEY'));
    const child = spawn(process.execPath, [CLI, 'broker', 'serve', '--config', file, '--port', '0'], { env: { PATH: process.env['PATH'] ?? '', GITHUB_API_URL: world.github.url, RINGFENCE_POLICY_TEST_KEY: world.key }, stdio: ['ignore', 'ignore', 'pipe'] });
    const lines = new StderrLines(child.stderr);
    try {
      const url = /listening on (http:\/\/\S+);/u.exec(await lines.next('listening on'))![1]!;
      const post = async () => (await fetch(`${url}/v1/exchange`, { method: 'POST', headers: { authorization: `Bearer ${await s.issuer.mint()}`, 'content-type': 'application/json' }, body: JSON.stringify(DEFAULT_REQUEST) })).status;
      expect(await post()).toBe(200);
      push({ [PATH]: WITHOUT_RELEASE });
      const reread = lines.next(`blob ${gitBlobSha(Buffer.from(WITHOUT_RELEASE))}`);
      child.kill('SIGHUP');
      await reread;
      expect(await post()).toBe(403);
    } finally {
      const exited = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(lines.all.join('\n')).not.toContain('PRIVATE KEY');
  }, 30_000);
});

/** A child's stderr by line; `next` resolves with the first line (seen or to come) holding `text`. */
class StderrLines {
  readonly all: string[] = [];
  private buffer = '';
  private readonly waiting: { text: string; resolve: (line: string) => void }[] = [];

  constructor(stream: NodeJS.ReadableStream) {
    stream.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      const parts = this.buffer.split('\n');
      this.buffer = parts.pop()!;
      for (const line of parts) this.add(line);
    });
  }

  next(text: string): Promise<string> {
    const seen = this.all.find((line) => line.includes(text));
    return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => this.waiting.push({ text, resolve }));
  }

  private add(line: string): void {
    this.all.push(line);
    for (const waiter of this.waiting.filter((w) => line.includes(w.text))) {
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  }
}

function runCli(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}
