import { parseLocatedYaml } from './parse-located-yaml.js';
import { FieldReader, isRecord } from './read-fields.js';
import { runnerEnvironmentOf } from './runner-environment-of.js';
import type { RunnerEnvironment } from './runner-environment-of.js';
import type { Located, ParseOutcome } from './types.js';
import { triggersOf } from './triggers-of.js';

/** What a job declares about the identity its runs carry (its OIDC claims). */
export interface JobRunContext {
  readonly id: string;
  readonly line: number;
  /** `environment:` as a name, or `environment.name`; expressions as written. */
  readonly environment?: Located<string>;
  /** A call of a reusable workflow (`jobs.<id>.uses`). */
  readonly uses?: Located<string>;
  /** `runner_environment` as `runs-on` tells it, or why it cannot be told offline. */
  readonly runnerEnvironment: RunnerEnvironment;
}

/** The parts of a workflow that decide the claims of its runs: triggers and jobs. */
export interface WorkflowRunContext {
  readonly file: string;
  /** Event names under `on:` (a name, a list or a mapping), in written order. */
  readonly triggers: readonly string[];
  readonly jobs: readonly JobRunContext[];
}

/**
 * Reads a workflow's triggers and each job's environment, reusable-workflow call and runner
 * environment, with positions. Pure; never throws (problems are listed, like `parseWorkflow`).
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#on
 */
export function readRunContext(input: Uint8Array | string, file: string): ParseOutcome<WorkflowRunContext> {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], 'a workflow must be a mapping');
    return { problems: fields.problems };
  }
  // YAML 1.1 readers take a bare `on` key for `true`; the parser here keeps it as "on".
  const on = fields.valueAt(['on']);
  const triggers = triggersOf(on);
  const jobs = Object.keys(fields.record(['jobs'], '`jobs`') ?? {}).flatMap((id): JobRunContext[] => {
    const path = ['jobs', id];
    if (!fields.record(path, `job ${id}`)) return [];
    const environment = fields.text([...path, 'environment']) ?? fields.text([...path, 'environment', 'name']);
    const uses = fields.text([...path, 'uses']);
    const runnerEnvironment = runnerEnvironmentOf(fields.valueAt([...path, 'runs-on']));
    return [{ id, line: fields.keyLine(path), ...(environment && { environment }), ...(uses && { uses }), runnerEnvironment }];
  });
  return { value: { file, triggers, jobs }, problems: fields.problems };
}
