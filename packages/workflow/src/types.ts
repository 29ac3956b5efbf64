/** A 1-based line and column in a source file (0 when the problem has no position). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A value read from a file, with where it was written. */
export interface Located<T> extends SourcePosition {
  readonly value: T;
}

/** Why part of a file could not be read as a workflow or an action; parsing goes on where it can. */
export interface WorkflowProblem extends SourcePosition {
  readonly file: string;
  readonly message: string;
}

/** The `defaults.run` of a workflow or a job. */
export interface RunDefaults {
  readonly workingDirectory?: Located<string>;
  readonly shell?: string;
}

/** The script of a `run:` step. */
export interface RunScript extends Located<string> {
  /**
   * The source line of the script's first line when script lines map one to one onto
   * source lines (a `|` block or a one-line value); undefined for folded or wrapped values.
   */
  readonly firstLine?: number;
}

/**
 * One step of a job or of a composite action.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idsteps
 */
export interface Step {
  /** 0-based position in the job's (or action's) `steps`. */
  readonly index: number;
  readonly line: number;
  readonly name?: string;
  readonly id?: string;
  readonly uses?: Located<string>;
  readonly run?: RunScript;
  readonly shell?: string;
  readonly workingDirectory?: Located<string>;
  /** The step's `with:` inputs whose values are scalars, as strings. */
  readonly with: Readonly<Record<string, Located<string>>>;
}

/** One job of a workflow: either steps, or a call to a reusable workflow (`uses`). */
export interface Job {
  readonly id: string;
  readonly line: number;
  readonly uses?: Located<string>;
  readonly defaults: RunDefaults;
  /** The literal `runs-on` labels (expressions included as written). */
  readonly runsOn: readonly string[];
  readonly steps: readonly Step[];
}

/** The parts of a workflow file that say what runs. */
export interface Workflow {
  readonly file: string;
  readonly defaults: RunDefaults;
  readonly jobs: readonly Job[];
}

/**
 * What an action's `runs:` executes.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#runs
 */
export type ActionRuns =
  | { readonly using: 'composite'; readonly line: number; readonly steps: readonly Step[] }
  | {
      readonly using: 'node';
      readonly line: number;
      /** The runtime as written, such as `node20`. */
      readonly runtime: string;
      readonly main?: Located<string>;
      readonly pre?: Located<string>;
      readonly post?: Located<string>;
    }
  | { readonly using: 'docker'; readonly line: number; readonly image?: Located<string> }
  | { readonly using: 'unknown'; readonly line: number; readonly value: string };

/** An action's metadata file (`action.yml`), reduced to what it runs. */
export interface ActionMetadata {
  readonly file: string;
  readonly name?: string;
  readonly runs?: ActionRuns;
}

/** A parse that may keep going past problems: `value` is undefined only when nothing was usable. */
export interface ParseOutcome<T> {
  readonly value?: T;
  readonly problems: readonly WorkflowProblem[];
}
