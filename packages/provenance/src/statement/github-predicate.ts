import { ProvenanceError } from '../errors.js';
import type { GitHubActionsFacts } from './facts.js';
import { formatTimestamp } from './format-timestamp.js';
import type { ProvenancePredicate } from './types.js';
import { GITHUB_WORKFLOW_BUILD_TYPE } from './types.js';

/**
 * The events the GitHub workflow build type may describe; it "MUST NOT be used for any
 * other event type" (https://github.com/actions/buildtypes/tree/main/workflow/v1), so a
 * `pull_request` run gets no provenance rather than provenance with unclear meaning.
 */
export const SUPPORTED_EVENTS: readonly string[] = ['create', 'release', 'push', 'workflow_dispatch'];

/**
 * SLSA v1 predicate of the GitHub Actions workflow build type
 * (https://github.com/actions/buildtypes/tree/main/workflow/v1): at least every field
 * actions/attest emits, with `startedOn`/`finishedOn` when the caller knows them.
 */
export function buildGitHubPredicate(facts: GitHubActionsFacts): ProvenancePredicate {
  const { run } = facts;
  checkRun(facts);
  const server = facts.serverUrl.replace(/\/+$/u, '');
  const repository = `${server}/${run.repository}`;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref: run.ref, repository, path: workflowPath(run.workflowRef, run.repository, run.ref) } },
      internalParameters: {
        github: { event_name: run.eventName, repository_id: run.repositoryId, repository_owner_id: run.repositoryOwnerId, runner_environment: run.runnerEnvironment },
        ...approvalOf(facts),
      },
      // SPDX download location form: git+<repository>@<ref>.
      resolvedDependencies: [{ uri: `git+${repository}@${run.ref}`, digest: { gitCommit: run.sha.toLowerCase() } }],
    },
    runDetails: {
      builder: { id: `${server}/${run.jobWorkflowRef}` },
      metadata: {
        invocationId: `${repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
        ...formatTimestamp('startedOn', facts.startedOn),
        ...formatTimestamp('finishedOn', facts.finishedOn),
      },
    },
  };
}

/**
 * The workflow file's path: `workflowRef` minus the `repository/` prefix and the `@ref`
 * suffix, exactly as the build type defines it (path and ref may both contain `@`, so
 * splitting at an `@` would be wrong).
 */
export function workflowPath(workflowRef: string, repository: string, ref: string): string {
  const prefix = `${repository}/`;
  const suffix = `@${ref}`;
  if (!workflowRef.startsWith(prefix) || !workflowRef.endsWith(suffix) || workflowRef.length <= prefix.length + suffix.length) {
    throw invalid(`workflow ref ${JSON.stringify(workflowRef)} is not "${prefix}<path>${suffix}"`);
  }
  return workflowRef.slice(prefix.length, -suffix.length);
}

function checkRun({ serverUrl, run }: GitHubActionsFacts): void {
  if (!/^https?:\/\/[^/\s]+\/?$/u.test(serverUrl)) throw invalid(`server URL ${JSON.stringify(serverUrl)}: expected https://host`);
  if (!/^[^/\s]+\/[^/\s]+$/u.test(run.repository)) throw invalid(`repository ${JSON.stringify(run.repository)}: expected owner/name`);
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/iu.test(run.sha)) throw invalid(`commit ${JSON.stringify(run.sha)}: expected 40 or 64 hex digits`);
  if (!run.ref.startsWith('refs/')) throw invalid(`ref ${JSON.stringify(run.ref)}: expected refs/…`);
  if (!SUPPORTED_EVENTS.includes(run.eventName)) {
    throw new ProvenanceError('PROVENANCE_EVENT_UNSUPPORTED', `event ${JSON.stringify(run.eventName)} is not one the GitHub workflow build type describes: expected ${SUPPORTED_EVENTS.join(', ')}`);
  }
}

function invalid(detail: string): ProvenanceError {
  return new ProvenanceError('PROVENANCE_FACTS_INVALID', `cannot describe the run: ${detail}`);
}

// The gate's evidence, only for the commit this predicate describes (a mix-up would record
// someone else's approval).
function approvalOf(facts: GitHubActionsFacts): Record<string, unknown> {
  if (!facts.approval) return {};
  if (facts.approval.commit !== facts.run.sha.toLowerCase()) throw invalid(`the approval evidence is for ${facts.approval.commit}, the run built ${facts.run.sha}`);
  return { ringfence: { approval: facts.approval } };
}
