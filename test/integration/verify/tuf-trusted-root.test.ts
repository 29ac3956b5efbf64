import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { RingfenceError, UsageError } from '@ringfence/core';
import type { SerializedBundle } from '@ringfence/provenance';
import { createConformanceVerifyBundleCommand } from '../../../packages/cli/src/commands/conformance.js';
import { createVerifyCommand } from '../../../packages/cli/src/commands/verify.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { runCli } from '../../../packages/cli/src/run-cli.js';
import type { TufRepository } from '../../servers/tuf/index.js';
import { startTufRepository } from '../../servers/tuf/index.js';
import type { VerifyWorld } from './world.js';
import { startVerifyWorld } from './world.js';

let world: VerifyWorld;
let bundle: string;
let repositories: TufRepository[] = [];
beforeAll(async () => {
  world = await startVerifyWorld();
  bundle = world.write('tuf-bundle.sigstore.json', (await world.sign()) satisfies SerializedBundle);
});
afterEach(async () => {
  await Promise.all(repositories.map((repository) => repository.close()));
  repositories = [];
});
afterAll(() => world.close());

function io(): Io & { stdout: string; stderr: string } {
  const captured = { cwd: world.dir, stdout: '', stderr: '', out: (t: string) => void (captured.stdout += `${t}\n`), err: (t: string) => void (captured.stderr += `${t}\n`) };
  return captured;
}

// A loopback TUF repository serving the world's trusted root, its initial root in a file, and an empty cache.
async function mirror(trustedRoot: unknown = world.stack.sigstore.trustedRoot): Promise<{ tuf: TufRepository; flags: string[]; cache: string }> {
  const tuf = await startTufRepository({ trustedRoot });
  repositories.push(tuf);
  const dir = mkdtempSync(join(tmpdir(), 'rf-tuf-'));
  const cache = join(dir, 'cache');
  return { tuf, cache, flags: ['--tuf-mirror', tuf.url, '--tuf-root', tuf.writeInitialRoot(join(dir, 'root.json')), '--tuf-cache', cache] };
}

const verifyArgs = (flags: string[]): string[] => ['app.tgz', '--bundle', bundle, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer, ...flags];
// No retries: a refused connection fails at once instead of after make-fetch-happen's back-off.
const verify = (flags: string[], captured = io()): Promise<number> => createVerifyCommand({ env: {}, tufRetries: 0 })(verifyArgs(flags), captured);

// The command's refusal as runCli reports it: the code and message of the error it throws.
async function refusal(flags: string[]): Promise<{ code: string; message: string }> {
  const thrown = await verify(flags).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(RingfenceError);
  return { code: String((thrown as RingfenceError).code), message: (thrown as Error).message };
}

describe('ringfence verify fetches the trusted root through TUF when no --trusted-root is given', () => {
  it('verifies a bundle made by the provenance code against the root the TUF mirror serves', async () => {
    const { tuf, flags } = await mirror();
    const captured = io();
    expect(await verify(flags, captured)).toBe(0);
    expect(captured.stdout).toContain('verify: VALID');
    expect(captured.stderr).toContain(`trusted_root.json from ${tuf.url}, verified through TUF`);
    expect(tuf.requests).toEqual(['/2.root.json', '/timestamp.json', '/1.snapshot.json', '/1.targets.json', expect.stringMatching(/^\/targets\/[0-9a-f]{64}\.trusted_root\.json$/u)]);
  });

  it('a root from TUF that does not trust the bundle\'s CA verifies nothing: exit 1', async () => {
    const { flags } = await mirror({ ...(world.stack.sigstore.trustedRoot as Record<string, unknown>), certificateAuthorities: [] });
    expect(await verify(flags)).toBe(1);
  });

  it('refuses expired timestamp metadata, naming it, and exits 2 through runCli', async () => {
    const { tuf, flags } = await mirror();
    tuf.publishTimestamp({ expires: new Date(Date.now() - 60_000) });
    const captured = io();
    expect(await runCli(['verify', ...verifyArgs(flags)], captured)).toBe(2);
    expect(captured.stdout).not.toContain('VALID');
    expect(captured.stderr).toMatch(/ExpiredMetadataError: .*timestamp.*expired.*\[PROVENANCE_TUF_REFRESH_FAILED\]/isu);
  });

  it('refuses a target whose bytes do not match the length and hashes the targets metadata signs', async () => {
    const { tuf, flags } = await mirror();
    tuf.tamperTarget(Buffer.from(JSON.stringify({ ...(world.stack.sigstore.trustedRoot as Record<string, unknown>), ctlogs: [] })));
    const { code, message } = await refusal(flags);
    expect(code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
    expect(message).toContain('trusted_root.json could not be downloaded with the length and hashes the targets metadata signs');
  });

  it('refuses a new root version not signed by the current root\'s keys', async () => {
    const { tuf, flags } = await mirror();
    tuf.publishRootSignedByStranger();
    const { code, message } = await refusal(flags);
    expect(code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
    expect(message).toMatch(/UnsignedMetadataError/u);
  });

  it('refuses when the mirror is down: exit 2, never a root it could not refresh', async () => {
    const { tuf, flags } = await mirror();
    await tuf.close();
    const { code, message } = await refusal(flags);
    expect(code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
    expect(message).toContain(`no trusted root from the TUF mirror ${tuf.url}`);
  });

  it('refuses an initial root that is not the mirror\'s (another repository\'s keys)', async () => {
    const { tuf } = await mirror();
    const other = await mirror();
    const { code } = await refusal(['--tuf-mirror', tuf.url, '--tuf-root', other.flags[3]!, '--tuf-cache', other.cache]);
    expect(code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
  });

  it('a root.json planted in the cache does not choose the keys: the given initial root does', async () => {
    const legit = await mirror();
    const attacker = await mirror();
    // The attacker serves the mirror and planted its own root where @sigstore/tuf keeps the cached one.
    const planted = join(legit.cache, encodeURIComponent(new URL(attacker.tuf.url).host));
    mkdirSync(planted, { recursive: true });
    writeFileSync(join(planted, 'root.json'), attacker.tuf.initialRoot);
    const { code } = await refusal(['--tuf-mirror', attacker.tuf.url, '--tuf-root', legit.flags[3]!, '--tuf-cache', legit.cache]);
    expect(code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
  });

  it('refuses a timestamp older than the one cached (rollback)', async () => {
    const { tuf, flags } = await mirror();
    tuf.publishTimestamp({ version: 5 });
    expect(await verify(flags)).toBe(0);
    tuf.publishTimestamp({ version: 3 });
    const { message } = await refusal(flags);
    expect(message).toMatch(/BadVersionError/u);
  });

  it('reuses the cache: a second run fetches only the next root and the timestamp, not the target again', async () => {
    const { tuf, flags } = await mirror();
    expect(await verify(flags)).toBe(0);
    tuf.requests.length = 0;
    expect(await verify(flags)).toBe(0);
    expect(tuf.requests).toEqual(['/2.root.json', '/timestamp.json']);
  });

  it('with the mirror down after a successful refresh, the cache alone is not enough: tuf-js refreshes root and timestamp on every run', async () => {
    const { tuf, flags } = await mirror();
    expect(await verify(flags)).toBe(0);
    await tuf.close();
    expect((await refusal(flags)).code).toBe('PROVENANCE_TUF_REFRESH_FAILED');
  });

  it.each([
    ['a mirror without an embedded root and no --tuf-root', ['--tuf-mirror', 'https://tuf-repo.github.com'], 'no initial root.json is embedded for the TUF mirror https://tuf-repo.github.com'],
    ['a plain-http mirror off loopback', ['--tuf-mirror', 'http://tuf.example', '--tuf-root', 'root.json'], 'must be https'],
    ['a --tuf-root that cannot be read', ['--tuf-mirror', 'https://tuf.example', '--tuf-root', 'missing-root.json'], 'cannot be read (ENOENT)'],
  ])('refuses %s before any request', async (_name, flags, message) => {
    const result = await refusal([...flags, '--tuf-cache', join(world.dir, 'unused-cache')]);
    expect(result.code).toBe('PROVENANCE_TUF_SOURCE_INVALID');
    expect(result.message).toContain(message);
  });

  it('refuses --trusted-root together with a --tuf-* flag', async () => {
    await expect(verify(['--trusted-root', world.fullRoot, '--tuf-mirror', 'https://tuf.example'])).rejects.toThrow(UsageError);
  });
});

describe('ringfence conformance verify-bundle fetches the trusted root through TUF', () => {
  const conformance = createConformanceVerifyBundleCommand({ env: {}, tufRetries: 0 });
  const args = (flags: string[]): string[] => ['--bundle', bundle, '--certificate-identity', 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', '--certificate-oidc-issuer', world.stack.issuer.issuer, ...flags, 'app.tgz'];

  it('verifies with --tuf-mirror and --tuf-root', async () => {
    const { flags } = await mirror();
    const captured = io();
    expect(await conformance(args(flags), captured)).toBe(0);
    expect(captured.stdout).toContain('OK: DSSE envelope');
  });

  it('--staging selects the staging mirror, whose root is not embedded: --tuf-root is required', async () => {
    await expect(conformance(['--staging', ...args([])], io())).rejects.toThrow('no initial root.json is embedded for the TUF mirror https://tuf-repo-cdn.sigstage.dev');
  });

  it('refuses an expired timestamp', async () => {
    const { tuf, flags } = await mirror();
    tuf.publishTimestamp({ expires: new Date(Date.now() - 60_000) });
    await expect(conformance(args(flags), io())).rejects.toThrow(/ExpiredMetadataError/u);
  });
});
