import { describe, expect, it } from '@jest/globals';
import { toPattern } from '../src/claim-pattern.js';
import type { ClaimCondition, MatchField } from '../src/types.js';
import { defaultProtectedRefs, findWriteConfinement, grantsWrite, workflowRefPart } from '../src/write-confinement.js';

const PROTECTED = [toPattern('refs/heads/main'), toPattern('refs/tags/v*')];
const condition = (field: MatchField, values: string[], source: ClaimCondition['source'] = 'policy'): ClaimCondition => ({ field, patterns: values.map(toPattern), exclude: false, source });

describe('what confines a rule\'s writes', () => {
  it.each([
    ['ref', ['refs/heads/main'], 'ref'],
    ['ref', ['refs/tags/v1'], 'ref'],
    ['ref', ['refs/tags/v*'], 'ref'],
    ['ref', ['refs/tags/*'], undefined],
    ['ref', ['refs/heads/main', 'refs/heads/dev'], undefined],
    ['environment', ['production'], 'environment'],
    ['environment', ['prod*'], undefined],
    ['job_workflow_ref', ['acme/w/.github/workflows/r.yml@refs/heads/main'], 'job_workflow_ref'],
    ['job_workflow_ref', ['acme/w/.github/workflows/r.yml@refs/heads/dev'], undefined],
    ['workflow_ref', ['acme/*/.github/workflows/r.yml@refs/tags/v*'], 'workflow_ref'],
    ['workflow_ref', ['acme/w/**/r.yml@refs/heads/main'], undefined],
    ['event_name', ['push'], undefined],
  ] as const)('%s %j confines by %s', (field, values, expected) => {
    expect(findWriteConfinement([condition(field, [...values])], PROTECTED)).toBe(expected);
  });

  it('counts only conditions written in the policy', () => {
    expect(findWriteConfinement([condition('repository_id', ['67890'], 'layer'), condition('ref', ['refs/heads/main'], 'default')], PROTECTED)).toBeUndefined();
  });

  it('keeps a confinement when more conditions are added', () => {
    expect(findWriteConfinement([condition('ref', ['refs/heads/dev']), condition('environment', ['production'])], PROTECTED)).toBe('environment');
  });
});

describe('the ref part of a workflow ref pattern', () => {
  it.each([
    ['acme/w/.github/workflows/r.yml@refs/heads/main', 'refs/heads/main'],
    ['acme/*/.github/workflows/*.yml@refs/tags/v*', 'refs/tags/v*'],
    ['acme/w/.github/workflows/r@x.yml@refs/heads/main', 'refs/heads/main'],
    // `**`, classes, braces and extglobs could match a `/` and move the real ref elsewhere.
    ['acme/w/**/r.yml@refs/heads/main', undefined],
    ['acme/w/.github/workflows/r[^a]yml@refs/heads/main', undefined],
    ['acme/{w,x/y}/.github/workflows/r.yml@refs/heads/main', undefined],
    ['acme/w/.github/workflows/+(r).yml@refs/heads/main', undefined],
    ['acme/w/r.yml@refs/heads/main', undefined],
    ['acme/w/.github/workflows/r.yml', undefined],
  ])('%s: %s', (pattern, expected) => {
    expect(workflowRefPart(toPattern(pattern))?.text).toBe(expected);
  });
});

describe('helpers', () => {
  it('knows a write grant', () => {
    expect(grantsWrite({ contents: 'read', issues: 'read' })).toBe(false);
    expect(grantsWrite({ contents: 'read', repository_projects: 'admin' })).toBe(true);
  });

  it('protects the default branch exactly, even when its name looks like a glob', () => {
    expect(defaultProtectedRefs('release*')).toEqual([{ text: 'refs/heads/release*', glob: false }]);
  });
});
