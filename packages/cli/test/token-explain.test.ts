import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../src/run-cli.js';
import type { Io } from '../src/io.js';

const POLICY = join(import.meta.dirname, '../../../test/fixtures/token/valid/org-policy.yml');
const CLAIMS = { repository_owner_id: '5000', repository_id: '67890', job_workflow_ref: 'acme/workflows/.github/workflows/release.yml@refs/heads/main', event_name: 'push', ref: 'refs/tags/v1.2.0', environment: 'production', runner_environment: 'github-hosted' };

async function explain(claims: object, request: object, ...extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'rf-token-'));
  writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
  writeFileSync(join(dir, 'request.json'), JSON.stringify(request));
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: dir, out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  const code = await runCli(['token', 'explain', '--policy', POLICY, '--claims', 'claims.json', '--request', 'request.json', '--host-repository-id', '100001', ...extra], io);
  return { code, stdout, stderr };
}

describe('ringfence token explain', () => {
  it('grants exactly the request when a rule covers it', async () => {
    const result = await explain(CLAIMS, { repositories: [67890], permissions: { contents: 'write' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('granted by rule');
  });

  it('refuses a request beyond the rule and names the permission', async () => {
    const result = await explain(CLAIMS, { repositories: [67890], permissions: { administration: 'write' } }, '--json');
    expect(result.code).toBe(1);
    // --json prints the verdict document: the refusal as its reason, the explanation as its detail.
    expect(JSON.parse(result.stdout)).toMatchObject({ control: 'token', outcome: 'blocked', reasons: [{ code: 'TOKEN_PERMISSION_NOT_GRANTED' }], detail: { decision: { outcome: 'refused' } } });
  });

  it('refuses a job on an unprotected ref and names the field', async () => {
    const result = await explain({ ...CLAIMS, ref: 'refs/heads/feature' }, { repositories: [67890], permissions: { contents: 'write' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ref');
  });

  it('reports an invalid request file with its position and exit 1', async () => {
    const result = await explain(CLAIMS, { repositories: 'all', permissions: { contents: 'write' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/request\.json:\d+:\d+/u);
  });

  it('exits 2 without --policy', async () => {
    let stderr = '';
    const code = await runCli(['token', 'explain', '--claims', 'x', '--request', 'y'], { cwd: tmpdir(), out: () => undefined, err: (t) => void (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toContain('--policy FILE is required');
  });
});

describe('ringfence token policy validate', () => {
  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['token', 'policy', ...args], { cwd: tmpdir(), out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  };

  it('exits 0 on a valid policy and lists its rules', async () => {
    const result = await run('validate', '--policy', POLICY);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('release-publisher');
  });

  it('exits 1 with file:line:column on an invalid one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-tp-'));
    writeFileSync(join(dir, 'p.yml'), 'version: 1\ntoken:\n  rules:\n    - name: x\n      grant: { permissions: { contents: wrte } }\n');
    const result = await run('validate', '--policy', join(dir, 'p.yml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/p\.yml:\d+:\d+/u);
  });

  it('exits 2 on an unknown subcommand', async () => {
    expect((await run('check')).code).toBe(2);
  });
});
