import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { secretForms } from '@ringfence/token';
import type { AppScenario, FakeGitHub } from '../../servers/fake-github/index.js';
import { runAction } from '../../support/run-action.js';
import type { ActionRun } from '../../support/run-action.js';

/** The token action's two steps, as a runner runs them: `main` then, at the job's end, `post`. */
const MAIN = join(process.cwd(), 'dist/token/main.js');
const POST = join(process.cwd(), 'dist/token/post.js');

export interface StepOptions {
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly event?: { readonly name: string; readonly payload: unknown };
  readonly node?: string;
}

/** A step's run, and the state it saved for the post step (`core.saveState`). */
export interface StepRun extends ActionRun {
  readonly state: Record<string, string>;
}

/** The job's environment for acme/app on main, as the runner sets it. */
export function jobEnv(w: AppScenario, server: FakeGitHub): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_ID: String(w.ids.app),
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_REPOSITORY_OWNER_ID: String(w.ids.owner),
    GITHUB_ACTOR: 'alice',
    GITHUB_ACTOR_ID: '42',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/bot.yml@refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
}

/** Runs `dist/token/main.js` with a GITHUB_STATE file, and reads back what it saved. */
export async function runMain(options: StepOptions): Promise<StepRun> {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'ringfence-state-')), 'state');
  writeFileSync(stateFile, '');
  const run = await runAction({ entry: MAIN, inputs: options.inputs, event: options.event ?? { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/app', visibility: 'private' } } }, env: { ...options.env, GITHUB_STATE: stateFile }, ...(options.node ? { node: options.node } : {}) });
  return { ...run, state: parseBlocks(readFileSync(stateFile, 'utf8')) };
}

/** Runs `dist/token/post.js` with the main step's state as `STATE_*`, as the runner passes it. */
export async function runPost(state: Readonly<Record<string, string>>, env: Readonly<Record<string, string>>, node?: string): Promise<StepRun> {
  const stateEnv = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
  const run = await runAction({ entry: POST, inputs: {}, event: { name: 'push', payload: {} }, env: { ...env, ...stateEnv }, ...(node ? { node } : {}) });
  return { ...run, state: {} };
}

/**
 * Asserts that no secret reached anything the step printed or wrote but its `token` output:
 * the private key (whole and each line), every token the fake issued (helper tokens too) in
 * every derived form, every JWT GitHub was shown. `::add-mask::` lines are how a step asks
 * the runner to hide a value, so they are the one place a secret may appear.
 */
export function expectNoSecrets(run: ActionRun, w: AppScenario, privateKey: string): void {
  const outputs = Object.fromEntries(Object.entries(run.outputs).filter(([name]) => name !== 'token'));
  const visible = [run.stdout, run.stderr, run.summary, JSON.stringify(outputs)].join('\n').split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  const keyLines = privateKey.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const secrets = [privateKey.trim(), ...keyLines, ...[...w.scenario.apps.tokens.keys()].flatMap(secretForms), ...w.scenario.apps.jwtsSeen];
  const leaked = secrets.filter((secret) => visible.includes(secret));
  expect(leaked).toEqual([]);
  // And nothing shaped like one slipped through redaction's net either.
  expect(visible).not.toMatch(/ghs_[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|PRIVATE KEY-----\n[A-Za-z0-9+/]/u);
}

/** The values the step asked the runner to mask. */
export function maskedValues(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
}

// `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes state and outputs.
function parseBlocks(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/u.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, i + 1);
    values[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return values;
}
