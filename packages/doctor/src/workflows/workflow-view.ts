import { parseLocatedYaml, parseWorkflow, triggersOf } from '@ringfence/workflow';
import type { LocatedYaml, SourcePosition, Workflow, WorkflowProblem, YamlPath } from '@ringfence/workflow';
import type { WorkflowFile } from '../facts.js';

/** A parsed workflow with what the workflow package leaves out: triggers, `if:`, permissions. */
export interface WorkflowView {
  readonly file: string;
  readonly workflow: Workflow;
  /** The events that start it, as written under `on:`. */
  readonly events: readonly string[];
  /** The raw value at a path of the document (`['on', 'pull_request_target', 'paths']`). */
  valueAt(path: YamlPath): unknown;
  /** Where the key (or the value) at `path` was written; the file's first line when unknown. */
  positionOf(path: YamlPath): SourcePosition;
}

/** Parses one workflow file; problems instead of a view when it is not a readable workflow. */
export function viewWorkflow(file: WorkflowFile): { view?: WorkflowView; problems: readonly WorkflowProblem[] } {
  const parsed = parseLocatedYaml(file.text, file.path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const outcome = parseWorkflow(file.text, file.path);
  if (!outcome.value) return { problems: outcome.problems };
  const yaml = parsed.yaml;
  return { view: { file: file.path, workflow: outcome.value, events: triggersOf(valueIn(yaml, ['on'])), valueAt: (path) => valueIn(yaml, path), positionOf: (path) => positionIn(yaml, path) }, problems: outcome.problems };
}

function valueIn(yaml: LocatedYaml, path: YamlPath): unknown {
  let value: unknown = yaml.value;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined;
    // Own keys only: a job named `constructor` must not reach Object.prototype.
    if (!Object.hasOwn(value as object, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function positionIn(yaml: LocatedYaml, path: YamlPath): SourcePosition {
  return yaml.positionOf(path, true) ?? yaml.positionOf(path) ?? { line: 1, column: 1 };
}

/** True for a workflow only other workflows can start (`on: workflow_call`). */
export function isReusableOnly(view: WorkflowView): boolean {
  return view.events.length === 1 && view.events[0] === 'workflow_call';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
