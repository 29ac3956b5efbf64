import { parseAction, parseWorkflow } from '@ringfence/workflow';
import type { Step } from '@ringfence/workflow';
import type { LocalActionFile, WorkflowFile } from '../facts.js';

/** How many local actions doctor reads for one repository; more is an error, not a partial check. */
export const MAX_LOCAL_ACTIONS = 100;

/**
 * The repository-relative directory a step's `uses: ./dir` names ('' for `./`); undefined for
 * anything else. `null` for a local path that leaves the workspace or cannot be read as one
 * (`./../x`, backslashes, the runner's `.\dir` spelling): doctor cannot tell what it runs.
 */
export function localActionDirectory(uses: string): string | null | undefined {
  if (uses.startsWith('.\\')) return null;
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
  const read = readAction(action);
  return read.kind === 'composite' ? read.steps : undefined;
}

/** What a local action runs, as far as doctor can tell from its metadata file. */
export type ReadAction = { readonly kind: 'composite'; readonly steps: readonly Step[] } | { readonly kind: 'other' } | { readonly kind: 'unreadable'; readonly reason: string };

/** Reads a local action's metadata; any problem makes it unreadable (what it runs is then unknown). */
export function readAction(action: LocalActionFile): ReadAction {
  if (action.text === undefined || action.path === undefined) return { kind: 'unreadable', reason: action.missing ?? 'no action.yml or action.yaml' };
  const parsed = parseAction(action.text, action.path);
  const problem = parsed.problems[0];
  if (problem !== undefined) return { kind: 'unreadable', reason: `${action.path}:${problem.line}:${problem.column}: ${problem.message}` };
  const runs = parsed.value?.runs;
  if (runs === undefined) return { kind: 'unreadable', reason: `${action.path} says nothing it runs` };
  return runs.using === 'composite' ? { kind: 'composite', steps: runs.steps } : { kind: 'other' };
}

function uniqueDirectories(steps: readonly Step[]): string[] {
  const directories = steps.map((step) => (step.uses ? localActionDirectory(step.uses.value) : undefined)).filter((d): d is string => typeof d === 'string');
  return [...new Set(directories)];
}
