import type { Located } from '@ringfence/workflow';
import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { isFullCommitSha, parseRingfenceUse } from '../ringfence-use.js';
import type { WorkflowView } from './workflow-view.js';

/**
 * Every reference to ringfence, as a reusable workflow or an action, pins a full commit SHA:
 * a tag or a branch can be moved to other code after review.
 */
export function checkPins(views: readonly WorkflowView[]): Finding[] {
  return views.flatMap((view) => usesOf(view).flatMap((uses) => checkPin(view, uses)));
}

function usesOf(view: WorkflowView): Located<string>[] {
  return view.workflow.jobs.flatMap((job) => [...(job.uses ? [job.uses] : []), ...job.steps.flatMap((step) => (step.uses ? [step.uses] : []))]);
}

function checkPin(view: WorkflowView, uses: Located<string>): Finding[] {
  const use = parseRingfenceUse(uses.value);
  if (!use || isFullCommitSha(use.ref)) return [];
  return [finding('RINGFENCE_NOT_PINNED', 'error', `uses: ${uses.value} names ringfence by "${use.ref}", which can be moved to other code`, `pin the full commit SHA of a verified release: ${use.repository}${use.path ? `/${use.path}` : ''}@<40-hex-sha> # ${use.ref} (see docs/adoption.md, "Upgrading ringfence")`, { file: view.file, line: uses.line, column: uses.column })];
}
