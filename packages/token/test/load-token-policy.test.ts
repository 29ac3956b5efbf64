import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadTokenPolicy } from '../src/load-token-policy.js';
import { FIXTURES, fixture, thrownBy } from './helpers.js';

const EXPECT = /^# expect: ([A-Z_]+) (\d+):(\d+)/mu;

function refusal(text: string, options = {}) {
  return thrownBy(() => loadTokenPolicy(text, 'org.yml', options));
}

/** An org policy with one rule, the ceiling and protected refs of the fixtures. */
function withRule(match: string, permissions = '{ contents: write }'): string {
  return `version: 1
token:
  ceiling: { permissions: { contents: write, issues: write, members: read } }
  protected_refs: ["refs/heads/main", "refs/tags/v*"]
  rules:
    - name: r
      match: { repository_id: 67890, ${match} }
      grant: { permissions: ${permissions} }
`;
}

describe('valid org policies load', () => {
  it('compiles the example org policy with defaults applied', () => {
    const policy = loadTokenPolicy(fixture('valid/org-policy.yml'), 'org-policy.yml');
    expect(policy).toMatchObject({ file: 'org-policy.yml', protectedRefsSource: 'policy', protectedRepositories: ['100001', '100002'], ceiling: { contents: 'write', members: 'read' } });
    expect(policy.rules.map((r) => r.name)).toEqual(['release-publisher', 'triage', 'pr-reader', 'team-reader']);
    const [release, triage, , teamReader] = policy.rules;
    expect(release!.origin).toEqual({ file: 'org-policy.yml', pointer: '/token/rules/0', line: 16, column: 7 });
    expect(release!.conditions.find((c) => c.field === 'repository_owner_id')).toEqual({ field: 'repository_owner_id', patterns: [{ text: '5000', glob: false }], exclude: false, source: 'policy' });
    expect(release!.conditions.find((c) => c.field === 'runner_environment')).toMatchObject({ patterns: [{ text: 'github-hosted' }], source: 'default' });
    expect(triage!.repositories).toEqual(['self']);
    expect(teamReader!.conditions.find((c) => c.field === 'event_name')).toMatchObject({ exclude: true, source: 'default' });
    expect(teamReader!.conditions.find((c) => c.field === 'workflow_ref')!.patterns).toEqual([{ text: 'acme/*/.github/workflows/codeowners.yml@refs/heads/main', glob: true }]);
  });

  it('grants nothing without a token section', () => {
    expect(loadTokenPolicy(fixture('valid/minimal-no-token.yml'), 'minimal.yml')).toEqual({ file: 'minimal.yml', ceiling: {}, protectedRefs: [{ text: 'refs/heads/main', glob: false }], protectedRefsSource: 'default-branch', protectedRepositories: [], rules: [] });
  });

  it('confines writes to the default branch it is told about when protected_refs is absent', () => {
    expect(loadTokenPolicy(fixture('valid/default-branch.yml'), 'default-branch.yml', { defaultBranch: 'trunk' }).protectedRefs).toEqual([{ text: 'refs/heads/trunk', glob: false }]);
    expect(thrownBy(() => loadTokenPolicy(fixture('valid/default-branch.yml'), 'default-branch.yml')).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_UNPROTECTED_WRITE', line: 9, column: 9 });
  });
});

describe('invalid org policies are refused with a code and a position', () => {
  const files = readdirSync(join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.yml'));
  it('has at least 50 fixtures', () => expect(files.length).toBeGreaterThanOrEqual(50));
  it.each(files)('%s', (file) => {
    const bytes = fixture(join('invalid', file));
    const [, code, line, column] = EXPECT.exec(bytes.toString('latin1')) ?? [];
    const error = thrownBy(() => loadTokenPolicy(bytes, file));
    const problem = error.problems.find((p) => p.code === code);
    expect({ code: problem?.code, line: problem?.line, column: problem?.column, all: error.problems.map((p) => p.code) }).toMatchObject({ code, line: Number(line), column: Number(column) });
    expect(error.code).toBe(error.problems[0]!.code);
    expect(error.message).toContain(`${file}:`);
  });
});

describe('load-time rules, one named case each', () => {
  it.each([
    ['a rule granting write from any ref', ''],
    ['a rule granting write from an unprotected branch', 'ref: refs/heads/dev'],
    ['a ref glob broader than the protected glob', 'ref: "refs/tags/*"'],
    ['a protected and an unprotected ref together', 'ref: [refs/heads/main, refs/heads/dev]'],
    ['a workflow ref whose path part can swallow slashes', 'job_workflow_ref: "acme/w/**/release.yml@refs/heads/main"'],
    ['a workflow ref whose path part holds a character class', 'job_workflow_ref: "acme/w/.github/workflows/r.yml[^a]refs/heads/x@refs/heads/main"'],
    ['a workflow ref with too few segments before its ref', 'workflow_ref: "acme/*@refs/heads/main"'],
    ['a workflow ref without a ref', 'workflow_ref: "acme/w/.github/workflows/release.yml"'],
    ['an environment named by a glob', 'environment: "prod*"'],
  ])('refuses %s (TOKEN_POLICY_UNPROTECTED_WRITE at the rule\'s match)', (_, match) => {
    expect(refusal(withRule(match)).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_UNPROTECTED_WRITE', line: 7, column: 14, pointer: '/token/rules/0/match' });
  });

  it.each([
    ['a protected branch', 'ref: refs/heads/main'],
    ['a tag matching the protected glob', 'ref: refs/tags/v1.2.0'],
    ['the protected glob itself', 'ref: "refs/tags/v*"'],
    ['a reusable workflow on a protected branch', 'job_workflow_ref: "acme/workflows/.github/workflows/release.yml@refs/heads/main"'],
    ['a workflow of any repository of the owner on a protected branch', 'workflow_ref: "acme/*/.github/workflows/release.yml@refs/heads/main"'],
    ['an environment named exactly', 'environment: [production, staging]'],
  ])('accepts write confined to %s', (_, match) => {
    expect(loadTokenPolicy(withRule(match), 'org.yml').rules).toHaveLength(1);
  });

  it('refuses a rule that any owner\'s jobs could match (TOKEN_POLICY_UNBOUND_RULE)', () => {
    const text = withRule('ref: refs/heads/main').replace('repository_id: 67890, ', '');
    expect(refusal(text).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_UNBOUND_RULE', line: 7, column: 14 });
  });

  it('refuses a grant above the ceiling, naming the permission (TOKEN_POLICY_ABOVE_CEILING)', () => {
    expect(refusal(withRule('ref: refs/heads/main', '{ contents: write, actions: read }')).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_ABOVE_CEILING', pointer: '/token/rules/0/grant/permissions/actions', line: 8, column: 57 });
  });

  it('refuses an organization permission the ceiling does not allow (TOKEN_POLICY_ABOVE_CEILING)', () => {
    expect(refusal(withRule('environment: prod', '{ members: write }')).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_ABOVE_CEILING', pointer: '/token/rules/0/grant/permissions/members' });
  });

  it('refuses an unknown permission with a suggestion (TOKEN_POLICY_UNKNOWN_PERMISSION)', () => {
    expect(refusal(withRule('', '{ isues: read }')).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_UNKNOWN_PERMISSION', suggestion: 'issues', line: 8, column: 31 });
  });

  it('refuses a level the permission does not have (TOKEN_POLICY_UNKNOWN_LEVEL)', () => {
    expect(refusal(withRule('', '{ workflows: read }')).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_UNKNOWN_LEVEL', expected: 'one of write', found: '"read"' });
  });

  it('refuses write to a protected repository (TOKEN_POLICY_PROTECTED_REPOSITORY)', () => {
    const text = withRule('ref: refs/heads/main').replace('version: 1\ntoken:\n', 'version: 1\ntoken:\n  protected_repositories: [67890]\n').replace('grant: {', 'grant: { repositories: [67890],');
    expect(refusal(text).problems[0]).toMatchObject({ code: 'TOKEN_POLICY_PROTECTED_REPOSITORY', pointer: '/token/rules/0/grant/repositories/0' });
  });

  it('reports every problem at once', () => {
    const text = `version: 1
token:
  rules:
    - { name: a, match: { event_name: push }, grant: { permissions: { issues: write } } }
    - { name: a, match: { repository_id: 1, ref: "!refs/heads/dev" }, grant: { permissions: { issues: read } } }
`;
    expect(refusal(text).problems.map((p) => p.code).sort()).toEqual(['TOKEN_POLICY_ABOVE_CEILING', 'TOKEN_POLICY_ABOVE_CEILING', 'TOKEN_POLICY_DUPLICATE_RULE', 'TOKEN_POLICY_INVALID_GLOB', 'TOKEN_POLICY_UNBOUND_RULE', 'TOKEN_POLICY_UNPROTECTED_WRITE']);
  });
});

describe('what the file cannot say about itself', () => {
  it.each(['', 'main branch', 'feature:x', 'a\nb'])('refuses the default branch %j (TOKEN_POLICY_INVALID_FACT)', (branch) => {
    expect(refusal(withRule('ref: refs/heads/main'), { defaultBranch: branch }).code).toBe('TOKEN_POLICY_INVALID_FACT');
  });

  it('refuses a file that is not a mapping', () => {
    expect(refusal('- token\n').problems[0]).toMatchObject({ code: 'TOKEN_POLICY_SCHEMA_ERROR', line: 1, column: 1 });
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    expect(refusal(`version: 1\n#${'x'.repeat(1024 * 1024)}\n`).code).toBe('TOKEN_POLICY_TOO_LARGE');
  });
});
