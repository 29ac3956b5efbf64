import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '@ringfence/core';
import { explainTokenRequest, formatExplanation, loadTokenRequest } from '@ringfence/token';
import type { TokenExplanation, TokenRequest } from '@ringfence/token';
import { parseWorkflow, readRunContext } from '@ringfence/workflow';
import type { Job, JobRunContext, Step } from '@ringfence/workflow';
import type { CommandResult, Io } from '../io.js';
import { deriveJobClaims } from '../token-workflow/derive-claims.js';
import type { ClaimNote, RunAssumptions } from '../token-workflow/derive-claims.js';
import { readTokenRequest, tokenSteps } from '../token-workflow/read-token-request.js';
import type { ExplainValues } from './token.js';
import { readExplainPolicy, readInput } from './token.js';

/** A job as both readers see it: its steps and runs-on, and its environment and call. */
type FullJob = Job & JobRunContext;

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/u;
const ID = /^[1-9][0-9]{0,19}$/u;

/**
 * `ringfence token explain --workflow`: the claims a run of the job would carry and the
 * request of its token step, decided by `explainTokenRequest`, the function behind the
 * broker's `/v1/explain`. Exit 0 granted, 1 refused, 2 usage or cannot tell offline (also
 * when a refusal may only be for want of a claim that could not be derived).
 */
export async function explainWorkflowCommand(values: ExplainValues, io: Io): Promise<CommandResult> {
  const run = readRunOptions(values);
  const file = values.workflow!;
  const { jobs, triggers, path } = await readJobs(io, file);
  const job = jobs.find((j) => j.id === run.job);
  if (!job) throw new UsageError('USAGE_INVALID_VALUE', `${file} has no job ${JSON.stringify(run.job)}; its jobs: ${jobs.map((j) => j.id).join(', ') || 'none'}`);
  if (!triggers.includes(run.event) && triggers.includes('workflow_call')) throw new UsageError('USAGE_INVALID_VALUE', `${file} is a reusable workflow (on: ${triggers.join(', ')}): a run of it carries its caller's event_name and workflow_ref, so explain the caller's job that uses it (--workflow CALLER --job JOB)`);
  const warnings: string[] = [];
  if (!triggers.includes(run.event)) warnings.push(`${file}: the workflow is not triggered by ${run.event} (on: ${triggers.join(', ') || 'nothing'}), so no run of it carries these claims`);
  if (!path.inRepository) warnings.push(`${file} is not inside a .github/workflows folder: workflow_ref assumes ${path.workflowPath}`);
  const target = await tokenJob(io, file, job, path.root, values.step);
  const derived = deriveJobClaims(target.job, { ...run, workflowPath: path.workflowPath });
  const request = values.request !== undefined ? { request: loadTokenRequest(await readInput(io, values.request), values.request) } : requestOf(target, values, run.repository);
  if ('cannot' in request) {
    if (values.json) io.out(JSON.stringify({ workflow: file, job: job.id, claims: derived.claims, assumed: derived.assumed, unknown: derived.unknown, request: null, warnings, cannotTell: request.cannot }, null, 2));
    io.err(`error: ${file}: job ${job.id}: ${request.cannot}`);
    return 2;
  }
  const hostRepositoryId = values['host-repository-id'];
  const explanation = explainTokenRequest(await readExplainPolicy(values, io), derived.claims, request.request, hostRepositoryId ? { hostRepositoryId } : {});
  const cannot = undecided(explanation, derived.unknown);
  for (const warning of warnings) io.err(`warning: ${warning}`);
  if (values.json) io.out(JSON.stringify({ workflow: file, job: job.id, step: target.step?.id ?? target.step?.name ?? null, claims: derived.claims, assumed: derived.assumed, unknown: derived.unknown, request: request.request, warnings, ...explanation, ...(cannot && { cannotTell: cannot }) }, null, 2));
  else io.out(describe(derived.claims, derived.assumed, derived.unknown, request.request) + formatExplanation(explanation));
  if (cannot) {
    io.err(`error: ${file}: job ${job.id}: ${cannot}`);
    return 2;
  }
  return explanation.decision.outcome === 'granted' ? 0 : 1;
}

function readRunOptions(values: ExplainValues): Omit<RunAssumptions, 'workflowPath'> & { readonly job: string } {
  const need = (name: 'job' | 'event' | 'ref') => {
    const value = values[name];
    if (value === undefined || value === '') throw new UsageError('USAGE_MISSING_ARGUMENT', `--${name} is required with --workflow (see \`ringfence token explain --help\`)`);
    return value;
  };
  const ref = need('ref');
  if (!/^refs\/(?:heads|tags|pull)\/\S+$/u.test(ref)) throw new UsageError('USAGE_INVALID_VALUE', `--ref must be a full ref such as refs/heads/main, refs/tags/v1 or refs/pull/7/merge, not ${JSON.stringify(ref)}`);
  const event = need('event');
  if (event === 'workflow_call') throw new UsageError('USAGE_INVALID_VALUE', '--event workflow_call is never a run\'s event_name: a called workflow\'s run carries its caller\'s event_name and workflow_ref, so explain the caller\'s job that uses it (--workflow CALLER --job JOB --event ITS_EVENT)');
  if (!/^[a-z_]{1,64}$/u.test(event)) throw new UsageError('USAGE_INVALID_VALUE', `--event must be an event name such as push or workflow_dispatch, not ${JSON.stringify(event)}`);
  const runner = values['runner-environment'];
  if (runner !== undefined && runner !== 'github-hosted' && runner !== 'self-hosted') throw new UsageError('USAGE_INVALID_VALUE', `--runner-environment must be github-hosted or self-hosted, not ${JSON.stringify(runner)}`);
  if (values.repository !== undefined && !REPOSITORY.test(values.repository)) throw new UsageError('USAGE_INVALID_VALUE', `--repository must be OWNER/NAME, not ${JSON.stringify(values.repository)}`);
  for (const name of ['repository-id', 'owner-id', 'actor-id'] as const) {
    const value = values[name];
    if (value !== undefined && !ID.test(value)) throw new UsageError('USAGE_INVALID_VALUE', `--${name} must be a numeric id, not ${JSON.stringify(value)}`);
  }
  const pick = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
  return {
    job: need('job'),
    event,
    ref,
    ...pick('repository', values.repository),
    ...pick('repositoryId', values['repository-id']),
    ...pick('repositoryOwnerId', values['owner-id']),
    ...pick('actorId', values['actor-id']),
    ...pick('visibility', values.visibility),
    ...pick('runnerEnvironment', values['runner-environment']),
  };
}

// Both readers over one file: steps from parseWorkflow, triggers and environments beside them.
async function readJobs(io: Io, file: string): Promise<{ jobs: FullJob[]; triggers: readonly string[]; path: { root: string; workflowPath: string; inRepository: boolean } }> {
  const bytes = await readInput(io, file);
  const workflow = parseWorkflow(bytes, file);
  const context = readRunContext(bytes, file);
  if (!workflow.value || !context.value) {
    const problem = [...workflow.problems, ...context.problems][0];
    throw new UsageError('USAGE_INVALID_VALUE', problem ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : `${file} is not a workflow`);
  }
  const contexts = new Map(context.value.jobs.map((j) => [j.id, j]));
  // Both read the same mapping of jobs; a job only one of them kept is left out, never half-known.
  const jobs = workflow.value.jobs.flatMap((j): FullJob[] => {
    const declared = contexts.get(j.id);
    return declared ? [{ ...j, ...declared }] : [];
  });
  return { jobs, triggers: context.value.triggers, path: locate(resolve(io.cwd, file)) };
}

// The repository root is the folder holding .github/workflows; workflow_ref names the file from there.
function locate(absolute: string): { root: string; workflowPath: string; inRepository: boolean } {
  const marker = `${sep}.github${sep}workflows${sep}`;
  const at = absolute.lastIndexOf(marker);
  if (at < 0) return { root: dirname(absolute), workflowPath: `.github/workflows/${absolute.split(sep).at(-1)!}`, inRepository: false };
  const root = absolute.slice(0, at);
  return { root, workflowPath: relative(root, absolute).split(sep).join('/'), inRepository: true };
}

/** The job whose token step asks, and that step: the job itself, or the job of a local reusable workflow it calls. */
interface TokenJob {
  readonly job: FullJob;
  readonly step: Step | undefined;
  readonly where: string;
}

async function tokenJob(io: Io, file: string, job: FullJob, root: string, stepId: string | undefined): Promise<TokenJob> {
  if (job.uses === undefined) return { job, step: chooseStep(tokenSteps(job), stepId, `job ${job.id} of ${file}`), where: `job ${job.id}` };
  if (!job.uses.value.startsWith('./')) return { job, step: undefined, where: `job ${job.id} calls ${job.uses.value}, which cannot be read offline` };
  const called = join(root, job.uses.value.slice(2));
  const { jobs } = await readJobs({ ...io, cwd: root }, called);
  const candidates = jobs.flatMap((j) => tokenSteps(j).map((step) => ({ job: j, step })));
  const step = chooseStep(candidates.map((c) => c.step), stepId, `${job.uses.value}`);
  const owner = candidates.find((c) => c.step === step)?.job;
  // The called job's environment and runners are what its token carries; job_workflow_ref stays the call.
  return { job: owner ? { ...owner, uses: job.uses } : job, step, where: `${job.uses.value}` };
}

function chooseStep(steps: readonly Step[], stepId: string | undefined, where: string): Step | undefined {
  if (stepId !== undefined) {
    const chosen = steps.find((s) => s.id === stepId || s.name === stepId);
    if (!chosen) throw new UsageError('USAGE_INVALID_VALUE', `${where} has no ringfence token step ${JSON.stringify(stepId)}; its token steps: ${steps.map(label).join(', ') || 'none'}`);
    return chosen;
  }
  if (steps.length > 1) throw new UsageError('USAGE_MISSING_ARGUMENT', `${where} has ${steps.length} ringfence token steps (${steps.map(label).join(', ')}): choose one with --step`);
  return steps[0];
}

function label(step: Step): string {
  return step.id ?? step.name ?? `step ${step.index + 1} (line ${step.line})`;
}

function requestOf(target: TokenJob, values: ExplainValues, repository: string | undefined): { request: TokenRequest } | { cannot: string } {
  if (!target.step) return { cannot: `${target.where}: no ringfence token step found (uses: …/actions/token, or the root action with control: token); give --request FILE` };
  return readTokenRequest(target.step, { name: repository?.split('/')[1], id: values['repository-id'] });
}

/**
 * Why a refusal cannot be trusted, or undefined: some rule failed only on claims the
 * derivation could not know, so the run itself might be granted by it. Saying "refused"
 * there would push users to a broader rule than they need.
 */
function undecided(explanation: TokenExplanation, unknown: readonly ClaimNote[]): string | undefined {
  if (explanation.decision.outcome === 'granted') return undefined;
  const notes = new Map(unknown.map((n) => [n.claim, n.note]));
  const open = explanation.rules.filter((r) => r.mismatches.length > 0 && r.mismatches.every((m) => notes.has(m.field)));
  if (open.length === 0) return undefined;
  const claims = [...new Set(open.flatMap((r) => r.mismatches.map((m) => m.field)))];
  return `cannot tell offline: rule ${open.map((r) => r.rule.name).join(', ')} depends only on unknown claims (${claims.map((c) => `${c}: ${notes.get(c)}`).join('; ')})`;
}

function describe(claims: Readonly<Record<string, string>>, assumed: readonly ClaimNote[], unknown: readonly ClaimNote[], request: TokenRequest): string {
  const lines = ['claims a run would carry:', ...Object.entries(claims).map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`)];
  for (const note of assumed) lines.push(`  assumed ${note.claim}: ${note.note}`);
  for (const note of unknown) lines.push(`  unknown ${note.claim}: ${note.note}`);
  lines.push(`request: repositories ${request.repositories?.join(', ') ?? 'the job\'s own'}; ${Object.entries(request.permissions).map(([n, l]) => `${n}: ${l}`).join(', ') || 'no permissions'}`);
  return `${lines.join('\n')}\n`;
}
