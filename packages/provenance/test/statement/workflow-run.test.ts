import { describe, expect, it } from '@jest/globals';
import { assertGitHubClaims } from '../../src/oidc/github-claims.js';
import { selectWorkflowRun, workflowRunFromClaims, workflowRunFromEnvironment } from '../../src/statement/workflow-run.js';
import { githubActionsClaims } from '../../../../test/servers/oidc-issuer/github-claims.js';

const ENV = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REPOSITORY_ID: '123456789',
  GITHUB_REPOSITORY_OWNER_ID: '987654',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '1536140711',
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_ENVIRONMENT: 'github-hosted',
};
const fromClaims = (overrides: Record<string, unknown> = {}) => workflowRunFromClaims(assertGitHubClaims({ iss: 'https://token.actions.githubusercontent.com', ...githubActionsClaims(overrides) }));

describe('the run, from its two sources', () => {
  it('token and environment describe the same run the same way, except for the reusable workflow', () => {
    const reusable = 'acme/workflows/.github/workflows/build.yml@refs/tags/v1';
    const { source: a, jobWorkflowRef, ...claims } = fromClaims({ job_workflow_ref: reusable });
    const { source: b, jobWorkflowRef: envJobRef, ...environment } = workflowRunFromEnvironment(ENV);
    expect([a, b, jobWorkflowRef, envJobRef]).toEqual(['verified-id-token', 'runner-environment', reusable, ENV.GITHUB_WORKFLOW_REF]);
    expect(claims).toEqual(environment);
  });

  it('the environment must name every variable; all missing ones are listed', () => {
    expect(() => workflowRunFromEnvironment({ ...ENV, GITHUB_SHA: undefined, RUNNER_ENVIRONMENT: '' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_INVALID', message: expect.stringContaining('GITHUB_SHA, RUNNER_ENVIRONMENT') }));
  });
});

describe('selectWorkflowRun prefers the verified token and cross-checks the environment', () => {
  it('takes the token when both agree, the environment when it is alone', () => {
    expect(selectWorkflowRun({ claims: fromClaims(), environment: workflowRunFromEnvironment(ENV) }).source).toBe('verified-id-token');
    expect(selectWorkflowRun({ environment: workflowRunFromEnvironment(ENV) }).source).toBe('runner-environment');
  });

  it.each([
    ['another commit', { GITHUB_SHA: 'f'.repeat(40) }, 'sha'],
    ['another repository', { GITHUB_REPOSITORY: 'acme/fork' }, 'repository'],
    ['another run attempt', { GITHUB_RUN_ATTEMPT: '2' }, 'runAttempt'],
  ])('refuses a step that rewrote the environment to %s', (_, change, field) => {
    expect(() => selectWorkflowRun({ claims: fromClaims(), environment: workflowRunFromEnvironment({ ...ENV, ...change }) })).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_CONFLICT', message: expect.stringContaining(`${field}: token`) }));
  });

  it('refuses to describe a run nobody told it about', () => {
    expect(() => selectWorkflowRun({})).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_INVALID' }));
  });
});
