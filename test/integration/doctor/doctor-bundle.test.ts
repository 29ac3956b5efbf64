import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FakeGitHub } from '../../servers/fake-github/index.js';
import { startFakeGitHub } from '../../servers/fake-github/index.js';
import { DoctorWorld, GUARD_APP } from './world.js';

const BUNDLE = join(process.cwd(), 'dist/cli/ringfence.js');
const TOKEN = 'ghp_bundleTOKEN0123456789abcdefghijklmnopq';

// The committed bundle as a person runs it: a child process with only the environment it is given.
function ringfence(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BUNDLE, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

let server: FakeGitHub;
beforeAll(async () => {
  const world = new DoctorWorld();
  world.repository('app');
  world.repository('loose').rulesets.length = 0;
  server = await startFakeGitHub({ scenario: world.scenario });
});
afterAll(async () => {
  await server.close();
  server.assertNoSchemaViolations();
});

describe('dist/cli/ringfence.js doctor', () => {
  const env = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url });

  it('passes a repository configured right (exit 0) and reports one whose guard is not required (exit 1)', async () => {
    const good = await ringfence(['doctor', '--repository', 'acme/app', '--guard-app-id', String(GUARD_APP)], env());
    expect([good.code, good.stdout.trim()]).toEqual([0, 'acme/app (default branch main): OK, no findings']);
    const bad = await ringfence(['doctor', '--repository', 'acme/loose', '--guard-app-id', String(GUARD_APP), '--json'], env());
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ repository: 'acme/loose', outcome: 'failed', findings: [{ code: 'GUARD_NOT_REQUIRED', severity: 'error' }] });
    expect(`${good.stdout}${good.stderr}${bad.stdout}${bad.stderr}`).not.toContain(TOKEN);
  });

  it('--org over both repositories: exit 1, one entry each', async () => {
    const run = await ringfence(['doctor', '--org', 'acme', '--guard-app-id', String(GUARD_APP), '--json'], env());
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { repositories: { repository: string; outcome: string }[] }).repositories.map((r) => `${r.repository} ${r.outcome}`)).toEqual(['acme/app ok', 'acme/loose failed']);
  });

  it('without a token: exit 2 with the variables to set', async () => {
    const run = await ringfence(['doctor', '--repository', 'acme/app'], { GITHUB_API_URL: server.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set GITHUB_TOKEN or GH_TOKEN');
  });
});
