import { ProvenanceError } from '../errors.js';
import type { GitHubClaims } from '../oidc/github-claims.js';
import type { WorkflowRun } from './facts.js';

/** The run as the verified token states it. */
export function workflowRunFromClaims(claims: GitHubClaims): WorkflowRun<'verified-id-token'> {
  return {
    source: 'verified-id-token',
    repository: claims.repository,
    repositoryId: claims.repository_id,
    repositoryOwnerId: claims.repository_owner_id,
    ref: claims.ref,
    sha: claims.sha,
    eventName: claims.event_name,
    workflowRef: claims.workflow_ref,
    jobWorkflowRef: claims.job_workflow_ref,
    runId: claims.run_id,
    runAttempt: claims.run_attempt,
    runnerEnvironment: claims.runner_environment,
  };
}

const VARIABLES = ['GITHUB_REPOSITORY', 'GITHUB_REPOSITORY_ID', 'GITHUB_REPOSITORY_OWNER_ID', 'GITHUB_REF', 'GITHUB_SHA', 'GITHUB_EVENT_NAME', 'GITHUB_WORKFLOW_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'RUNNER_ENVIRONMENT'] as const;

/**
 * The run as the runner's variables state it (handed over by `@ringfence/runner`, which
 * alone reads `process.env`). Any earlier step could have changed them: use for key
 * signing or as a cross-check, never instead of a verified token when one exists.
 */
export function workflowRunFromEnvironment(env: Readonly<Record<string, string | undefined>>): WorkflowRun<'runner-environment'> {
  const missing = VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) throw new ProvenanceError('PROVENANCE_FACTS_INVALID', `the runner environment lacks ${missing.join(', ')} (is this a GitHub Actions job?)`);
  const v = (name: (typeof VARIABLES)[number]): string => env[name]!;
  return {
    source: 'runner-environment',
    repository: v('GITHUB_REPOSITORY'),
    repositoryId: v('GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: v('GITHUB_REPOSITORY_OWNER_ID'),
    ref: v('GITHUB_REF'),
    sha: v('GITHUB_SHA'),
    eventName: v('GITHUB_EVENT_NAME'),
    workflowRef: v('GITHUB_WORKFLOW_REF'),
    jobWorkflowRef: v('GITHUB_WORKFLOW_REF'),
    runId: v('GITHUB_RUN_ID'),
    runAttempt: v('GITHUB_RUN_ATTEMPT'),
    runnerEnvironment: v('RUNNER_ENVIRONMENT'),
  };
}

// The fields both sources carry and that identify the run; any difference means tampering or a bug.
const CROSS_CHECKED = ['repository', 'repositoryId', 'repositoryOwnerId', 'ref', 'sha', 'eventName', 'workflowRef', 'runId', 'runAttempt'] as const;

/**
 * Chooses the run to describe: the verified token's when there is one, else the
 * environment's. With both, every field they share must agree, or nothing is built.
 */
export function selectWorkflowRun(sources: { readonly claims?: WorkflowRun<'verified-id-token'>; readonly environment?: WorkflowRun<'runner-environment'> }): WorkflowRun {
  const { claims, environment } = sources;
  if (claims && environment) {
    const differing = CROSS_CHECKED.filter((field) => claims[field] !== environment[field]);
    if (differing.length > 0) {
      const detail = differing.map((f) => `${f}: token ${JSON.stringify(claims[f])}, environment ${JSON.stringify(environment[f])}`).join('; ');
      throw new ProvenanceError('PROVENANCE_FACTS_CONFLICT', `the verified token and the runner environment disagree (${detail})`);
    }
  }
  const chosen = claims ?? environment;
  if (!chosen) throw new ProvenanceError('PROVENANCE_FACTS_INVALID', 'no facts about the run: expected verified token claims or the runner environment');
  return chosen;
}
