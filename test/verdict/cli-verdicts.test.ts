import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../packages/cli/src/run-cli.js';
import type { Io } from '../../packages/cli/src/io.js';
import { TempRepo } from '../support/git-repo.js';
import { verdictProblems } from '../support/verdict-schema.js';
import type { VerifyWorld } from '../integration/verify/world.js';
import { EXTERNAL_BUILDER, startVerifyWorld, withApproval } from '../integration/verify/world.js';

/**
 * `ringfence <command> --json` prints the verdict document (DESIGN.md "Verdicts"): each
 * control's real command, allowed and blocked, validated against schema/verdict.schema.json.
 */
async function cli(cwd: string, args: readonly string[]): Promise<{ code: number; document: unknown; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const code = await runCli(args, io);
  return { code, document: stdout ? JSON.parse(stdout) : undefined, stderr };
}

describe('ringfence guard --json', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.write('.github/workflows/ci.yml', 'on: push\n').write('src/app.ts', 'export {};\n').commit('base');
  });
  afterAll(() => repo.cleanup());

  it.each<[string, string, number, string]>([
    ['allowed: an open file changed', 'src/app.ts', 0, 'allowed'],
    ['blocked: a workflow changed without approval', '.github/workflows/ci.yml', 1, 'blocked'],
  ])('%s', async (name, path, exit, outcome) => {
    repo.checkout('main').branch(name.split(':')[0]!);
    repo.write(path, 'changed\n').commit();
    const { code, document, stderr } = await cli(repo.dir, ['guard', '--json', '--base', 'main']);
    expect([code, stderr]).toEqual([exit, '']);
    expect(document).toMatchObject({ version: 1, control: 'guard', outcome });
    expect(verdictProblems(document)).toEqual([]);
  });
});

describe('ringfence verify --json', () => {
  let world: VerifyWorld;
  beforeAll(async () => {
    world = await startVerifyWorld();
  });
  afterAll(() => world.close());

  // A reusable workflow's bundle with approval evidence: the richest document verify writes.
  async function verify(extra: readonly string[]) {
    const bundle = world.write('approved.json', await world.sign({ claims: { job_workflow_ref: EXTERNAL_BUILDER }, edit: (s) => withApproval(s) }));
    const args = ['verify', 'app.tgz', '--bundle', bundle, '--trusted-root', world.fullRoot, '--expected-repository', 'acme/app', '--expected-issuer', world.stack.issuer.issuer, '--require-approval', '--expected-guard-app-id', '4242', '--expected-protected-branch', 'main', '--json', ...extra];
    return cli(world.dir, args);
  }

  it('allowed: the certificate, the provenance and the approval evidence validate', async () => {
    const { code, document } = await verify(['--expected-builder', EXTERNAL_BUILDER]);
    expect(code).toBe(0);
    expect(document).toMatchObject({ control: 'verify', outcome: 'allowed', detail: { approval: { pullRequest: 7 } } });
    expect(verdictProblems(document)).toEqual([]);
  });

  it('blocked: the failed check with expected and found validates', async () => {
    const { code, document } = await verify(['--expected-builder', 'acme/workflows/.github/workflows/other.yml@refs/tags/v3']);
    expect(code).toBe(1);
    expect(document).toMatchObject({ control: 'verify', outcome: 'blocked', reasons: [{ code: 'PROVENANCE_UNVERIFIED' }], detail: { failure: { code: 'VERIFY_BUILDER_MISMATCH' } } });
    expect(verdictProblems(document)).toEqual([]);
  });
});

describe('ringfence token explain --json', () => {
  const POLICY = join(process.cwd(), 'test/fixtures/token/valid/org-policy.yml');
  const CLAIMS = { repository_owner_id: '5000', repository_id: '67890', job_workflow_ref: 'acme/workflows/.github/workflows/release.yml@refs/heads/main', event_name: 'push', ref: 'refs/tags/v1.2.0', environment: 'production', runner_environment: 'github-hosted' };

  it.each<[string, Record<string, string>, Record<string, string>, number, string, string | undefined]>([
    ['allowed: a rule grants exactly the request', CLAIMS, { contents: 'write' }, 0, 'allowed', undefined],
    ['blocked: a permission beyond the rule', CLAIMS, { administration: 'write' }, 1, 'blocked', 'TOKEN_PERMISSION_NOT_GRANTED'],
    ['blocked: no rule matches an unprotected ref (the closest rule and its mismatches)', { ...CLAIMS, ref: 'refs/heads/feature' }, { contents: 'write' }, 1, 'blocked', 'TOKEN_NO_RULE_MATCHED'],
  ])('%s', async (_name, claims, permissions, exit, outcome, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-token-verdict-'));
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    writeFileSync(join(dir, 'request.json'), JSON.stringify({ repositories: [67890], permissions }));
    const { code: exitCode, document } = await cli(dir, ['token', 'explain', '--policy', POLICY, '--claims', 'claims.json', '--request', 'request.json', '--host-repository-id', '100001', '--json']);
    expect(exitCode).toBe(exit);
    expect(document).toMatchObject({ control: 'token', outcome, inputs: { request: { permissions }, hostRepositoryId: '100001', policyFiles: [POLICY] } });
    if (code) expect((document as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual([code]);
    expect(verdictProblems(document)).toEqual([]);
  });
});
