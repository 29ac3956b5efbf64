import type { Step } from '@ringfence/workflow';
import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import type { WorkflowView } from './workflow-view.js';

// Expressions and refs that name the pull request's head (or its merge with the base).
const HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|\bpull\/\$\{\{/u;
const HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.(?:full_name|clone_url|ssh_url)/u;
// Shell commands that fetch or check out the pull request's code.
const HEAD_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*(?:github\.event\.pull_request\.head|github\.head_ref|refs\/pull\/|\bpull\/)/u;

/**
 * A workflow started by pull_request_target runs with the base branch's secrets and a
 * writable token; checking out the pull request's code there runs it with both.
 */
export function checkPullRequestTarget(views: readonly WorkflowView[]): Finding[] {
  return views.filter((view) => view.events.includes('pull_request_target')).flatMap((view) => view.workflow.jobs.flatMap((job) => job.steps.flatMap((step) => checkStep(view, job.id, step))));
}

function checkStep(view: WorkflowView, jobId: string, step: Step): Finding[] {
  const fix = 'check out the base branch only (actions/checkout without ref: under pull_request_target); read the pull request through the API, or move work on its code to a pull_request workflow without secrets';
  const what = `job "${jobId}" step ${step.index + 1} checks out the pull request's code in a pull_request_target workflow, where it runs with secrets and a write token`;
  if (step.uses && /^actions\/checkout@/iu.test(step.uses.value)) {
    const input = [step.with['ref'], step.with['repository']].find((v) => v !== undefined && (HEAD_REF.test(v.value) || HEAD_REPOSITORY.test(v.value)));
    return input ? [finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', `${what} (${input.value})`, fix, { file: view.file, line: input.line, column: input.column })] : [];
  }
  if (step.run && HEAD_COMMAND.test(step.run.value)) {
    return [finding('PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', 'error', what, fix, { file: view.file, line: step.run.line, column: step.run.column })];
  }
  return [];
}
