import type { CommandContext, CommandInput, PackageManager, ReferenceRole } from './command-context.js';
import { recognizeCommand } from './recognize-command.js';
import { joinPath } from './resolve-path.js';
import type { ShellDialect, ShellOperatorText, ShellRedirect, ShellWord, TokenizeOptions } from './shell-tokens.js';
import { tokenizeShell } from './tokenize-shell.js';

/** How deep `bash -c`, `$(…)`, `eval` and here-documents may nest before discovery gives up. */
export const MAX_SCRIPT_NESTING = 8;

/**
 * A file a script runs or reads as code. Paths are relative to the directory the script
 * started in (they may begin with `..`), or absolute.
 */
export interface FileReference {
  readonly kind: 'file';
  readonly role: ReferenceRole;
  readonly path: string;
  /** The shell's directory when the command ran (a sourced file runs there); absent when unknown. */
  readonly cwd?: string;
  /** 1-based line of the script. */
  readonly line: number;
  /** The command that names the file, for messages. */
  readonly command: string;
}

/** Scripts of a package.json that a package-manager command runs. */
export interface PackageScriptsReference {
  readonly kind: 'package-scripts';
  readonly manager: PackageManager;
  /** The directory holding the package.json, as FileReference.path. */
  readonly dir: string;
  /** Script names in the order they run (`pretest`, `test`, `posttest`). */
  readonly scripts: readonly string[];
  /** A file the manager runs when a script is absent (`npm start` without `scripts.start` runs `server.js`). */
  readonly fallback?: { readonly whenMissing: string; readonly file: string };
  readonly line: number;
  readonly command: string;
}

/** Something that may run a file, but which file cannot be known before the script runs. */
export interface UnresolvedReference {
  readonly kind: 'unresolved';
  /** The word as written (unknown parts such as `$VAR` kept). */
  readonly text: string;
  readonly reason: string;
  readonly line: number;
}

export type ScriptReference = FileReference | PackageScriptsReference | UnresolvedReference;

type Directory = { readonly known: true; readonly path: string } | { readonly known: false; readonly why: string };

interface WalkState {
  dir: Directory;
  readonly subshells: Directory[];
  readonly pushed: Directory[];
  caseDepth: number;
}

/** Reserved words that only frame the command that follows them. */
const FRAMING_WORDS = new Set(['!', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until']);
/** Words that start a clause whose own words run nothing (`for x in a b`, `function f`). */
const CLAUSE_HEADS = new Set(['for', 'select', 'function']);

/**
 * Finds the files a shell script runs: scripts named as commands or given to interpreters,
 * sourced files, makefiles, Dockerfiles and package scripts, following `cd`, subshells,
 * `bash -c`, command substitutions and here-documents fed to a shell. What depends on a
 * value known only at run time comes back as an UnresolvedReference. Pure; never throws.
 */
export function findScriptReferences(script: string, options: TokenizeOptions = {}): ScriptReference[] {
  const out: ScriptReference[] = [];
  new ScriptWalk(out, options.variables ?? {}).walk(script, options.dialect ?? 'posix', { known: true, path: '' }, 0, 0);
  return out;
}

class ScriptWalk {
  constructor(
    private readonly out: ScriptReference[],
    private readonly variables: Readonly<Record<string, string>>,
  ) {}

  walk(script: string, dialect: ShellDialect, dir: Directory, lineOffset: number, depth: number): void {
    if (depth > MAX_SCRIPT_NESTING) {
      this.out.push({ kind: 'unresolved', text: script.split('\n')[0] ?? '', reason: `commands nested more than ${MAX_SCRIPT_NESTING} deep`, line: lineOffset + 1 });
      return;
    }
    const state: WalkState = { dir, subshells: [], pushed: [], caseDepth: 0 };
    const ctx = this.context(state, dialect, lineOffset, depth);
    let words: ShellWord[] = [];
    let targets: ShellWord[] = [];
    let input: { file?: ShellWord; heredoc?: string; line: number } = { line: 0 };
    let pending: ShellRedirect | undefined;
    const flush = (op: ShellOperatorText | undefined): void => {
      for (const word of [...words, ...targets]) {
        for (const body of word.substitutions) this.walk(body, dialect, state.dir, lineOffset + word.line - 1, depth + 1);
      }
      this.runCommand(words, input, state, ctx, op);
      [words, targets, input, pending] = [[], [], { line: 0 }, undefined];
    };
    for (const token of tokenizeShell(script, { dialect, variables: this.variables })) {
      if (token.kind === 'operator') flush(token.op);
      else if (token.kind === 'redirect') {
        pending = token.heredoc === undefined ? token : undefined;
        if (token.heredoc !== undefined) input = { heredoc: token.heredoc, line: token.line };
      } else if (pending) {
        targets.push(token);
        if (pending.op === '<') input = { file: token, line: token.line };
        if (pending.op === '<<<') input = { heredoc: token.text, line: token.line - 1 };
        pending = undefined;
      } else words.push(token);
    }
    flush(undefined);
  }

  private runCommand(words: readonly ShellWord[], input: CommandInput, state: WalkState, ctx: CommandContext, op: ShellOperatorText | undefined): void {
    // Inside `case … esac`, the words before `)` are a pattern, not a command.
    const isPattern = state.caseDepth > 0 && op === ')';
    let i = 0;
    while (i < words.length && FRAMING_WORDS.has(words[i]!.text)) i++;
    const head = words[i]?.text;
    if (head === 'case') state.caseDepth++;
    else if (head === 'esac') state.caseDepth = Math.max(0, state.caseDepth - 1);
    else if (head !== undefined && !isPattern && !CLAUSE_HEADS.has(head)) recognizeCommand(words.slice(i), input, ctx);
    if (state.caseDepth > 0 || isPattern) return;
    if (op === '(') state.subshells.push(state.dir);
    if (op === ')') state.dir = state.subshells.pop() ?? state.dir;
  }

  private context(state: WalkState, dialect: ShellDialect, lineOffset: number, depth: number): CommandContext {
    const unresolved = (text: string, reason: string, line: number): void => {
      this.out.push({ kind: 'unresolved', text, reason, line: lineOffset + line });
    };
    // Joins a path with the shell's directory; undefined (reported) when that directory is unknown.
    const locate = (path: string, line: number): { path: string; cwd?: string } | undefined => {
      if (state.dir.known) return { path: joinPath(state.dir.path, path), cwd: state.dir.path };
      if (path.startsWith('/')) return { path: joinPath('/', path) };
      unresolved(path, `relative to the unknown directory after \`${state.dir.why}\``, line);
      return undefined;
    };
    return {
      dialect,
      pathOf: (word, what) => {
        if (word.resolved && !word.pattern) return dialect === 'powershell' ? word.text.replaceAll('\\', '/') : word.text;
        unresolved(word.text, word.pattern ? `${what}, a pattern` : what, word.line);
        return undefined;
      },
      file: (role, path, line, command) => {
        const located = locate(path, line);
        if (located) this.out.push({ kind: 'file', role, ...located, line: lineOffset + line, command });
      },
      packageScripts: (manager, dir, scripts, line, command, fallback) => {
        const located = locate(dir, line);
        if (located) this.out.push({ kind: 'package-scripts', manager, dir: located.path, scripts, ...(fallback !== undefined && { fallback }), line: lineOffset + line, command });
      },
      unresolved: (word, reason) => unresolved(word.text, reason, word.line),
      inline: (script, line, inlineDialect) => this.walk(script, inlineDialect ?? dialect, state.dir, lineOffset + line - 1, depth + 1),
      changeDirectory: (kind, path, why) => {
        if (kind === 'popd') {
          state.dir = state.pushed.pop() ?? { known: false, why };
          return;
        }
        if (kind === 'pushd') state.pushed.push(state.dir);
        if (path === undefined) state.dir = { known: false, why };
        else if (state.dir.known) state.dir = { known: true, path: joinPath(state.dir.path, path) };
        else if (path.startsWith('/')) state.dir = { known: true, path: joinPath('/', path) };
      },
    };
  }
}
