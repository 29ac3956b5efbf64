import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { UsageError } from '@ringfence/core';

/** What the runner says about the run, read once from its environment. */
export interface RunnerContext {
  readonly eventName: string;
  /** The event payload (`GITHUB_EVENT_PATH`), parsed; its shape is checked by whoever uses it. */
  readonly event: unknown;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly runId: string;
  readonly workflowRef: string | undefined;
  readonly defaultTempDir: string;
}

function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

function requiredEnv(name: string): string {
  const value = env(name);
  if (value === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', `${name} is not set: this step must run in a GitHub Actions job`);
  return value;
}

/** Reads the runner's environment; anything missing is a usage error, never a default guess. */
export function readRunnerContext(): RunnerContext {
  const repository = requiredEnv('GITHUB_REPOSITORY');
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError('USAGE_INVALID_VALUE', `GITHUB_REPOSITORY must be owner/name, not ${JSON.stringify(repository)}`);
  const eventPath = requiredEnv('GITHUB_EVENT_PATH');
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    throw new UsageError('USAGE_INVALID_VALUE', `cannot read the event payload at ${eventPath}: ${(error as Error).message}`, { cause: error });
  }
  return {
    eventName: requiredEnv('GITHUB_EVENT_NAME'),
    event,
    owner,
    repo,
    apiUrl: env('GITHUB_API_URL') ?? 'https://api.github.com',
    serverUrl: env('GITHUB_SERVER_URL') ?? 'https://github.com',
    runId: env('GITHUB_RUN_ID') ?? '0',
    workflowRef: env('GITHUB_WORKFLOW_REF'),
    defaultTempDir: env('RUNNER_TEMP') ?? tmpdir(),
  };
}
