import type { CommandContext, CommandInput } from './command-context.js';
import type { ShellWord } from './shell-tokens.js';

/** What an option does to the search for an interpreter's script argument. */
type OptionEffect = 'inline' | 'none' | 'argument' | 'file';

/** How one interpreter takes its script: options that carry code, a value, or end the search. */
interface InterpreterSpec {
  /** Effects of single-letter options, which may be clustered (`-euo pipefail`) or carry a value (`-rjson`). */
  readonly letters: Readonly<Record<string, OptionEffect>>;
  /** Effects of whole options (`--eval`, `-File`); anything else starting with `-` is a flag. */
  readonly words: Readonly<Record<string, OptionEffect>>;
  /** Whether code given inline is shell code worth reading (`bash -c`), else it is skipped (`python -c`). */
  readonly inlineIsShell: boolean;
  /** PowerShell compares parameter names without case. */
  readonly caseInsensitive?: boolean;
}

type ScriptArgument = { kind: 'file' | 'inline'; word: ShellWord } | { kind: 'stdin' } | { kind: 'none' };

const SHELL: InterpreterSpec = {
  letters: { c: 'inline', s: 'none', o: 'argument', O: 'argument' },
  words: { '--rcfile': 'argument', '--init-file': 'argument', '+o': 'argument', '+O': 'argument' },
  inlineIsShell: true,
};

const SPECS: Readonly<Record<string, InterpreterSpec>> = {
  python: { letters: { c: 'inline', m: 'none', W: 'argument', X: 'argument' }, words: {}, inlineIsShell: false },
  node: {
    letters: {},
    words: {
      '-e': 'inline', '--eval': 'inline', '-p': 'inline', '--print': 'inline', '-c': 'none', '--check': 'none',
      '-i': 'none', '--interactive': 'none', '--test': 'none', '--run': 'none', '-r': 'argument', '--require': 'argument',
      '--import': 'argument', '--loader': 'argument', '--experimental-loader': 'argument', '-C': 'argument',
      '--conditions': 'argument', '--input-type': 'argument', '--title': 'argument', '--env-file': 'argument',
    },
    inlineIsShell: false,
  },
  tsx: { letters: {}, words: { '--tsconfig': 'argument', '-r': 'argument', '--require': 'argument', '--import': 'argument', '-e': 'inline', '--eval': 'inline', '-p': 'inline', '--print': 'inline' }, inlineIsShell: false },
  ruby: { letters: { e: 'inline', r: 'argument', I: 'argument', C: 'argument', E: 'argument', x: 'none' }, words: {}, inlineIsShell: false },
  perl: { letters: { e: 'inline', E: 'inline', I: 'argument', M: 'argument', m: 'argument', x: 'none' }, words: {}, inlineIsShell: false },
  pwsh: {
    letters: {},
    words: {
      '-file': 'file', '-f': 'file', '-command': 'inline', '-c': 'inline', '-encodedcommand': 'none', '-e': 'none', '-ec': 'none',
      '-executionpolicy': 'argument', '-ep': 'argument', '-ex': 'argument', '-workingdirectory': 'argument', '-wd': 'argument',
      '-outputformat': 'argument', '-of': 'argument', '-o': 'argument', '-inputformat': 'argument', '-if': 'argument',
      '-configurationname': 'argument', '-settingsfile': 'argument', '-windowstyle': 'argument', '-w': 'argument', '-version': 'none',
    },
    inlineIsShell: true,
    caseInsensitive: true,
  },
};

/** Interpreter names (without a version suffix) to their specs. */
const INTERPRETERS: ReadonlyMap<string, InterpreterSpec> = new Map([
  ...['bash', 'sh', 'zsh', 'dash', 'ksh', 'mksh', 'ash'].map((n) => [n, SHELL] as const),
  ...['python', 'python2', 'python3', 'pypy', 'pypy3'].map((n) => [n, SPECS['python']!] as const),
  ...['node', 'nodejs'].map((n) => [n, SPECS['node']!] as const),
  ...['tsx', 'ts-node', 'ts-node-esm'].map((n) => [n, SPECS['tsx']!] as const),
  ['ruby', SPECS['ruby']!],
  ['perl', SPECS['perl']!],
  ...['pwsh', 'powershell'].map((n) => [n, SPECS['pwsh']!] as const),
]);

/** True when `name` runs a script file given as an argument (`bash`, `python3.12`, `pwsh`). */
export function isInterpreter(name: string): boolean {
  return INTERPRETERS.has(interpreterKey(name));
}

/** Reports the script an interpreter runs: its file argument, inline shell code, or stdin. */
export function runInterpreter(name: string, args: readonly ShellWord[], input: CommandInput, ctx: CommandContext, command: string): void {
  const spec = INTERPRETERS.get(interpreterKey(name));
  if (!spec) return;
  const found = findScriptArgument(args, spec);
  if (found.kind === 'file') {
    const path = ctx.pathOf(found.word, `the script run by ${command}`);
    if (path !== undefined) ctx.file('script', path, found.word.line, command);
  } else if (found.kind === 'inline' && spec.inlineIsShell) {
    ctx.inline(found.word.text, found.word.line, spec.caseInsensitive ? 'powershell' : 'posix');
  } else if (found.kind === 'stdin' && input.file) {
    const path = ctx.pathOf(input.file, `the script ${command} reads from stdin`);
    if (path !== undefined) ctx.file('script', path, input.file.line, command);
  } else if (found.kind === 'stdin' && input.heredoc !== undefined && spec.inlineIsShell) {
    ctx.inline(input.heredoc, input.line + 1, spec.caseInsensitive ? 'powershell' : 'posix');
  }
}

// `python3.12` and `python3` share the spec of `python`.
function interpreterKey(name: string): string {
  return name.replace(/^(python|pypy)[0-9.]*$/u, '$1').replace(/\.exe$/u, '');
}

function findScriptArgument(args: readonly ShellWord[], spec: InterpreterSpec): ScriptArgument {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = spec.caseInsensitive ? word.text.toLowerCase() : word.text;
    const next = args[i + 1];
    if (text === '--') return next ? { kind: 'file', word: next } : { kind: 'stdin' };
    if (text === '-') return { kind: 'stdin' };
    const effect = spec.words[text] ?? (text.startsWith('--') ? undefined : clusterEffect(text, spec));
    if (effect === 'none') return { kind: 'none' };
    if (effect === 'inline' || effect === 'file') return next ? { kind: effect, word: next } : { kind: 'none' };
    if (effect === 'argument') i++;
    else if (!text.startsWith('-') && !text.startsWith('+')) return { kind: 'file', word };
  }
  return { kind: 'stdin' };
}

// Reads `-abc` left to right. In a shell every letter is a flag (`-ce cmd` still takes the
// next word as code); elsewhere a letter that takes a value takes the rest of the word
// (`-rjson`, `-e'code'`), or else the next argument.
function clusterEffect(text: string, spec: InterpreterSpec): OptionEffect | undefined {
  if (!/^[-+][A-Za-z]/u.test(text)) return undefined;
  for (let i = 1; i < text.length; i++) {
    const effect = spec.letters[text[i]!];
    const last = i === text.length - 1;
    if (effect === 'argument') return last || spec.inlineIsShell ? 'argument' : undefined;
    if (effect === 'inline') return last || spec.inlineIsShell ? 'inline' : 'none';
    if (effect === 'none' || effect === 'file') return effect;
  }
  return undefined;
}
