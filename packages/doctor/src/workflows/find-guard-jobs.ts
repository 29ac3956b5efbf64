import type { Job } from '@ringfence/workflow';
import { parseRingfenceUse } from '../ringfence-use.js';
import type { WorkflowView } from './workflow-view.js';

/** A job that runs the guard, and how: calling the reusable workflow, or as a step. */
export interface GuardJob {
  readonly view: WorkflowView;
  readonly job: Job;
}

/**
 * The jobs that run the guard: a call of ringfence's reusable guard workflow, a step using
 * `…/ringfence/actions/guard` (or `./actions/guard` in ringfence itself), or the root action
 * with `control: guard`.
 */
export function findGuardJobs(views: readonly WorkflowView[]): GuardJob[] {
  return views.flatMap((view) => view.workflow.jobs.filter(runsGuard).map((job) => ({ view, job })));
}

function runsGuard(job: Job): boolean {
  const called = job.uses && parseRingfenceUse(job.uses.value);
  if (called && /(^|\/)\.github\/workflows\/guard\.ya?ml$/u.test(called.path)) return true;
  return job.steps.some((step) => {
    if (!step.uses) return false;
    if (/^\.\/actions\/guard\/?$/u.test(step.uses.value)) return true;
    const use = parseRingfenceUse(step.uses.value);
    return use !== undefined && (use.path === 'actions/guard' || (use.path === '' && step.with['control']?.value === 'guard'));
  });
}
