import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { grantsWrite } from './permissions.js';
import { isReusableOnly } from './workflow-view.js';
import type { WorkflowView } from './workflow-view.js';

/**
 * Least privilege per workflow: no `write-all`; a top-level `permissions:` (else every job
 * gets the repository's default token); writes granted per job, not to every job at once.
 */
export function checkWorkflowPermissions(views: readonly WorkflowView[]): Finding[] {
  return views.flatMap((view) => [...checkWriteAll(view), ...checkTopLevel(view)]);
}

function checkWriteAll(view: WorkflowView): Finding[] {
  const paths = [['permissions'], ...view.workflow.jobs.map((job) => ['jobs', job.id, 'permissions'])];
  return paths
    .filter((path) => view.valueAt(path) === 'write-all')
    .map((path) => finding('WORKFLOW_PERMISSIONS_WRITE_ALL', 'error', `${path.length === 1 ? 'the workflow' : `job "${path[1]}"`} grants permissions: write-all`, 'name only the scopes the job needs, e.g. permissions: { contents: read }', { file: view.file, ...view.positionOf(path) }));
}

function checkTopLevel(view: WorkflowView): Finding[] {
  const top = view.valueAt(['permissions']);
  if (top === undefined) {
    // A reusable workflow's token is capped by its caller's permissions.
    if (isReusableOnly(view)) return [];
    const bare = view.workflow.jobs.filter((job) => view.valueAt(['jobs', job.id, 'permissions']) === undefined).map((job) => job.id);
    if (bare.length === 0) return [];
    return [finding('WORKFLOW_PERMISSIONS_UNSET', 'warning', `no top-level permissions:, so job${bare.length === 1 ? '' : 's'} ${bare.join(', ')} get${bare.length === 1 ? 's' : ''} the repository's default token`, 'add permissions: {} (or contents: read) at the top and grant each job what it needs', { file: view.file, line: 1, column: 1 })];
  }
  if (top === 'write-all' || !grantsWrite(top)) return [];
  return [finding('WORKFLOW_PERMISSIONS_BROAD', 'warning', `the top-level permissions grant write to every job (${JSON.stringify(top)})`, 'keep the top level read-only (permissions: { contents: read } or {}) and grant write scopes on the jobs that need them', { file: view.file, ...view.positionOf(['permissions']) })];
}
