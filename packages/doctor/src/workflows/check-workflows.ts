import type { RepositoryFacts } from '../facts.js';
import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { checkGuardJobs } from './check-guard-jobs.js';
import { checkGuardKey } from './check-guard-key.js';
import { checkPins } from './check-pins.js';
import { checkPullRequestTarget } from './check-pull-request-target.js';
import { checkWorkflowPermissions } from './check-workflow-permissions.js';
import { findGuardJobs } from './find-guard-jobs.js';
import { viewWorkflow } from './workflow-view.js';
import type { WorkflowView } from './workflow-view.js';

/** Every workflow rule over the default branch's `.github/workflows`. */
export function checkWorkflows(facts: RepositoryFacts): Finding[] {
  if (!facts.workflows.known) {
    return [finding('WORKFLOWS_UNREADABLE', 'error', `the workflow files of ${facts.defaultBranch} could not be read: ${facts.workflows.reason}`, 'run doctor with a token that can read the repository\'s contents')];
  }
  const views: WorkflowView[] = [];
  const found: Finding[] = [];
  for (const file of facts.workflows.value) {
    const { view, problems } = viewWorkflow(file);
    if (view) views.push(view);
    // A file doctor cannot read could hide any of the rules below, so it is an error itself.
    found.push(...problems.map((p) => finding('WORKFLOW_UNPARSABLE', 'error', `${p.message}; doctor cannot check what this file runs`, 'fix the file so that it parses (actionlint shows the same problem)', { file: p.file, line: p.line, column: p.column })));
  }
  return [...found, ...checkPins(views), ...checkGuardJobs(views, findGuardJobs(views)), ...checkGuardKey(views), ...checkPullRequestTarget(views, facts.localActions), ...checkWorkflowPermissions(views)];
}
