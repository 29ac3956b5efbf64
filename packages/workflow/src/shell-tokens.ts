/**
 * How a script is quoted and escaped: POSIX shells (bash, sh, zsh) escape with `\`;
 * PowerShell (and, roughly, cmd) escape with a backtick and keep `\` as a path separator.
 */
export type ShellDialect = 'posix' | 'powershell';

/** One word of a script after quote removal. */
export interface ShellWord {
  readonly kind: 'word';
  /** The word as the shell would see it, with known variables substituted; unknown parts keep their source text. */
  readonly text: string;
  /** 1-based line of the script where the word starts. */
  readonly line: number;
  /** False when part of the word is known only when the script runs: `$VAR`, `${{ … }}`, `$(…)`, backticks, `~`. */
  readonly resolved: boolean;
  /** True when an unquoted `*`, `?` or `[` makes the word a pattern that the shell expands. */
  readonly pattern: boolean;
  /** The scripts of command substitutions (`$(…)`, backticks) inside the word: they run too. */
  readonly substitutions: readonly string[];
}

/** Control operators, and newline, which ends a command like `;`. */
export type ShellOperatorText = '&&' | '||' | ';' | ';;' | ';&' | ';;&' | '|' | '|&' | '&' | '(' | ')' | '\n';

export interface ShellOperator {
  readonly kind: 'operator';
  readonly op: ShellOperatorText;
  readonly line: number;
}

/** A redirection; its target is the next word, except for a here-document, whose body is attached. */
export interface ShellRedirect {
  readonly kind: 'redirect';
  readonly op: string;
  readonly line: number;
  /** The body of a here-document (`<<EOF`), which is not followed by a target word. */
  readonly heredoc?: string;
}

export type ShellToken = ShellWord | ShellOperator | ShellRedirect;

/** Options of tokenizeShell. */
export interface TokenizeOptions {
  readonly dialect?: ShellDialect;
  /** Environment variables whose values are known (such as `GITHUB_WORKSPACE`). */
  readonly variables?: Readonly<Record<string, string>>;
}
