import { spawn } from 'node:child_process';
import { GitError } from './errors.js';

/**
 * Options that keep git a reader of objects: no hooks, no fsmonitor daemon, no external
 * diff or textconv driver from the repository's config, no prompts, no lock files.
 */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'diff.external=', '-c', 'core.pager=cat', '-c', 'core.quotePath=false'];
const SAFE_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1' };

export interface GitResult {
  readonly exitCode: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface RunGitOptions {
  /** Receives stdout as it streams; `stdout` in the result is then empty. */
  readonly onStdout?: (chunk: Buffer) => void;
  readonly input?: Buffer;
}

/**
 * Runs git with an argument array and no shell, in `repo`. Non-zero exits are returned,
 * not thrown, so callers can say what they mean; a missing git binary throws.
 *
 * `node:child_process` rather than `@actions/exec`: the latter splits all output into
 * lines, which is quadratic on `-z` output (no newlines) and took seconds for 100k paths.
 */
export function runGit(repo: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, '-C', repo, ...args], { shell: false, env: { ...inheritedEnv(), ...SAFE_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', options.onStdout ?? ((chunk: Buffer) => chunks.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error) => reject(new GitError('GIT_NOT_INSTALLED', `could not run git: ${error.message}`, { cause: error })));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(errors).toString('utf8').trim();
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(chunks), stderr: signal ? `git was stopped by ${signal}. ${stderr}` : stderr });
    });
    // git may exit before reading all of its input (e.g. a bad ref); that is reported by its exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  });
}

/** Runs git and returns stdout as text, throwing GIT_FAILED with git's own message on failure. */
export async function gitText(repo: string, args: readonly string[], what: string): Promise<string> {
  const result = await runGit(repo, args);
  if (result.exitCode !== 0) throw new GitError('GIT_FAILED', `${what} failed: ${result.stderr || `git exited ${result.exitCode}`}`);
  return result.stdout.toString('utf8').trim();
}

// PATH and HOME are needed to find git and its global config; GIT_* from the caller are not
// passed on (GIT_DIR or GIT_EXTERNAL_DIFF from the environment would change what is read).
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value;
  }
  return env;
}
