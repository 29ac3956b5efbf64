import type { ShellDialect, ShellWord } from './shell-tokens.js';

/** What a file named by a command is to the command that names it. */
export type ReferenceRole = 'script' | 'source' | 'makefile' | 'dockerfile';

/** The package managers whose scripts discovery follows one step. */
export type PackageManager = 'npm' | 'yarn' | 'pnpm' | 'bun';

/** The input a command reads on stdin, which an interpreter runs when given no file. */
export interface CommandInput {
  /** The target of `<`. */
  readonly file?: ShellWord;
  /** The body of a here-document. */
  readonly heredoc?: string;
  readonly line: number;
}

/**
 * What recognisers report to the walk over a script. Paths are as the command names them
 * (already joined with options such as `make -C`); the walk joins them with the shell's
 * current directory.
 */
export interface CommandContext {
  readonly dialect: ShellDialect;
  /** The word as a path, or undefined after reporting it unresolved (`what` names its role). */
  pathOf(word: ShellWord, what: string): string | undefined;
  file(role: ReferenceRole, path: string, line: number, command: string): void;
  packageScripts(manager: PackageManager, dir: string, scripts: readonly string[], line: number, command: string, fallback?: { whenMissing: string; file: string }): void;
  unresolved(word: ShellWord, reason: string): void;
  /** Runs `script` in a child shell (`bash -c`, here-documents, `eval`). */
  inline(script: string, line: number, dialect?: ShellDialect): void;
  /** `cd`, `pushd`, `popd`: `path` undefined means the new directory is unknown (`why` says why). */
  changeDirectory(kind: 'cd' | 'pushd' | 'popd', path: string | undefined, why: string): void;
}
