import type { ShellDialect } from './shell-tokens.js';

const POSIX_SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'mksh', 'ash']);
const WINDOWS_SHELLS = new Set(['pwsh', 'powershell', 'cmd']);

/**
 * The dialect a `run:` script is written in, from the step's `shell:` (`bash`, `pwsh`, or a
 * custom `bash -e {0}`). Without a shell, Windows runners use PowerShell and the others
 * bash. Undefined for interpreters such as `python`: their inline code is not a command
 * line, and discovery does not read it.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell
 */
export function dialectOfShell(shell: string | undefined, onWindows: boolean): ShellDialect | undefined {
  if (shell === undefined || shell.trim() === '' || shell.includes('${{')) return onWindows ? 'powershell' : 'posix';
  const program = (shell.trim().split(/\s+/u)[0] ?? '').split(/[\\/]/u).at(-1)!.toLowerCase().replace(/\.exe$/u, '');
  if (POSIX_SHELLS.has(program)) return 'posix';
  return WINDOWS_SHELLS.has(program) ? 'powershell' : undefined;
}

/** True when a job's `runs-on` labels choose a Windows runner. */
export function runsOnWindows(labels: readonly string[]): boolean {
  return labels.some((label) => /windows/iu.test(label));
}
