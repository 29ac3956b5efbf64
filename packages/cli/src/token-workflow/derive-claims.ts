import type { JobRunContext } from '@ringfence/workflow';

/** What the run is assumed to be: the options of `token explain --workflow`. */
export interface RunAssumptions {
  /** The workflow file's path inside the repository, such as `.github/workflows/release.yml`. */
  readonly workflowPath: string;
  readonly event: string;
  readonly ref: string;
  /** `owner/name`; unknown offline unless given. */
  readonly repository?: string;
  readonly repositoryId?: string;
  readonly repositoryOwnerId?: string;
  readonly actorId?: string;
  readonly visibility?: string;
  /** Given by the user; else from the job's `runs-on`, unknown when that cannot tell. */
  readonly runnerEnvironment?: string;
}

/** A claim the derivation could not know, or set by assumption, and why. */
export interface ClaimNote {
  readonly claim: string;
  readonly note: string;
}

/** The claims a run would carry, and what about them is assumed or unknown. */
export interface DerivedClaims {
  readonly claims: Readonly<Record<string, string>>;
  readonly assumed: readonly ClaimNote[];
  readonly unknown: readonly ClaimNote[];
}

const EXPRESSION = /\$\{\{/u;

/**
 * The OIDC claims GitHub would put in a token of a run of `job`, as far as the workflow
 * and the options tell (https://docs.github.com/actions/reference/openid-connect-reference):
 * names and refs from the options, `environment` from the job, `workflow_ref` and
 * `job_workflow_ref` from the file (a job calling a reusable workflow runs that workflow),
 * `sub` in GitHub's default form (environment, else `pull_request` for `pull_request*`
 * events, else the ref; a `:` inside a value written `%3A`). Ids cannot be known offline:
 * from the options, else absent and listed as unknown.
 */
export function deriveJobClaims(job: JobRunContext, run: RunAssumptions): DerivedClaims {
  const claims: Record<string, string> = { event_name: run.event, ref: run.ref };
  const assumed: ClaimNote[] = [];
  const unknown: ClaimNote[] = [];
  const refType = /^refs\/heads\//u.test(run.ref) ? 'branch' : /^refs\/tags\//u.test(run.ref) ? 'tag' : undefined;
  if (refType) claims['ref_type'] = refType;
  else unknown.push({ claim: 'ref_type', note: `${run.ref} is neither a branch nor a tag ref` });
  const set = (claim: string, value: string | undefined, option: string) => {
    if (value !== undefined) claims[claim] = value;
    else unknown.push({ claim, note: `not known offline: give ${option}` });
  };
  set('repository_id', run.repositoryId, '--repository-id ID');
  set('repository_owner_id', run.repositoryOwnerId, '--owner-id ID');
  set('actor_id', run.actorId, '--actor-id ID');
  set('repository_visibility', run.visibility, '--visibility public|private|internal');
  if (run.runnerEnvironment !== undefined) claims['runner_environment'] = run.runnerEnvironment;
  else if ('value' in job.runnerEnvironment) {
    claims['runner_environment'] = job.runnerEnvironment.value;
    assumed.push({ claim: 'runner_environment', note: `${job.runnerEnvironment.value}, from the job's runs-on (give --runner-environment to change it)` });
  } else unknown.push({ claim: 'runner_environment', note: `${job.runnerEnvironment.unknown}: give --runner-environment github-hosted|self-hosted` });
  if (job.environment) {
    if (EXPRESSION.test(job.environment.value)) unknown.push({ claim: 'environment', note: `the job's environment is an expression (${job.environment.value}, line ${job.environment.line}) that cannot be evaluated offline` });
    else claims['environment'] = job.environment.value;
  }
  if (run.repository === undefined) {
    for (const claim of ['repository', 'repository_owner', 'workflow_ref', 'job_workflow_ref', 'sub']) unknown.push({ claim, note: 'not known offline: give --repository OWNER/NAME' });
    return { claims, assumed, unknown };
  }
  claims['repository'] = run.repository;
  claims['repository_owner'] = run.repository.split('/')[0]!;
  claims['workflow_ref'] = `${run.repository}/${run.workflowPath}@${run.ref}`;
  const called = job.uses ? calledWorkflowRef(job.uses.value, run.repository, run.ref) : { ref: claims['workflow_ref'] };
  if ('unknown' in called) unknown.push({ claim: 'job_workflow_ref', note: called.unknown });
  else claims['job_workflow_ref'] = called.ref;
  if (job.environment === undefined || claims['environment'] !== undefined) claims['sub'] = subjectOf(run.repository, run.event, run.ref, claims['environment']);
  else unknown.push({ claim: 'sub', note: 'depends on the environment, which is unknown' });
  return { claims, assumed, unknown };
}

/** GitHub's default `sub`: environment first, then pull requests, then the ref. */
export function subjectOf(repository: string, event: string, ref: string, environment: string | undefined): string {
  const encode = (value: string) => value.replace(/:/gu, '%3A');
  if (environment !== undefined) return `repo:${repository}:environment:${encode(environment)}`;
  if (event.startsWith('pull_request')) return `repo:${repository}:pull_request`;
  return `repo:${repository}:ref:${encode(ref)}`;
}

const REMOTE_CALL = /^[^/\s]+\/[^/\s]+\/\.github\/workflows\/[^@\s]+@(\S+)$/u;

/**
 * `./.github/workflows/x.yml` runs at the caller's ref. `owner/repo/path@X` carries X as
 * GitHub resolved it: a commit SHA as is, a `refs/…` name as is, but a short name becomes
 * `refs/tags/X` or `refs/heads/X`, which cannot be told apart offline.
 */
function calledWorkflowRef(uses: string, repository: string, ref: string): { ref: string } | { unknown: string } {
  if (uses.startsWith('./')) return { ref: `${repository}/${uses.slice(2)}@${ref}` };
  const version = REMOTE_CALL.exec(uses)?.[1];
  if (version === undefined) return { unknown: `the job calls ${uses}, which is not a reusable workflow reference` };
  if (/^[0-9a-f]{40}$/u.test(version) || version.startsWith('refs/')) return { ref: uses };
  return { unknown: `the job calls ${uses}: GitHub writes @${version} as @refs/tags/${version} or @refs/heads/${version}, which cannot be told offline (write the full ref or a commit SHA in uses:)` };
}
