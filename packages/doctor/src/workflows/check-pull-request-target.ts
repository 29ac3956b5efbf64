import type { Job, Step } from '@ringfence/workflow';
import type { Fact, LocalActionFile } from '../facts.js';
import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { compositeSteps, localActionDirectory, localWorkflowPath } from './local-uses.js';
import type { WorkflowView } from './workflow-view.js';

// Expressions and refs that name the pull request's head (or its merge with the base).
const HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|\bpull\/\$\{\{/u;
const HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.(?:full_name|clone_url|ssh_url)/u;
// Shell commands that fetch or check out the pull request's code.
const HEAD_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*(?:github\.event\.pull_request\.head|github\.head_ref|refs\/pull\/|\bpull\/)/u;

const CHECKOUT_FIX = 'check out the base branch only (actions/checkout without ref: under pull_request_target); read the pull request through the API, or move work on its code to a pull_request workflow without secrets';

/** Where a step sits, for the message: the file it is written in and how the run got there. */
interface Place {
  readonly file: string;
  readonly describe: (step: Step) => string;
}

/**
 * A workflow started by pull_request_target runs with the base branch's secrets and a
 * writable token; checking out the pull request's code there runs it with both. The steps
 * that run in that context include those of the local reusable workflows its jobs call and
 * of the local composite actions its steps use (and theirs in turn), so those are read too;
 * a local action doctor cannot read there is a finding, never a pass.
 */
export function checkPullRequestTarget(views: readonly WorkflowView[], localActions: Fact<readonly LocalActionFile[]>): Finding[] {
  const walk = new Walk(views, localActions);
  for (const view of views.filter((v) => v.events.includes('pull_request_target'))) walk.workflow(view, view.file);
  return walk.findings();
}

class Walk {
  private readonly found = new Map<string, Finding>();
  private readonly viewsByFile: Map<string, WorkflowView>;
  private readonly actions: Map<string, LocalActionFile> | undefined;
  private readonly visited = new Set<string>();

  constructor(views: readonly WorkflowView[], private readonly localActions: Fact<readonly LocalActionFile[]>) {
    this.viewsByFile = new Map(views.map((v) => [v.file, v]));
    this.actions = localActions.known ? new Map(localActions.value.map((a) => [a.directory, a])) : undefined;
  }

  findings(): Finding[] {
    return [...this.found.values()];
  }

  // `origin` names the pull_request_target workflow the run started from.
  workflow(view: WorkflowView, origin: string): void {
    if (this.visited.has(`workflow ${view.file}`)) return;
    this.visited.add(`workflow ${view.file}`);
    for (const job of view.workflow.jobs) this.job(view, job, origin);
  }

  private job(view: WorkflowView, job: Job, origin: string): void {
    const called = job.uses ? localWorkflowPath(job.uses.value) : undefined;
    const target = called === undefined ? undefined : this.viewsByFile.get(called);
    // A missing or unreadable called file fails the run before any step (and is reported as unparsable).
    if (target) this.workflow(target, origin);
    const via = view.file === origin ? '' : ` (called from ${origin}, started by pull_request_target)`;
    const place: Place = { file: view.file, describe: (step) => `job "${job.id}" step ${step.index + 1} of ${view.file}${via}` };
    for (const step of job.steps) this.step(place, step, origin);
  }

  private step(place: Place, step: Step, origin: string): void {
    this.checkout(place, step);
    const uses = step.uses;
    const directory = uses ? localActionDirectory(uses.value) : undefined;
    if (uses === undefined || directory === undefined) return;
    const where = { file: place.file, line: uses.line, column: uses.column };
    const unchecked = (why: string) => this.add(finding('PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED', 'error', `${place.describe(step)} uses ${uses.value}, ${why}: it runs with the base branch's secrets and a write token, and doctor cannot tell whether it checks out the pull request's code`, 'keep the local action on the default branch (action.yml), or use a pinned remote action', where));
    if (directory === null) return unchecked('a path outside the workspace or not a plain directory');
    if (this.actions === undefined) {
      const reason = this.localActions.known ? '' : this.localActions.reason;
      return this.add(finding('LOCAL_ACTIONS_UNREADABLE', 'error', `the local actions the workflows use could not be read: ${reason}`, "run doctor with a token that can read the repository's contents"));
    }
    const action = this.actions.get(directory);
    if (action?.path === undefined) return unchecked(`which has no action.yml or action.yaml on the default branch, so it runs whatever was put in ${directory === '' ? 'the workspace' : directory}`);
    if (this.visited.has(`action ${action.path}`)) return;
    this.visited.add(`action ${action.path}`);
    const steps = compositeSteps(action);
    if (steps === undefined) return;
    const inner: Place = { file: action.path, describe: (s) => `step ${s.index + 1} of the action ${uses.value} (used by ${place.describe(step)})` };
    for (const innerStep of steps) this.step(inner, innerStep, origin);
  }

  private checkout(place: Place, step: Step): void {
    const what = `${place.describe(step)} checks out the pull request's code in a pull_request_target run, where it runs with secrets and a write token`;
    if (step.uses && /^actions\/checkout@/iu.test(step.uses.value)) {
      const input = [step.with['ref'], step.with['repository']].find((v) => v !== undefined && (HEAD_REF.test(v.value) || HEAD_REPOSITORY.test(v.value)));
      if (input) this.add(finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', `${what} (${input.value})`, CHECKOUT_FIX, { file: place.file, line: input.line, column: input.column }));
    } else if (step.run && HEAD_COMMAND.test(step.run.value)) {
      this.add(finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', what, CHECKOUT_FIX, { file: place.file, line: step.run.line, column: step.run.column }));
    }
  }

  // One finding per code and place, however many runs reach it.
  private add(f: Finding): void {
    const key = `${f.code} ${f.file ?? ''}:${f.line ?? 0}:${f.column ?? 0}`;
    if (!this.found.has(key)) this.found.set(key, f);
  }
}
