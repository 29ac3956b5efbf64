import type { CommandContext, PackageManager } from './command-context.js';
import type { ShellWord } from './shell-tokens.js';

/** How one package manager's command line names the package and the scripts it runs. */
interface ManagerSpec {
  /** Options that take the next word as their value. */
  readonly withArgument: readonly string[];
  /** Options naming the directory of the package whose scripts run. */
  readonly directory: readonly string[];
  /** Options that run the scripts of other (workspace) packages. */
  readonly workspaces: readonly string[];
  /** `yarn build`, `pnpm build`, `bun build` run a script when `build` is not one of the manager's own commands. */
  readonly bareScripts?: ReadonlySet<string>;
}

// `npm run x` also runs `prex` and `postx` (yarn 1 and pnpm with enable-pre-post-scripts too).
const around = (name: string): string[] => [`pre${name}`, name, `post${name}`];
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
const INSTALL = new Set(['install', 'i', 'ci', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isntall', 'clean-install', 'ic', 'install-clean']);
const RUN = new Set(['run', 'run-script', 'rum', 'urn']);
/** Scripts that a manager's own commands run (npm docs: "Life Cycle Operation Order"). */
const COMMAND_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  test: around('test'),
  t: around('test'),
  tst: around('test'),
  start: around('start'),
  stop: around('stop'),
  restart: [...around('restart'), ...around('stop'), ...around('start')],
  'install-test': [...INSTALL_SCRIPTS, ...around('test')],
  it: [...INSTALL_SCRIPTS, ...around('test')],
  'install-ci-test': [...INSTALL_SCRIPTS, ...around('test')],
  cit: [...INSTALL_SCRIPTS, ...around('test')],
  pack: ['prepack', 'prepare', 'postpack'],
  publish: ['prepublishOnly', 'prepack', 'prepare', 'postpack', 'publish', 'postpublish'],
  version: around('version'),
};

const YARN_COMMANDS = 'add audit autoclean bin cache check config constraints create dedupe dlx exec explain generate-lock-entry global help import info init licenses link list login logout node npm outdated owner patch patch-commit plugin policies rebuild remove search set stage tag team unlink unplug up upgrade upgrade-interactive versions why';
const PNPM_COMMANDS = 'add audit bin config create deploy dlx doctor env exec fetch import licenses link list ls outdated patch patch-commit prune rb rebuild recursive remove rm root server setup store un uninstall unlink up update why';
const BUN_COMMANDS = 'add build create init link outdated patch pm remove test update upgrade x';

const SPECS: Readonly<Record<PackageManager, ManagerSpec>> = {
  npm: {
    withArgument: ['--prefix', '-C', '-w', '--workspace', '--userconfig', '--cache', '--loglevel', '--registry', '--tag', '--omit', '--include', '--script-shell'],
    directory: ['--prefix', '-C'],
    workspaces: ['-w', '--workspace', '-ws', '--workspaces'],
  },
  yarn: { withArgument: ['--cwd', '--modules-folder', '--cache-folder', '--mutex', '--network-timeout', '--registry'], directory: ['--cwd'], workspaces: [], bareScripts: new Set(YARN_COMMANDS.split(' ')) },
  pnpm: {
    withArgument: ['-C', '--dir', '--filter', '-F', '--reporter', '--loglevel'],
    directory: ['-C', '--dir'],
    workspaces: ['--filter', '-F', '-r', '--recursive'],
    bareScripts: new Set(PNPM_COMMANDS.split(' ')),
  },
  bun: { withArgument: ['--cwd', '-c', '--config'], directory: ['--cwd'], workspaces: ['--filter', '-F'], bareScripts: new Set(BUN_COMMANDS.split(' ')) },
};

interface Option {
  readonly name: string;
  readonly value?: ShellWord;
}

/** True for `npm`, `yarn`, `pnpm` and `bun`. */
export function isPackageManager(name: string): name is PackageManager {
  return Object.hasOwn(SPECS, name);
}

/** Reports the package scripts (and, for `bun`, files) a package-manager command runs. */
export function runPackageManager(manager: PackageManager, args: readonly ShellWord[], ctx: CommandContext, line: number): void {
  const spec = SPECS[manager];
  const { positionals, options } = splitArguments(args, spec.withArgument);
  if (options.some((o) => o.name === '--ignore-scripts')) return;
  const dirOption = options.filter((o) => spec.directory.includes(o.name)).at(-1);
  const dir = dirOption?.value ? ctx.pathOf(dirOption.value, `the package directory of ${manager}`) : '';
  if (dir === undefined) return;
  for (const option of options.filter((o) => spec.workspaces.includes(o.name))) {
    ctx.unresolved(option.value ?? { kind: 'word', text: option.name, line, resolved: true, pattern: false, substitutions: [] }, `${manager} runs the scripts of workspace packages, which discovery does not follow`);
  }
  const [command, target] = positionals;
  const scripts = (names: readonly string[], fallback?: { whenMissing: string; file: string }): void => ctx.packageScripts(manager, dir, names, line, manager, fallback);
  if (!command) return manager === 'yarn' ? scripts(INSTALL_SCRIPTS) : undefined;
  if (!command.resolved) return ctx.unresolved(command, `the ${manager} command`);
  const name = command.text;
  if (INSTALL.has(name)) return scripts(INSTALL_SCRIPTS);
  if (manager === 'bun') return spec.bareScripts?.has(name) ? undefined : runBun(name === 'run' ? target : command, ctx, scripts);
  if (RUN.has(name)) return target ? runNamedScript(target, manager, ctx, scripts) : undefined;
  if (name === 'start') return scripts(around('start'), manager === 'npm' ? { whenMissing: 'start', file: 'server.js' } : undefined);
  if (Object.hasOwn(COMMAND_SCRIPTS, name)) return scripts(COMMAND_SCRIPTS[name]!);
  if (name === 'workspace' || name === 'workspaces') {
    return ctx.unresolved(command, `${manager} ${name} runs the scripts of workspace packages, which discovery does not follow`);
  }
  if (spec.bareScripts && !spec.bareScripts.has(name)) runNamedScript(command, manager, ctx, scripts);
}

function runNamedScript(word: ShellWord, manager: PackageManager, ctx: CommandContext, scripts: (names: readonly string[]) => void): void {
  if (!word.resolved || word.pattern) return ctx.unresolved(word, `the ${manager} script to run`);
  scripts(around(word.text));
}

// `bun run x` runs the script `x`, or the file `x` when it looks like a path.
function runBun(word: ShellWord | undefined, ctx: CommandContext, scripts: (names: readonly string[]) => void): void {
  if (!word) return;
  if (!word.resolved || word.pattern) return ctx.unresolved(word, 'the script bun runs');
  if (!word.text.includes('/') && !/\.[cm]?[jt]sx?$/u.test(word.text)) return scripts(around(word.text));
  const path = ctx.pathOf(word, 'the script bun runs');
  if (path !== undefined) ctx.file('script', path, word.line, 'bun');
}

// Options may come before or after the command; words after `--` belong to the script.
function splitArguments(args: readonly ShellWord[], withArgument: readonly string[]): { positionals: ShellWord[]; options: Option[] } {
  const positionals: ShellWord[] = [];
  const options: Option[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word.text === '--') break;
    if (!word.text.startsWith('-') || word.text === '-') {
      positionals.push(word);
      continue;
    }
    const equals = word.text.indexOf('=');
    if (word.text.startsWith('--') && equals > 0) options.push({ name: word.text.slice(0, equals), value: { ...word, text: word.text.slice(equals + 1) } });
    else if (withArgument.includes(word.text) && args[i + 1]) options.push({ name: word.text, value: args[++i]! });
    else options.push({ name: word.text });
  }
  return { positionals, options };
}
