import { parseAction, parseWorkflow } from '@ringfence/workflow';
import type { Step } from '@ringfence/workflow';
import type { LocalActionFile, WorkflowFile } from '../facts.js';

/** How many local actions doctor reads for one repository; more is an error, not a partial check. */
export const MAX_LOCAL_ACTIONS = 100;

/**
 * The repository-relative directory a step's `uses: ./dir` names ('' for `./`); undefined for
 * anything else. `null` for a local path that leaves the workspace or cannot be read as one
 * (`./../x`, backslashes): doctor cannot tell what it runs.
 */
export function localActionDirectory(uses: string): string | null | undefined {
  if (!uses.startsWith('./')) return undefined;
  const segments = uses.slice(2).split('/').filter((s) => s !== '' && s !== '.');
  if (uses.includes('\\') || uses.includes('@') || segments.includes('..')) return null;
  return segments.join('/');
}

/** The workflow file a job's `uses: ./.github/workflows/x.yml` calls; undefined for a remote call. */
export function localWorkflowPath(uses: string): string | undefined {
  const directory = localActionDirectory(uses);
  return typeof directory === 'string' && /^\.github\/workflows\/[^/]+\.ya?ml$/iu.test(directory) ? directory : undefined;
}

/** The local action directories the workflows' steps name. */
export function localActionsOfWorkflows(files: readonly WorkflowFile[]): string[] {
  return uniqueDirectories(files.flatMap((file) => parseWorkflow(file.text, file.path).value?.jobs.flatMap((job) => job.steps) ?? []));
}

/** The local action directories a composite action's steps name (none for other actions). */
export function localActionsOfAction(action: LocalActionFile): string[] {
  return uniqueDirectories(compositeSteps(action) ?? []);
}

/** A composite action's steps; undefined for any other action, or one that does not parse. */
export function compositeSteps(action: LocalActionFile): readonly Step[] | undefined {
  if (action.text === undefined || action.path === undefined) return undefined;
  const runs = parseAction(action.text, action.path).value?.runs;
  return runs?.using === 'composite' ? runs.steps : undefined;
}

function uniqueDirectories(steps: readonly Step[]): string[] {
  const directories = steps.map((step) => (step.uses ? localActionDirectory(step.uses.value) : undefined)).filter((d): d is string => typeof d === 'string');
  return [...new Set(directories)];
}
