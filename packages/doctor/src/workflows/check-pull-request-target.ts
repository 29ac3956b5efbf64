import type { Job, Step } from '@ringfence/workflow';
import type { Fact, LocalActionFile } from '../facts.js';
import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { localActionDirectory, localWorkflowPath, readAction } from './local-uses.js';
import type { WorkflowView } from './workflow-view.js';

// Expressions and refs that name the pull request's head (or its merge with the base).
const HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|\bpull\/\$\{\{/u;
const HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.(?:full_name|clone_url|ssh_url)/u;
// Shell commands that fetch or check out code; HEAD_COMMAND when they name the pull request's.
const FETCH_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*/gu;
const HEAD_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*(?:github\.event\.pull_request\.head|github\.head_ref|refs\/pull\/|\bpull\/)/u;
// `inputs.name` or `inputs['name']` in an expression: how a called file reads what its caller passed.
const INPUT_REFERENCE = /\binputs\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/gu;

const CHECKOUT_FIX = 'check out the base branch only (actions/checkout without ref: under pull_request_target); read the pull request through the API, or move work on its code to a pull_request workflow without secrets';

/** Where a step sits: the file it is written in, how the run got there, and which of the file's inputs carry the head. */
interface Place {
  readonly file: string;
  readonly describe: (step: Step) => string;
  /** Input names (lower case: GitHub compares them without case) the caller set to the pull request's head. */
  readonly headInputs: ReadonlySet<string>;
}

/**
 * A workflow started by pull_request_target runs with the base branch's secrets and a
 * writable token; checking out the pull request's code there runs it with both. The steps
 * that run in that context include those of the local reusable workflows its jobs call and
 * of the local composite actions its steps use (and theirs in turn), so those are read too,
 * with the inputs their caller sets to the head; a local action doctor cannot read there is
 * a finding, never a pass.
 */
export function checkPullRequestTarget(views: readonly WorkflowView[], localActions: Fact<readonly LocalActionFile[]>): Finding[] {
  const walk = new Walk(views, localActions);
  for (const view of views.filter((v) => v.events.includes('pull_request_target'))) walk.workflow(view, undefined, new Set());
  return walk.findings();
}

class Walk {
  private readonly found = new Map<string, Finding>();
  private readonly viewsByFile: Map<string, WorkflowView>;
  private readonly actions: Map<string, LocalActionFile> | undefined;
  // A file is walked again only with other head inputs: that is what can change its findings.
  private readonly visited = new Set<string>();

  constructor(views: readonly WorkflowView[], private readonly localActions: Fact<readonly LocalActionFile[]>) {
    this.viewsByFile = new Map(views.map((v) => [v.file, v]));
    this.actions = localActions.known ? new Map(localActions.value.map((a) => [a.directory, a])) : undefined;
  }

  findings(): Finding[] {
    return [...this.found.values()];
  }

  // `caller`: the workflow whose job called this one (undefined for the pull_request_target workflow itself).
  workflow(view: WorkflowView, caller: string | undefined, headInputs: ReadonlySet<string>): void {
    if (!this.firstVisit('workflow', view.file, headInputs)) return;
    const via = caller === undefined ? '' : ` (called from ${caller} in a pull_request_target run)`;
    for (const job of view.workflow.jobs) {
      const place: Place = { file: view.file, describe: (step) => `job "${job.id}" step ${step.index + 1} of ${view.file}${via}`, headInputs };
      this.job(view, job, place);
    }
  }

  private job(view: WorkflowView, job: Job, place: Place): void {
    const called = job.uses ? localWorkflowPath(job.uses.value) : undefined;
    const target = called === undefined ? undefined : this.viewsByFile.get(called);
    // A missing or unreadable called file fails the run before any step (and is reported as unparsable).
    if (target) this.workflow(target, view.file, headInputsOf(view.valueAt(['jobs', job.id, 'with']), place.headInputs));
    for (const step of job.steps) this.step(place, step);
  }

  private step(place: Place, step: Step): void {
    this.checkout(place, step);
    const uses = step.uses;
    const directory = uses ? localActionDirectory(uses.value) : undefined;
    if (uses === undefined || directory === undefined) return;
    const where = { file: place.file, line: uses.line, column: uses.column };
    const unchecked = (why: string) => this.add(finding('PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED', 'error', `${place.describe(step)} uses ${uses.value}, ${why}: it runs with the base branch's secrets and a write token, and doctor cannot tell whether it checks out the pull request's code`, 'keep the local action on the default branch as a regular action.yml doctor can read, or use a pinned remote action', where));
    if (directory === null) return unchecked('a path outside the workspace or not a plain directory');
    if (this.actions === undefined) {
      const reason = this.localActions.known ? '' : this.localActions.reason;
      return this.add(finding('LOCAL_ACTIONS_UNREADABLE', 'error', `the local actions the workflows use could not be read: ${reason}`, "run doctor with a token that can read the repository's contents"));
    }
    const action = this.actions.get(directory) ?? { directory, missing: 'not read' };
    const read = readAction(action);
    if (read.kind === 'unreadable') return unchecked(`whose metadata on the default branch doctor cannot read (${read.reason})`);
    if (read.kind !== 'composite') return;
    const headInputs = headInputsOf(Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, value.value])), place.headInputs);
    if (!this.firstVisit('action', action.path!, headInputs)) return;
    const inner: Place = { file: action.path!, describe: (s) => `step ${s.index + 1} of the action ${uses.value} (used by ${place.describe(step)})`, headInputs };
    for (const innerStep of read.steps) this.step(inner, innerStep);
  }

  private checkout(place: Place, step: Step): void {
    const what = `${place.describe(step)} checks out the pull request's code in a pull_request_target run, where it runs with secrets and a write token`;
    if (step.uses && /^actions\/checkout@/iu.test(step.uses.value)) {
      const input = [step.with['ref'], step.with['repository']].find((v) => v !== undefined && (HEAD_REF.test(v.value) || HEAD_REPOSITORY.test(v.value) || readsHeadInput(v.value, place.headInputs)));
      if (input) this.add(finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', `${what} (${input.value}${HEAD_REF.test(input.value) || HEAD_REPOSITORY.test(input.value) ? '' : ', an input its caller sets to the head'})`, CHECKOUT_FIX, { file: place.file, line: input.line, column: input.column }));
    } else if (step.run && (HEAD_COMMAND.test(step.run.value) || [...step.run.value.matchAll(FETCH_COMMAND)].some((m) => readsHeadInput(m[0], place.headInputs)))) {
      this.add(finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', what, CHECKOUT_FIX, { file: place.file, line: step.run.line, column: step.run.column }));
    }
  }

  private firstVisit(kind: string, file: string, headInputs: ReadonlySet<string>): boolean {
    const key = `${kind} ${file} ${[...headInputs].sort().join(',')}`;
    if (this.visited.has(key)) return false;
    this.visited.add(key);
    return true;
  }

  // One finding per code and place, however many runs reach it.
  private add(f: Finding): void {
    const key = `${f.code} ${f.file ?? ''}:${f.line ?? 0}:${f.column ?? 0}`;
    if (!this.found.has(key)) this.found.set(key, f);
  }
}

// The inputs a `with:` sets to the head: a value naming it, or passing on an input that does.
function headInputsOf(withValues: unknown, callerHeadInputs: ReadonlySet<string>): ReadonlySet<string> {
  if (typeof withValues !== 'object' || withValues === null || Array.isArray(withValues)) return new Set();
  const names = Object.entries(withValues).filter(([, value]) => typeof value === 'string' && (HEAD_REF.test(value) || HEAD_REPOSITORY.test(value) || readsHeadInput(value, callerHeadInputs)));
  return new Set(names.map(([name]) => name.toLowerCase()));
}

function readsHeadInput(text: string, headInputs: ReadonlySet<string>): boolean {
  if (headInputs.size === 0) return false;
  return [...text.matchAll(INPUT_REFERENCE)].some((m) => headInputs.has((m[1] ?? m[2] ?? '').toLowerCase()));
}
