import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { combineTokenPolicies, loadRepositoryTokenPolicy } from '../src/combine-token-policies.js';
import { loadTokenPolicy } from '../src/load-token-policy.js';
import { APP, FIXTURES, fixture, orgPolicy, thrownBy } from './helpers.js';

const EXPECT = /^# expect: ([A-Z_]+) (\d+):(\d+)/mu;
const BRANCH = /^# default-branch: (\S+)/mu;
const ORG = orgPolicy();

function combine(text: string, facts: { repositoryId?: string; defaultBranch?: string } = {}, org = ORG) {
  return combineTokenPolicies(org, loadRepositoryTokenPolicy(text, 'ringfence.yml', { repositoryId: APP, ...facts }));
}

describe('repository rules narrow the org policy', () => {
  it('adds the repository\'s rules after the org\'s, confined to its own repository', () => {
    const policy = combine(fixture('valid/repository-policy.yml').toString());
    expect(policy.rules.map((r) => `${r.layer}:${r.name}`)).toEqual(['org:release-publisher', 'org:triage', 'org:pr-reader', 'org:team-reader', 'repository:label-sync']);
    const rule = policy.rules.at(-1)!;
    expect(rule).toMatchObject({ hostRepositoryId: APP, repositories: ['self'], origin: { file: 'ringfence.yml', line: 5, column: 7 } });
    expect(rule.conditions.find((c) => c.field === 'repository_id')).toEqual({ field: 'repository_id', patterns: [{ text: APP, glob: false }], exclude: false, source: 'layer' });
  });

  it('accepts a repository_id that names the repository itself', () => {
    expect(combine('version: 1\ntoken:\n  rules:\n    - { name: r, match: { repository_id: 67890 }, grant: { repositories: [67890], permissions: { issues: read } } }\n').rules).toHaveLength(5);
  });

  it('confines writes to the repository\'s default branch when the org names no protected refs', () => {
    const org = loadTokenPolicy('version: 1\ntoken:\n  ceiling: { permissions: { issues: write } }\n', 'org.yml');
    const text = 'version: 1\ntoken:\n  rules:\n    - { name: r, match: { ref: refs/heads/develop }, grant: { permissions: { issues: write } } }\n';
    expect(combine(text, { defaultBranch: 'develop' }, org).rules[0]!.protectedRefs).toEqual([{ text: 'refs/heads/develop', glob: false }]);
    expect(thrownBy(() => combine(text, {}, org)).code).toBe('TOKEN_POLICY_UNPROTECTED_WRITE');
  });

  it('adds nothing for a repository policy without a token section', () => {
    expect(combine('version: 1\n').rules).toEqual(ORG.rules);
  });

  it.each(['', 'acme/app', '0'])('refuses the repository id %j (TOKEN_POLICY_INVALID_FACT)', (repositoryId) => {
    expect(thrownBy(() => combine('version: 1\n', { repositoryId })).code).toBe('TOKEN_POLICY_INVALID_FACT');
  });
});

describe('invalid repository policies name the field that tries to loosen the org policy', () => {
  const files = readdirSync(join(FIXTURES, 'invalid/repository')).filter((f) => f.endsWith('.yml'));
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(10));
  it.each(files)('%s', (file) => {
    const text = fixture(join('invalid/repository', file)).toString();
    const [, code, line, column] = EXPECT.exec(text) ?? [];
    const branch = BRANCH.exec(text)?.[1];
    const error = thrownBy(() => combine(text, branch === undefined ? {} : { defaultBranch: branch }));
    const problem = error.problems.find((p) => p.code === code);
    expect({ code: problem?.code, line: problem?.line, column: problem?.column, all: error.problems.map((p) => p.code) }).toMatchObject({ code, line: Number(line), column: Number(column) });
  });
});
