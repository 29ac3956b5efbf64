import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { deriveJobClaims, subjectOf } from '../src/token-workflow/derive-claims.js';

const RUN = { workflowPath: '.github/workflows/ci.yml', event: 'push', ref: 'refs/heads/main', repository: 'acme/app' };
const JOB = { id: 'build', line: 3, runnerEnvironment: { value: 'github-hosted' as const } };

describe('deriveJobClaims', () => {
  it('takes a remote reusable workflow call as job_workflow_ref, as written', () => {
    const uses = { value: 'acme/shared/.github/workflows/release.yml@refs/heads/main', line: 4, column: 11 };
    expect(deriveJobClaims({ ...JOB, uses }, RUN).claims['job_workflow_ref']).toBe(uses.value);
  });

  it.each([
    ['a commit SHA', 'acme/shared/.github/workflows/deploy.yml@0123456789abcdef0123456789abcdef01234567'],
    ['a tag ref', 'acme/shared/.github/workflows/deploy.yml@refs/tags/v1'],
  ])('keeps a remote call pinned to %s as written', (_, value) => {
    expect(deriveJobClaims({ ...JOB, uses: { value, line: 4, column: 11 } }, RUN).claims['job_workflow_ref']).toBe(value);
  });

  it.each(['v1', 'main', '0123456'])('leaves job_workflow_ref unknown for a remote call at the short name %s: GitHub writes it as a tag or a branch ref', (version) => {
    const derived = deriveJobClaims({ ...JOB, uses: { value: `acme/shared/.github/workflows/deploy.yml@${version}`, line: 4, column: 11 } }, RUN);
    expect(derived.claims['job_workflow_ref']).toBeUndefined();
    expect(derived.unknown).toContainEqual({ claim: 'job_workflow_ref', note: expect.stringContaining(`@refs/tags/${version} or @refs/heads/${version}`) });
  });

  it('leaves runner_environment unknown when runs-on cannot tell, unless given', () => {
    const job = { ...JOB, runnerEnvironment: { unknown: 'the job runs in a runner group' } };
    const derived = deriveJobClaims(job, RUN);
    expect(derived.claims['runner_environment']).toBeUndefined();
    expect(derived.unknown).toContainEqual({ claim: 'runner_environment', note: expect.stringContaining('give --runner-environment') });
    expect(deriveJobClaims(job, { ...RUN, runnerEnvironment: 'self-hosted' }).claims['runner_environment']).toBe('self-hosted');
  });

  it('leaves job_workflow_ref unknown for a call it cannot read as a workflow reference', () => {
    const derived = deriveJobClaims({ ...JOB, uses: { value: 'docker://alpine', line: 4, column: 11 } }, RUN);
    expect(derived.claims['job_workflow_ref']).toBeUndefined();
    expect(derived.unknown.map((n) => n.claim)).toContain('job_workflow_ref');
  });

  it('leaves environment and sub unknown when the environment is an expression', () => {
    const derived = deriveJobClaims({ ...JOB, environment: { value: '${{ inputs.env }}', line: 5, column: 18 } }, RUN);
    expect([derived.claims['environment'], derived.claims['sub']]).toEqual([undefined, undefined]);
    expect(derived.unknown.map((n) => n.claim)).toEqual(expect.arrayContaining(['environment', 'sub']));
  });

  it('takes a tag ref as ref_type tag', () => {
    expect(deriveJobClaims(JOB, { ...RUN, ref: 'refs/tags/v1.2.0' }).claims).toMatchObject({ ref_type: 'tag', sub: 'repo:acme/app:ref:refs/tags/v1.2.0' });
  });
});

describe('subjectOf', () => {
  it.each([
    ['an environment before anything else', 'pull_request', 'production', 'repo:acme/app:environment:production'],
    ['pull_request_target as a pull request', 'pull_request_target', undefined, 'repo:acme/app:pull_request'],
    ['schedule as its ref', 'schedule', undefined, 'repo:acme/app:ref:refs/heads/main'],
  ])('writes %s', (_, event, environment, sub) => {
    expect(subjectOf('acme/app', event, 'refs/heads/main', environment)).toBe(sub);
  });

  it('never lets a value add a field: every ":" inside one is %3A', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (environment, branch) => {
        expect(subjectOf('acme/app', 'push', `refs/heads/${branch}`, environment).split(':')).toHaveLength(4);
        expect(subjectOf('acme/app', 'push', `refs/heads/${branch}`, undefined).split(':')).toHaveLength(4);
      }),
    );
  });
});
