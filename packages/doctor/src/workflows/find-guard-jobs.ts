import type { Job } from '@ringfence/workflow';
import { parseRingfenceUse } from '../ringfence-use.js';
import { isReusableOnly } from './workflow-view.js';
import type { WorkflowView } from './workflow-view.js';

/** A job that runs the guard, and how: calling the reusable workflow, or as a step. */
export interface GuardJob {
  readonly view: WorkflowView;
  readonly job: Job;
}

/**
 * The jobs that run the guard: a call of ringfence's reusable guard workflow (or of a local
 * workflow that runs it), a step using `…/ringfence/actions/guard` (or `./actions/guard` in
 * ringfence itself), or the root action with `control: guard`. Jobs of reusable workflows
 * are left out: their triggers, condition and token are their callers'.
 */
export function findGuardJobs(views: readonly WorkflowView[]): GuardJob[] {
  const reusable = views.filter(isReusableOnly);
  const localGuards = new Set(reusable.filter((view) => view.workflow.jobs.some((job) => runsGuardStep(job))).map((view) => `./${view.file}`));
  return views.filter((view) => !isReusableOnly(view)).flatMap((view) => view.workflow.jobs.filter((job) => callsGuard(job, localGuards) || runsGuardStep(job)).map((job) => ({ view, job })));
}

function callsGuard(job: Job, localGuards: ReadonlySet<string>): boolean {
  if (!job.uses) return false;
  if (localGuards.has(job.uses.value.trim())) return true;
  const called = parseRingfenceUse(job.uses.value);
  return called !== undefined && /(^|\/)\.github\/workflows\/guard\.ya?ml$/u.test(called.path);
}

function runsGuardStep(job: Job): boolean {
  return job.steps.some((step) => {
    if (!step.uses) return false;
    if (/^\.\/actions\/guard\/?$/u.test(step.uses.value)) return true;
    const use = parseRingfenceUse(step.uses.value);
    return use !== undefined && (use.path === 'actions/guard' || (use.path === '' && step.with['control']?.value === 'guard'));
  });
}
