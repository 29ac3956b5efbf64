import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { findDefaultBranch, findRepositoryRoot, listTrackedFiles } from '@ringfence/git';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { detectPresets } from '../init/detect-presets.js';
import { CHECK_NAME, GUARD_ENVIRONMENT, GUARD_KEY_SECRET, guardCallerWorkflow, guardEnvironmentSettings, guardReviewWorkflow, requiredCheckRuleset, starterPolicy } from '../init/templates.js';
import { VERSION } from '../version.js';

export const INIT_HELP = `Usage: ringfence init [--repo DIR] [--app-id ID] [--workflow OWNER/REPO@REF] [--force] [--json]

Sets a repository up for ringfence: writes .github/ringfence.yml (a starter policy with a
schema comment for editors), .github/workflows/ringfence-guard.yml (a caller of the
reusable guard workflow) and .github/workflows/ringfence-guard-review.yml (re-runs it on
reviews, without secrets), shows which presets apply to the files the repository has, and
prints the environment that must hold the guard App's key, the required check and the
ruleset (JSON) that makes it required.

Re-running changes nothing; a file that differs from what init would write is left alone
unless --force.

  --app-id ID          the guard App's id (the ruleset pins the check to it)
  --workflow REF       the reusable workflow, default ringfence/ringfence@v${VERSION}: pin a full commit SHA
  --force              overwrite files that differ

Exit status: 0 done, 2 usage or runtime error.`;

const OPTIONS = { repo: { type: 'string' }, 'app-id': { type: 'string' }, workflow: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

type FileOutcome = 'created' | 'unchanged' | 'kept (differs; --force to overwrite)' | 'overwritten';

export async function initCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('init', args, OPTIONS);
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  const appId = values['app-id'] ?? '0';
  if (!/^\d+$/u.test(appId)) throw new UsageError('USAGE_INVALID_VALUE', `--app-id must be the App's numeric id, not ${JSON.stringify(appId)}`);
  const workflowRef = values.workflow ?? `ringfence/ringfence@v${VERSION}`;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+@[A-Za-z0-9_./-]+$/u.test(workflowRef)) throw new UsageError('USAGE_INVALID_VALUE', `--workflow must be OWNER/REPO@REF, not ${JSON.stringify(workflowRef)}`);
  const repo = await findRepositoryRoot(resolve(io.cwd, values.repo ?? '.'));
  const files = {
    '.github/ringfence.yml': await place(repo, '.github/ringfence.yml', starterPolicy(), values.force === true),
    '.github/workflows/ringfence-guard.yml': await place(repo, '.github/workflows/ringfence-guard.yml', guardCallerWorkflow({ workflowRef, appId }), values.force === true),
    '.github/workflows/ringfence-guard-review.yml': await place(repo, '.github/workflows/ringfence-guard-review.yml', guardReviewWorkflow(), values.force === true),
  };
  const presets = detectPresets(await listTrackedFiles(repo));
  const ruleset = requiredCheckRuleset(appId);
  const environment = { name: GUARD_ENVIRONMENT, secret: GUARD_KEY_SECRET, deploymentBranch: await defaultBranchOf(repo), settings: guardEnvironmentSettings() };
  if (values.json) io.out(JSON.stringify({ files, presets, environment, requiredCheck: { context: CHECK_NAME, integrationId: Number(appId) }, ruleset }, null, 2));
  else io.out(render(files, presets, ruleset, appId, environment));
  return 0;
}

// The branch the environment admits: origin's default, else main (said in the output).
async function defaultBranchOf(repo: string): Promise<string | undefined> {
  const found = await findDefaultBranch(repo).catch(() => undefined);
  return found?.replace(/^origin\//u, '');
}

// Writes a file only when absent, or when it differs and --force says so.
async function place(repo: string, path: string, content: string, force: boolean): Promise<FileOutcome> {
  const full = join(repo, path);
  const existing = await readFile(full, 'utf8').catch(() => undefined);
  if (existing === content) return 'unchanged';
  if (existing !== undefined && !force) return 'kept (differs; --force to overwrite)';
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return existing === undefined ? 'created' : 'overwritten';
}

interface EnvironmentPlan {
  readonly name: string;
  readonly secret: string;
  readonly deploymentBranch: string | undefined;
}

// The commands that create the environment, admit the default branch only and store the key.
function renderEnvironment(environment: EnvironmentPlan): string[] {
  const branch = environment.deploymentBranch ?? 'main';
  const path = `repos/{owner}/{repo}/environments/${environment.name}`;
  return [
    `environment: ${environment.name} holds the guard App's key, and only ${branch} may use it${environment.deploymentBranch === undefined ? ' (no default branch found: put yours in place of main)' : ''}:`,
    `  gh api -X PUT '${path}' -F 'deployment_branch_policy[protected_branches]=false' -F 'deployment_branch_policy[custom_branch_policies]=true'`,
    `  gh api -X POST '${path}/deployment-branch-policies' -f name=${branch} -f type=branch`,
    `  gh secret set ${environment.secret} --env ${environment.name} < guard-app.private-key.pem`,
    '  never as a repository or organization secret: a workflow pushed to any branch can read those.',
  ];
}

function render(files: Record<string, FileOutcome>, presets: ReturnType<typeof detectPresets>, ruleset: object, appId: string, environment: EnvironmentPlan): string {
  const lines = Object.entries(files).map(([path, outcome]) => `  ${path}: ${outcome}`);
  const found = presets.map((p) => `  ${p.preset} (${p.count} file${p.count === 1 ? '' : 's'}, e.g. ${p.examples.join(', ')})`);
  return [
    'files:',
    ...lines,
    '',
    'presets that apply to this repository (protected by the built-in rings):',
    ...(found.length > 0 ? found : ['  none of the presets match a tracked file yet']),
    '',
    ...renderEnvironment(environment),
    '',
    `required check: ${CHECK_NAME}, from the guard App${appId === '0' ? ' (pass --app-id to fill in its id)' : ` (integration id ${appId})`}`,
    'ruleset (Settings > Rules > Rulesets > New > Import, or POST /repos/{owner}/{repo}/rulesets):',
    JSON.stringify(ruleset, null, 2),
  ].join('\n');
}
