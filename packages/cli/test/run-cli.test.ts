import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../src/run-cli.js';
import type { Io } from '../src/io.js';
import { VERSION } from '../src/version.js';
import { TempRepo } from '../../../test/support/git-repo.js';

interface Captured extends Io {
  stdout: string;
  stderr: string;
}

function capture(cwd: string): Captured {
  const io: Captured = { cwd, stdout: '', stderr: '', out: (t) => void (io.stdout += `${t}\n`), err: (t) => void (io.stderr += `${t}\n`) };
  return io;
}

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

describe('ringfence policy validate', () => {
  it('exits 1 on a broken policy and shows file:line:column and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-'));
    writeFileSync(join(dir, 'bad.yml'), 'version: 1\nrings:\n  - name: ops\n    pathz: ["ops/**"]\n');
    const io = capture(dir);
    expect(await runCli(['policy', 'validate', '--policy', 'bad.yml'], io)).toBe(1);
    expect(io.stderr).toContain('bad.yml:4:5: unknown key "pathz"');
    expect(io.stderr).toContain('did you mean "paths"?');
    expect(io.stderr).not.toMatch(/\n\s+at /u);
  });

  it('exits 0 on a valid policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-'));
    writeFileSync(join(dir, 'good.yml'), 'version: 1\n');
    const io = capture(dir);
    expect(await runCli(['policy', 'validate', '--policy', 'good.yml'], io)).toBe(0);
    expect(io.stdout).toContain('good.yml is valid');
  });

  it('exits 2 with a clear message on a missing file', async () => {
    const io = capture(tmpdir());
    expect(await runCli(['policy', 'validate', '--policy', 'nope.yml'], io)).toBe(2);
    expect(io.stderr).toContain('policy file not found');
  });

  it('prints one JSON document with --json, also for an invalid policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-'));
    writeFileSync(join(dir, 'bad.yml'), 'version: 2\n');
    const io = capture(dir);
    expect(await runCli(['policy', 'validate', '--policy', 'bad.yml', '--json'], io)).toBe(1);
    expect(JSON.parse(io.stdout)).toMatchObject({ valid: false, problems: [{ code: 'POLICY_VERSION', line: 1, column: 10 }] });
  });
});

describe('ringfence policy explain', () => {
  it('names rings ci, build and the open ring with the rule that matched', async () => {
    const io = capture(mkdtempSync(join(tmpdir(), 'rf-')));
    expect(await runCli(['policy', 'explain', '.github/workflows/ci.yml', 'package.json', 'src/app.ts'], io)).toBe(0);
    const [ci, build, open] = io.stdout.trim().split('\n');
    expect(ci).toMatch(/^\.github\/workflows\/ci\.yml: ring ci, preset github-actions/u);
    expect(build).toMatch(/^package\.json: ring build, preset npm/u);
    expect(open).toBe('src/app.ts: open ring (no rule matches)');
  });

  it('escapes control characters in a path', async () => {
    const io = capture(tmpdir());
    await runCli(['policy', 'explain', 'a\u001b[2Jb'], io);
    expect(io.stdout).not.toContain('\u001b');
  });

  it('refuses a path outside the repository with exit 2', async () => {
    const io = capture(tmpdir());
    expect(await runCli(['policy', 'explain', '../etc/passwd'], io)).toBe(2);
  });
});

describe('ringfence check', () => {
  it('validates the policy committed at HEAD, not the work tree', async () => {
    const r = repo();
    r.write('.github/ringfence.yml', 'version: 1\n').commit();
    r.write('.github/ringfence.yml', 'version: 99\n');
    const io = capture(r.dir);
    expect(await runCli(['check'], io)).toBe(0);
    expect(io.stdout).toContain('.github/ringfence.yml at');
  });

  it('exits 1 when the committed policy is invalid', async () => {
    const r = repo();
    r.write('.github/ringfence.yml', 'version: 1\nextends: sometimes\n').commit();
    const io = capture(r.dir);
    expect(await runCli(['check'], io)).toBe(1);
    expect(io.stderr).toContain('.github/ringfence.yml:2:10');
  });

  it('exits 1 when both policy files are committed', async () => {
    const r = repo();
    r.write('.github/ringfence.yml', 'version: 1\n').write('.github/ringfence.yaml', 'version: 1\n').commit();
    expect(await runCli(['check'], capture(r.dir))).toBe(1);
  });

  it('exits 2 outside a git repository', async () => {
    const io = capture(mkdtempSync(join(tmpdir(), 'rf-')));
    expect(await runCli(['check'], io)).toBe(2);
    expect(io.stderr).toContain('not inside a git repository');
  });
});

describe('usage', () => {
  it('exits 2 on an unknown flag without a stack trace', async () => {
    const io = capture(tmpdir());
    expect(await runCli(['policy', 'validate', '--polcy', 'x'], io)).toBe(2);
    expect(io.stderr).toContain("Unknown option '--polcy'");
    expect(io.stderr).not.toMatch(/\n\s+at /u);
  });

  it('exits 2 on an unknown command', async () => {
    expect(await runCli(['frobnicate'], capture(tmpdir()))).toBe(2);
  });

  it('prints the version of the root package', async () => {
    const io = capture(tmpdir());
    expect(await runCli(['--version'], io)).toBe(0);
    const root = (await import('../../../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(io.stdout.trim()).toBe(VERSION);
    expect(VERSION).toBe(root.version);
  });
});
