import { parseLocatedYaml } from './parse-located-yaml.js';
import { FieldReader, isRecord } from './read-fields.js';
import type { Job, ParseOutcome, RunScript, Workflow } from './types.js';

/**
 * Reads a workflow file into its jobs and steps, each with its source line. Pure; never
 * throws. A file that is not YAML, or not a mapping, has no value; a malformed job or step
 * is left out with a problem, and the rest is still returned.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
export function parseWorkflow(input: Uint8Array | string, file: string): ParseOutcome<Workflow> {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], 'a workflow must be a mapping');
    return { problems: fields.problems };
  }
  const jobsValue = fields.record(['jobs'], '`jobs`');
  const jobs: Job[] = [];
  for (const id of Object.keys(jobsValue ?? {})) {
    const job = readJob(fields, id);
    if (job) jobs.push(job);
  }
  return { value: { file, defaults: fields.runDefaults([]), jobs }, problems: fields.problems };
}

function readJob(fields: FieldReader, id: string): Job | undefined {
  const path = ['jobs', id];
  if (!fields.record(path, `job ${id}`)) {
    if (fields.valueAt(path) === null) fields.problem(path, `job ${id} must be a mapping`);
    return undefined;
  }
  const uses = fields.text([...path, 'uses']);
  return {
    id,
    line: fields.keyLine(path),
    ...(uses && { uses }),
    defaults: fields.runDefaults(path),
    runsOn: readRunsOn(fields.valueAt([...path, 'runs-on'])),
    steps: fields.steps(path, `job ${id}`),
  };
}

// `runs-on` is a label, a list of labels, or `{ group, labels }`.
function readRunsOn(value: unknown): string[] {
  const labels = isRecord(value) ? value['labels'] : value;
  const list: unknown[] = Array.isArray(labels) ? labels : [labels];
  return list.filter((label): label is string => typeof label === 'string');
}

/**
 * The source line of line `scriptLine` (1-based) of a `run:` script: exact for `|` blocks
 * and one-line values, else the line where the value starts.
 */
export function sourceLineOf(run: RunScript, scriptLine: number): number {
  return run.firstLine === undefined ? run.line : run.firstLine + Math.max(0, scriptLine - 1);
}
