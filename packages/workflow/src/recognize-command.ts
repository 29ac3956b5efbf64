import { runContainerBuild, runMake } from './build-tools.js';
import type { CommandContext, CommandInput } from './command-context.js';
import { isInterpreter, runInterpreter } from './interpreters.js';
import { isPackageManager, runPackageManager } from './package-managers.js';
import { toRepositoryRelative } from './resolve-path.js';
import type { ShellWord } from './shell-tokens.js';

/** A command that runs the command after its own options (`sudo -E ./x.sh`). */
interface PrefixSpec {
  readonly withArgument?: readonly string[];
  /** A word that must follow the prefix (`poetry run`, `bundle exec`). */
  readonly subcommand?: string;
  /** Positional words before the command (`timeout 5m cmd`). */
  readonly positionals?: number;
  /** Options after which nothing runs (`command -v x` only looks x up). */
  readonly stopOn?: readonly string[];
  /** Python runners also run a bare `x.py` from the current directory. */
  readonly runsBarePython?: boolean;
}

const PREFIXES: ReadonlyMap<string, PrefixSpec> = new Map<string, PrefixSpec>([
  ['env', { withArgument: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'] }],
  ['sudo', { withArgument: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host', '-p', '--prompt', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout'] }],
  ['time', {}],
  ['nice', { withArgument: ['-n', '--adjustment'] }],
  ['nohup', {}],
  ['exec', { withArgument: ['-a'] }],
  ['command', { stopOn: ['-v', '-V'] }],
  ['builtin', {}],
  ['timeout', { withArgument: ['-s', '--signal', '-k', '--kill-after'], positionals: 1 }],
  ['xargs', { withArgument: ['-I', '-n', '--max-args', '-P', '--max-procs', '-L', '--max-lines', '-d', '--delimiter', '-E', '-s', '--max-chars', '-a', '--arg-file'] }],
  ['stdbuf', { withArgument: ['-i', '-o', '-e'] }],
  ['npx', { withArgument: ['-p', '--package'] }],
  ['uv', { subcommand: 'run', withArgument: ['--with', '--python', '-p', '--project', '--directory', '--package', '--extra', '--group', '--env-file', '--index', '--from'], runsBarePython: true }],
  ['poetry', { subcommand: 'run', runsBarePython: true }],
  ['pipenv', { subcommand: 'run', runsBarePython: true }],
  ['pdm', { subcommand: 'run', runsBarePython: true }],
  ['hatch', { subcommand: 'run', runsBarePython: true }],
  ['bundle', { subcommand: 'exec' }],
  // cmd.exe: `call x.bat` runs x.bat.
  ['call', {}],
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/u;
const SOURCE = new Set(['source', '.']);
const CHANGE_DIRECTORY: Readonly<Record<string, 'cd' | 'pushd' | 'popd'>> = {
  cd: 'cd', chdir: 'cd', 'set-location': 'cd', sl: 'cd', pushd: 'pushd', 'push-location': 'pushd', popd: 'popd', 'pop-location': 'popd',
};

/**
 * Reports what one simple command runs: a script named as the command or given to an
 * interpreter, a sourced file, a makefile or Dockerfile, package scripts, or a change of
 * directory. `words` start at the command (reserved words already removed).
 */
export function recognizeCommand(words: readonly ShellWord[], input: CommandInput, ctx: CommandContext): void {
  let rest = skipAssignments(words, 0);
  let barePython = false;
  for (let prefix = prefixOf(rest); prefix; prefix = prefixOf(rest)) {
    const after = skipPrefix(rest, prefix);
    if (!after) return;
    rest = after;
    barePython ||= prefix.runsBarePython === true;
  }
  const head = rest[0];
  if (!head) return;
  if (!head.resolved || head.pattern) return ctx.unresolved(head, head.pattern ? 'a pattern used as the command' : 'the command');
  const text = ctx.dialect === 'powershell' ? head.text.replaceAll('\\', '/') : head.text;
  const isRepositoryFile = text.includes('/') && (!text.startsWith('/') || toRepositoryRelative(text) !== undefined);
  if (isRepositoryFile || (barePython && text.endsWith('.py'))) return ctx.file('script', text, head.line, text);
  // `/usr/bin/env`, `/bin/bash`: a program outside the repository, known by its name.
  const base = text.split('/').at(-1) ?? text;
  const name = ctx.dialect === 'powershell' ? base.toLowerCase().replace(/\.exe$/u, '') : base;
  dispatch(name, rest.slice(1), input, ctx, head);
}

function dispatch(name: string, args: readonly ShellWord[], input: CommandInput, ctx: CommandContext, head: ShellWord): void {
  if (isInterpreter(name)) return runInterpreter(name, args, input, ctx, name);
  if (SOURCE.has(name)) return runSource(args, ctx, name);
  if (isPackageManager(name)) return runPackageManager(name, args, ctx, head.line);
  if (name === 'make' || name === 'gmake') return runMake(args, ctx, name);
  if (name === 'docker' || name === 'podman' || name === 'buildah') return runContainerBuild(name, args, ctx);
  if (name === 'deno') return runDeno(args, ctx);
  if (name === 'eval') return runEval(args, ctx, head);
  if (Object.hasOwn(CHANGE_DIRECTORY, name)) return changeDirectory(CHANGE_DIRECTORY[name]!, args, ctx);
}

function prefixOf(words: readonly ShellWord[]): PrefixSpec | undefined {
  const head = words[0];
  const spec = head?.resolved ? PREFIXES.get(head.text.split('/').at(-1) ?? '') : undefined;
  return spec && (spec.subcommand === undefined || words[1]?.text === spec.subcommand) ? spec : undefined;
}

// The words after a prefix and its options: the command it runs, or undefined when none runs.
function skipPrefix(words: readonly ShellWord[], spec: PrefixSpec): ShellWord[] | undefined {
  let i = spec.subcommand === undefined ? 1 : 2;
  while (i < words.length && words[i]!.text.startsWith('-')) {
    const option = words[i]!.text;
    if (spec.stopOn?.includes(option)) return undefined;
    i += spec.withArgument?.includes(option) ? 2 : 1;
    if (option === '--') break;
  }
  return skipAssignments(words, i).slice(spec.positionals ?? 0);
}

// `VAR=value cmd`: leading assignments only set the command's environment.
function skipAssignments(words: readonly ShellWord[], from: number): ShellWord[] {
  let i = from;
  while (i < words.length && ASSIGNMENT.test(words[i]!.text)) i++;
  return words.slice(i);
}

function runSource(args: readonly ShellWord[], ctx: CommandContext, command: string): void {
  const file = args[0];
  if (!file) return;
  const path = ctx.pathOf(file, `the file read by ${command}`);
  if (path !== undefined) ctx.file('source', path, file.line, command);
}

// `deno run [options] file` (and `deno file.ts`); `deno task` reads deno.json, which discovery does not follow.
function runDeno(args: readonly ShellWord[], ctx: CommandContext): void {
  const withArgument = ['--config', '-c', '--import-map', '--lock', '--cert', '--location', '--seed', '--env-file'];
  let i = args[0]?.text === 'run' ? 1 : 0;
  while (i < args.length && args[i]!.text.startsWith('-')) i += withArgument.includes(args[i]!.text) ? 2 : 1;
  const file = args[i];
  if (!file || (i === 0 && !/\.[cm]?[jt]sx?$/u.test(file.text))) return;
  const path = ctx.pathOf(file, 'the script run by deno');
  if (path !== undefined) ctx.file('script', path, file.line, 'deno');
}

// `eval` runs its arguments, joined by spaces, as a script in the current shell.
function runEval(args: readonly ShellWord[], ctx: CommandContext, head: ShellWord): void {
  const unresolved = args.find((a) => !a.resolved);
  if (unresolved) return ctx.unresolved(unresolved, 'the script run by eval');
  if (args.length > 0) ctx.inline(args.map((a) => a.text).join(' '), head.line, ctx.dialect);
}

function changeDirectory(kind: 'cd' | 'pushd' | 'popd', args: readonly ShellWord[], ctx: CommandContext): void {
  if (kind === 'popd') return ctx.changeDirectory('popd', undefined, 'popd');
  const target = args.find((a) => !/^-(?:[LPe@]|path|literalpath)$/iu.test(a.text));
  if (!target) return ctx.changeDirectory(kind, undefined, `${kind} to the home directory`);
  if (target.text === '-') return ctx.changeDirectory(kind, undefined, `${kind} -`);
  const path = target.resolved && !target.pattern ? (ctx.dialect === 'powershell' ? target.text.replaceAll('\\', '/') : target.text) : undefined;
  ctx.changeDirectory(kind, path, `${kind} ${target.text}`);
}
