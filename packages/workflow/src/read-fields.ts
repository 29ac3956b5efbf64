import type { LocatedYaml, YamlPath } from './parse-located-yaml.js';
import type { Located, RunDefaults, RunScript, Step, WorkflowProblem } from './types.js';

/** Collects problems while typed values are read out of one located YAML document. */
export class FieldReader {
  readonly problems: WorkflowProblem[] = [];

  constructor(
    readonly yaml: LocatedYaml,
    readonly file: string,
  ) {}

  /** The value at `path` of the document. */
  valueAt(path: YamlPath): unknown {
    let value: unknown = this.yaml.value;
    for (const segment of path) {
      if (typeof segment === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined;
      // Own keys only: a job named `constructor` must not reach Object.prototype.
      if (!Object.hasOwn(value as object, segment)) return undefined;
      value = (value as Record<string | number, unknown>)[segment];
    }
    return value;
  }

  /** The mapping at `path`; a problem (and undefined) when something else is there. */
  record(path: YamlPath, what: string): Record<string, unknown> | undefined {
    const value = this.valueAt(path);
    if (value === undefined || value === null) return undefined;
    if (isRecord(value)) return value;
    this.problem(path, `${what} must be a mapping`);
    return undefined;
  }

  /** A scalar at `path` as text (numbers and booleans as written by YAML), with its position. */
  text(path: YamlPath): Located<string> | undefined {
    const value = this.valueAt(path);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    return { value: String(value), ...this.position(path) };
  }

  /** 1-based line of the value at `path` (0 when unknown). */
  line(path: YamlPath): number {
    return this.position(path).line;
  }

  /** 1-based line of the key that names the value at `path` (a job's `build:` line). */
  keyLine(path: YamlPath): number {
    return this.yaml.positionOf(path, true)?.line ?? this.line(path);
  }

  problem(path: YamlPath, message: string): void {
    this.problems.push({ file: this.file, ...this.position(path), message });
  }

  /** `defaults.run` under `path` (a workflow or a job). */
  runDefaults(path: YamlPath): RunDefaults {
    const run = [...path, 'defaults', 'run'];
    if (!this.record(run, '`defaults.run`')) return {};
    const workingDirectory = this.text([...run, 'working-directory']);
    const shell = this.text([...run, 'shell']);
    return { ...(workingDirectory && { workingDirectory }), ...(shell && { shell: shell.value }) };
  }

  /** The `steps` list under `path` (a job or an action's `runs`). */
  steps(path: YamlPath, owner: string): Step[] {
    const value = this.valueAt([...path, 'steps']);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem([...path, 'steps'], `the steps of ${owner} must be a list`);
      return [];
    }
    const steps: Step[] = [];
    for (const index of value.keys()) {
      const step = this.step([...path, 'steps', index], index, owner);
      if (step) steps.push(step);
    }
    return steps;
  }

  private step(path: YamlPath, index: number, owner: string): Step | undefined {
    if (!isRecord(this.valueAt(path))) {
      this.problem(path, `step ${index + 1} of ${owner} must be a mapping`);
      return undefined;
    }
    const name = this.text([...path, 'name']);
    const id = this.text([...path, 'id']);
    const uses = this.text([...path, 'uses']);
    const run = this.runScript([...path, 'run']);
    const shell = this.text([...path, 'shell']);
    const workingDirectory = this.text([...path, 'working-directory']);
    return {
      index,
      line: this.line(path),
      ...(name && { name: name.value }),
      ...(id && { id: id.value }),
      ...(uses && { uses }),
      ...(run && { run }),
      ...(shell && { shell: shell.value }),
      ...(workingDirectory && { workingDirectory }),
      with: this.inputs([...path, 'with']),
    };
  }

  private runScript(path: YamlPath): RunScript | undefined {
    const text = this.text(path);
    if (!text) return undefined;
    const firstLine = this.yaml.firstContentLineOf(path);
    return firstLine === undefined ? text : { ...text, firstLine };
  }

  private inputs(path: YamlPath): Record<string, Located<string>> {
    const record = this.record(path, '`with`');
    const inputs: Record<string, Located<string>> = {};
    for (const key of Object.keys(record ?? {})) {
      const text = this.text([...path, key]);
      if (text) inputs[key] = text;
    }
    return inputs;
  }

  private position(path: YamlPath): { line: number; column: number } {
    return this.yaml.positionOf(path) ?? this.yaml.positionOf(path.slice(0, -1)) ?? { line: 0, column: 0 };
  }
}

/** True for a YAML mapping read as a plain object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
