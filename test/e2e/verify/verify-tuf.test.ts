import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../../support/run-action.js';
import type { VerifyWorld } from '../../integration/verify/world.js';
import { startVerifyWorld } from '../../integration/verify/world.js';
import type { TufRepository } from '../../servers/tuf/index.js';
import { startTufRepository } from '../../servers/tuf/index.js';

/**
 * The trusted root fetched through TUF by the bundles a user runs: `dist/cli/ringfence.js`
 * and `dist/verify/main.js`, against a loopback TUF repository serving the loopback
 * Sigstore's trusted root.
 */
const CLI = join(process.cwd(), 'dist/cli/ringfence.js');
const ENTRY = join(process.cwd(), 'dist/verify/main.js');
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/deploy' } } };

let world: VerifyWorld;
let bundle: string;
let tuf: TufRepository;
let tufRoot: string;
beforeAll(async () => {
  world = await startVerifyWorld();
  bundle = world.write('tuf-e2e.sigstore.json', await world.sign());
});
afterAll(() => world.close());
beforeAll(async () => {
  tuf = await startTufRepository({ trustedRoot: world.stack.sigstore.trustedRoot });
  tufRoot = tuf.writeInitialRoot(join(world.dir, 'tuf-root.json'));
});
afterEach(() => tuf.publishTimestamp());
afterAll(() => tuf.close());

async function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), 'rf-home-'));
  const child = spawn(process.execPath, [CLI, ...args], { cwd: world.dir, env: { PATH: process.env['PATH'] ?? '', HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

const cliArgs = (): string[] => ['verify', 'app.tgz', '--bundle', bundle, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer, '--tuf-mirror', tuf.url, '--tuf-root', tufRoot, '--tuf-cache', join(mkdtempSync(join(tmpdir(), 'rf-cache-')), 'tuf')];

describe('ringfence verify (dist/cli/ringfence.js) with the trusted root from TUF', () => {
  it('verifies: exit 0, and says where the root came from', async () => {
    const run = await cli(cliArgs());
    expect(run).toMatchObject({ status: 0, stdout: expect.stringContaining('verify: VALID') });
    expect(run.stderr).toContain(`trusted_root.json from ${tuf.url}, verified through TUF`);
  });

  it('refuses expired timestamp metadata: exit 2, the reason named, no verdict', async () => {
    tuf.publishTimestamp({ expires: new Date(Date.now() - 60_000) });
    const run = await cli(cliArgs());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/ringfence: no trusted root from the TUF mirror .*ExpiredMetadataError: Final timestamp\.json is expired \[PROVENANCE_TUF_REFRESH_FAILED\]/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('verify action (dist/verify/main.js) with the trusted root from TUF', () => {
  const runVerify = (inputs: Record<string, string>) =>
    runAction({
      entry: ENTRY,
      inputs: { 'artifact-path': 'app.tgz', bundle, 'expected-issuer': world.stack.issuer.issuer, 'tuf-mirror': tuf.url, 'tuf-root': 'tuf-root.json', ...inputs },
      event: PUSH,
      env: { GITHUB_WORKSPACE: world.dir, GITHUB_REPOSITORY: 'acme/app', GITHUB_REPOSITORY_ID: '123456789' },
    });

  it('verifies, caching the metadata under RUNNER_TEMP', async () => {
    const run = await runVerify({});
    expect([run.exitCode, run.outputs['verdict']]).toEqual([0, 'allowed']);
    const runnerTemp = join(run.outputs['report']!, '..');
    expect(existsSync(join(runnerTemp, 'ringfence-tuf', encodeURIComponent(new URL(tuf.url).host), 'timestamp.json'))).toBe(true);
  });

  it('fails the step on a tampered target, verifying nothing', async () => {
    tuf.tamperTarget(Buffer.from('{}'));
    try {
      const run = await runVerify({});
      expect(run.exitCode).toBe(1);
      expect(run.outputs['verified']).not.toBe('true');
      expect(run.stdout).toContain('trusted_root.json could not be downloaded with the length and hashes the targets metadata signs');
    } finally {
      tuf.tamperTarget(Buffer.from(JSON.stringify(world.stack.sigstore.trustedRoot)));
    }
  });

  it('refuses a trusted-root file together with tuf-* inputs: one source or the other', async () => {
    const run = await runVerify({ 'trusted-root': world.fullRoot });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('which `trusted-root` replaces: give one or the other');
  });

  it('refuses a tuf-cache inside the workspace', async () => {
    const run = await runVerify({ 'tuf-cache': '.tuf-cache' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input `tuf-cache` must be outside the workspace');
  });
});
