import type { CommandContext } from './command-context.js';
import { joinPath } from './resolve-path.js';
import type { ShellWord } from './shell-tokens.js';

const MAKE_FILE = ['-f', '--file', '--makefile'];
const MAKE_DIRECTORY = ['-C', '--directory'];

const DOCKER_GLOBAL_WITH_ARGUMENT = ['--config', '-c', '--context', '-H', '--host', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--url', '--connection', '--root', '--runroot'];
/** Build options that take the next word as their value (optional-value flags such as `--provenance` are left out on purpose). */
const BUILD_WITH_ARGUMENT = [
  '-f', '--file', '-t', '--tag', '--build-arg', '--build-arg-file', '--target', '--platform', '--label', '--secret', '--cache-from',
  '--cache-to', '-o', '--output', '--network', '--progress', '--ssh', '--iidfile', '--add-host', '--shm-size', '-m', '--memory',
  '--memory-swap', '--cpu-shares', '-c', '--cpu-period', '--cpu-quota', '--cpuset-cpus', '--cpuset-mems', '--ulimit', '--builder',
  '--metadata-file', '--annotation', '--attest', '--build-context', '--cgroup-parent', '--isolation', '--allow', '--call',
  '--security-opt', '--format', '--authfile', '--creds', '-v', '--volume', '--env', '--jobs', '--arch', '--os', '--manifest',
];
const REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/iu;

/** Reports the makefiles a `make -f FILE` reads (plain makefiles are left to the build preset). */
export function runMake(args: readonly ShellWord[], ctx: CommandContext, command: string): void {
  const files: ShellWord[] = [];
  let dir = '';
  for (let i = 0; i < args.length; i++) {
    const { option, value, consumed } = readOption(args, i, [...MAKE_FILE, ...MAKE_DIRECTORY]);
    i += consumed;
    if (!value) continue;
    if (MAKE_FILE.includes(option)) files.push(value);
    else {
      // make applies every -C before it reads a makefile, so -C after -f still counts.
      const path = ctx.pathOf(value, `the directory of ${command} -C`);
      if (path === undefined) return;
      dir = joinPath(dir, path);
    }
  }
  for (const file of files) {
    const path = file.text === '-' ? undefined : ctx.pathOf(file, `the makefile of ${command}`);
    if (path !== undefined) ctx.file('makefile', joinPath(dir, path), file.line, command);
  }
}

/** Reports the Dockerfile a `docker build` (buildx, podman, buildah) builds from a local context. */
export function runContainerBuild(tool: string, args: readonly ShellWord[], ctx: CommandContext): void {
  const build = findBuildArguments(tool, args);
  if (!build) return;
  const files: ShellWord[] = [];
  let context: ShellWord | undefined;
  for (let i = 0; i < build.length; i++) {
    const { option, value, consumed } = readOption(build, i, BUILD_WITH_ARGUMENT);
    i += consumed;
    if (option === '' && !context) context = build[i];
    else if ((option === '-f' || option === '--file') && value) files.push(value);
  }
  if (!context || context.text === '-' || REMOTE_CONTEXT.test(context.text)) return;
  const command = `${tool} build`;
  for (const file of files) {
    const path = file.text === '-' ? undefined : ctx.pathOf(file, `the Dockerfile of ${command}`);
    if (path !== undefined) ctx.file('dockerfile', path, file.line, command);
  }
  if (files.length > 0) return;
  const dir = ctx.pathOf(context, `the build context of ${command}`);
  if (dir === undefined) return;
  // Podman and Buildah look for a Containerfile first, then a Dockerfile.
  const names = tool === 'docker' ? ['Dockerfile'] : ['Containerfile', 'Dockerfile'];
  for (const name of names) ctx.file('dockerfile', joinPath(dir, name), context.line, command);
}

// `docker [global options] build|buildx build|image build …`; `buildah bud|build …`.
function findBuildArguments(tool: string, args: readonly ShellWord[]): readonly ShellWord[] | undefined {
  let i = 0;
  while (i < args.length && args[i]!.text.startsWith('-')) i += DOCKER_GLOBAL_WITH_ARGUMENT.includes(args[i]!.text) ? 2 : 1;
  const first = args[i]?.text;
  if (first === 'build' || (tool === 'buildah' && first === 'bud')) return args.slice(i + 1);
  if (first === 'buildx' || first === 'image' || first === 'builder') {
    const second = args[i + 1]?.text;
    return second === 'build' || (first === 'buildx' && second === 'b') ? args.slice(i + 2) : undefined;
  }
  return undefined;
}

/**
 * Reads the option at `index`: `-f x`, `-fx`, `--file x` or `--file=x` for the options in
 * `withArgument`; `option` is '' for a positional word, and `consumed` counts extra words used.
 */
function readOption(args: readonly ShellWord[], index: number, withArgument: readonly string[]): { option: string; value?: ShellWord; consumed: number } {
  const word = args[index]!;
  const text = word.text;
  if (!text.startsWith('-') || text === '-') return { option: '', consumed: 0 };
  const equals = text.indexOf('=');
  if (text.startsWith('--') && equals > 0) return { option: text.slice(0, equals), value: { ...word, text: text.slice(equals + 1) }, consumed: 0 };
  if (withArgument.includes(text)) {
    const next = args[index + 1];
    return next ? { option: text, value: next, consumed: 1 } : { option: text, consumed: 0 };
  }
  const short = text.slice(0, 2);
  if (!text.startsWith('--') && text.length > 2 && withArgument.includes(short)) return { option: short, value: { ...word, text: text.slice(2) }, consumed: 0 };
  return { option: text, consumed: 0 };
}
