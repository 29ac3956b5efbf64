import { escapeUntrusted } from '@ringfence/core';
import { isRepositoryPath } from '@ringfence/policy';
import { WORKSPACE_ROOT, joinPath, substituteExpressions, toRepositoryRelative, workspacePath } from '@ringfence/workflow';
import type { Located } from '@ringfence/workflow';

/** The directory a step's commands start in: absolute (below WORKSPACE_ROOT when inside the repository), or unknown. */
export type WorkingDirectory = { readonly known: true; readonly path: string } | { readonly known: false; readonly why: string };

/** The place where a step or a script runs: its directory and what `${{ }}` and `$VAR` it can resolve. */
export interface RunPlace {
  readonly dir: WorkingDirectory;
  readonly expressions: Readonly<Record<string, string>>;
  readonly variables: Readonly<Record<string, string>>;
}

/**
 * The values discovery knows: the workspace is the repository root, and inside a composite
 * action `github.action_path` (and `$GITHUB_ACTION_PATH`) is the action's directory. The
 * runner sets these; a workflow cannot override `GITHUB_*` variables.
 */
export function knownValues(actionDir: string | undefined): Pick<RunPlace, 'expressions' | 'variables'> {
  const actionPath = actionDir === undefined ? undefined : workspacePath(actionDir);
  return {
    expressions: { 'github.workspace': WORKSPACE_ROOT, ...(actionPath !== undefined && { 'github.action_path': actionPath }) },
    variables: { GITHUB_WORKSPACE: WORKSPACE_ROOT, ...(actionPath !== undefined && { GITHUB_ACTION_PATH: actionPath }) },
  };
}

/** A `working-directory` (relative to the workspace); unknown when it still holds an expression. */
export function resolveWorkingDirectory(raw: Located<string> | undefined, expressions: Readonly<Record<string, string>>): WorkingDirectory {
  if (!raw) return { known: true, path: WORKSPACE_ROOT };
  const text = substituteExpressions(raw.value, expressions);
  if (!text.includes('${{')) return { known: true, path: joinPath(WORKSPACE_ROOT, text) };
  return { known: false, why: `the working-directory "${escapeUntrusted(raw.value)}" (line ${raw.line}) is an expression` };
}

/** The repository path of an absolute path, or undefined when it is not a file inside the repository. */
export function repositoryPathOf(absolute: string): string | undefined {
  const relative = toRepositoryRelative(absolute);
  return relative !== undefined && isRepositoryPath(relative) ? relative : undefined;
}
