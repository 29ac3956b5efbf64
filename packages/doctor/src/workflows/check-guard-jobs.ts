import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import type { GuardJob } from './find-guard-jobs.js';
import { grantsWrite } from './permissions.js';
import type { WorkflowView } from './workflow-view.js';
import { isRecord } from './workflow-view.js';

const TRIGGER = 'pull_request_target';
// Filters that leave pull requests without a guard run (the required check then never comes).
const FILTERS = ['paths', 'paths-ignore', 'branches', 'branches-ignore'] as const;

/**
 * The guard must run on every pull request, from the base branch's copy of the workflow,
 * unconditionally, with a read-only token: no `if:`, no path or branch filters,
 * `pull_request_target` and not `pull_request` (whose run uses the pull request's own copy).
 */
export function checkGuardJobs(views: readonly WorkflowView[], guards: readonly GuardJob[]): Finding[] {
  if (guards.length === 0) {
    return [finding('GUARD_WORKFLOW_MISSING', 'error', `no workflow of the default branch runs the guard (looked at ${views.length} workflow file${views.length === 1 ? '' : 's'})`, 'add the caller workflow `ringfence init` writes (.github/workflows/ringfence-guard.yml)')];
  }
  return guards.flatMap((guard) => [...checkCondition(guard), ...checkTriggers(guard.view, guard.job.id), ...checkPermissions(guard)]);
}

function checkCondition({ view, job }: GuardJob): Finding[] {
  if (view.valueAt(['jobs', job.id, 'if']) === undefined) return [];
  const at = view.positionOf(['jobs', job.id, 'if']);
  return [finding('GUARD_JOB_CONDITIONAL', 'error', `guard job "${job.id}" has an if: condition: a job skipped by if: counts as passed, and a skipped guard posts no verdict`, 'remove the if: from the guard job; the guard itself decides what a pull request needs', { file: view.file, ...at })];
}

function checkTriggers(view: WorkflowView, jobId: string): Finding[] {
  const found: Finding[] = [];
  if (!view.events.includes(TRIGGER)) {
    found.push(finding('GUARD_NOT_PULL_REQUEST_TARGET', 'error', `the workflow of guard job "${jobId}" does not run on pull_request_target`, 'trigger the guard workflow on pull_request_target (types opened, synchronize, reopened, edited), as `ringfence init` writes it', { file: view.file, ...view.positionOf(['on']) }));
  }
  if (view.events.includes('pull_request')) {
    found.push(finding('GUARD_NOT_PULL_REQUEST_TARGET', 'error', `the workflow of guard job "${jobId}" also runs on pull_request: that run uses the pull request's own copy of the workflow, which the pull request can change`, 'remove the pull_request trigger from the guard workflow; pull_request_target runs the base branch\'s copy', { file: view.file, ...view.positionOf(['on', 'pull_request']) }));
  }
  const config = view.valueAt(['on', TRIGGER]);
  for (const filter of FILTERS) {
    if (!isRecord(config) || config[filter] === undefined) continue;
    found.push(finding('GUARD_TRIGGER_FILTERED', 'error', `the guard workflow's ${TRIGGER} trigger has ${filter}: pull requests outside it get no guard run`, `remove ${filter} from on.${TRIGGER}; the guard decides per path itself`, { file: view.file, ...view.positionOf(['on', TRIGGER, filter]) }));
  }
  if (view.events.includes(TRIGGER)) found.push(...checkTypes(view));
  return found;
}

// A retarget (base change) fires only `edited`; a new push only `synchronize`. Without one of
// these, a pull request approved into `dev` keeps its success when moved to `main`, unguarded.
const REQUIRED_TYPES = ['opened', 'synchronize', 'reopened', 'edited'] as const;

function checkTypes(view: WorkflowView): Finding[] {
  const config = view.valueAt(['on', TRIGGER]);
  const written = isRecord(config) ? config['types'] : undefined;
  // GitHub's default activity types for pull_request_target: opened, synchronize, reopened.
  const types = written === undefined || written === null ? ['opened', 'synchronize', 'reopened'] : typesOf(written);
  const missing = REQUIRED_TYPES.filter((type) => !types.includes(type));
  if (missing.length === 0) return [];
  const path = written !== undefined ? ['on', TRIGGER, 'types'] : isRecord(config) || config === null ? ['on', TRIGGER] : ['on'];
  const what = written === undefined || written === null ? 'has the default types (opened, synchronize, reopened)' : `has types ${JSON.stringify(written)}`;
  return [finding('GUARD_TRIGGER_TYPES', 'error', `the guard workflow's ${TRIGGER} trigger ${what}, missing ${missing.join(', ')}: a pull request changed that way (retargeted to another base branch: edited) gets no new guard run and keeps its earlier verdict`, `on.${TRIGGER}.types: [${REQUIRED_TYPES.join(', ')}], as \`ringfence init\` writes it`, { file: view.file, ...view.positionOf(path) })];
}

// `types: opened` and `types: [opened, …]` are both accepted by GitHub; anything else counts as none.
function typesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

// The guard reads the pull request and the base commit; its check is posted with the App's token.
function checkPermissions({ view, job }: GuardJob): Finding[] {
  const own = view.valueAt(['jobs', job.id, 'permissions']);
  const path = own !== undefined ? ['jobs', job.id, 'permissions'] : ['permissions'];
  const permissions = own ?? view.valueAt(['permissions']);
  if (permissions === undefined || !grantsWrite(permissions)) return [];
  return [finding('GUARD_JOB_PERMISSIONS', 'error', `guard job "${job.id}" gets a token that can write (${JSON.stringify(permissions)}) while it runs on pull_request_target`, 'give the guard job permissions: { contents: read, pull-requests: read } (its check is posted with the guard App\'s token)', { file: view.file, ...view.positionOf(path) })];
}
