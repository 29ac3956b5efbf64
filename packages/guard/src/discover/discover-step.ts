import { escapeUntrusted } from '@ringfence/core';
import { isRepositoryPath } from '@ringfence/policy';
import { dialectOfShell, joinPath, parseAction, sourceLineOf, workspacePath } from '@ringfence/workflow';
import type { ActionRuns, Located, RunDefaults, Step } from '@ringfence/workflow';
import { discoverBuildPush } from './discover-build-push.js';
import { discoverScript } from './discover-script.js';
import type { DiscoverySession } from './discovery-session.js';
import { MAX_DISCOVERY_DEPTH } from './limits.js';
import { knownValues, repositoryPathOf, resolveWorkingDirectory } from './locate.js';
import { labelStep, quote } from './origin.js';
import type { Origin } from './origin.js';

/** Where a step is written and what it inherits. */
export interface StepScope {
  /** The workflow or action file holding the step. */
  readonly file: string;
  readonly job?: string;
  /** The links that led to `file` (empty for a workflow). */
  readonly origin: Origin;
  /** `defaults.run` in effect (the job's over the workflow's); none in actions. */
  readonly defaults: RunDefaults;
  readonly windows: boolean;
  /** The directory of the composite action holding the step. */
  readonly actionDir?: string;
}

/** Adds what one step runs: a local action, a Dockerfile built, the files its `run:` script names. */
export async function discoverStep(session: DiscoverySession, step: Step, scope: StepScope): Promise<void> {
  const at = (line: number): Origin => [...scope.origin, { file: scope.file, line, ...(scope.job !== undefined && { job: scope.job }), step: labelStep(step) }];
  const values = knownValues(scope.actionDir);
  const uses = step.uses?.value.trim();
  if (step.uses && uses !== undefined && (uses === '.' || uses.startsWith('./'))) await discoverLocalAction(session, step.uses, at(step.uses.line));
  else if (uses !== undefined && /^docker\/build-push-action@/iu.test(uses)) await discoverBuildPush(session, step, at, values.expressions);
  const run = step.run;
  const dialect = dialectOfShell(step.shell ?? scope.defaults.shell, scope.windows);
  if (!run || dialect === undefined) return;
  const dir = resolveWorkingDirectory(step.workingDirectory ?? scope.defaults.workingDirectory, values.expressions);
  await discoverScript(session, run.value, { dialect, dir, ...values, origin: (line) => at(sourceLineOf(run, line)), followPackages: true, sourceDepth: 0 });
}

/**
 * `uses: ./dir` runs `dir/action.yml` (or `action.yaml`), relative to the workspace: the
 * metadata file, then what it runs. Each action is followed once, which also ends cycles.
 */
async function discoverLocalAction(session: DiscoverySession, uses: Located<string>, origin: Origin): Promise<void> {
  const dir = joinPath('', uses.value.trim());
  if (dir !== '' && !isRepositoryPath(dir)) {
    session.warn('DISCOVERY_OUTSIDE_REPOSITORY', origin, `the action ${quote(uses.value)} is not inside the repository, so it is not protected`);
    return;
  }
  const candidates = [joinPath(dir, 'action.yml'), joinPath(dir, 'action.yaml')];
  const metadata = (await session.exists(candidates[0]!)) ? candidates[0]! : (await session.exists(candidates[1]!)) ? candidates[1]! : undefined;
  // Neither exists: a pull request could add either, so both are protected.
  for (const file of metadata === undefined ? candidates : [metadata]) await session.addFile(file, origin);
  if (metadata === undefined || !session.enter(`action\0${metadata}`)) return;
  if (origin.length >= MAX_DISCOVERY_DEPTH) {
    session.warn('DISCOVERY_LIMIT_REACHED', origin, `actions nest more than ${MAX_DISCOVERY_DEPTH} deep; ${quote(metadata)} is protected, what it runs is not followed`);
    return;
  }
  const read = await session.read(metadata, origin);
  if (typeof read === 'string') return;
  const parsed = parseAction(read.bytes, metadata);
  for (const problem of parsed.problems) {
    session.warn('DISCOVERY_ACTION_INVALID', origin, `${escapeUntrusted(problem.file)}:${problem.line}:${problem.column}: ${problem.message}`);
  }
  if (parsed.value?.runs) await discoverActionRuns(session, parsed.value.runs, dir, metadata, origin);
}

async function discoverActionRuns(session: DiscoverySession, runs: ActionRuns, dir: string, metadata: string, origin: Origin): Promise<void> {
  const entries: (Located<string> | undefined)[] = [];
  if (runs.using === 'node') entries.push(runs.pre, runs.main, runs.post);
  if (runs.using === 'docker' && runs.image && !runs.image.value.startsWith('docker://')) entries.push(runs.image);
  for (const entry of entries) {
    if (!entry) continue;
    const at: Origin = [...origin, { file: metadata, line: entry.line }];
    const path = repositoryPathOf(joinPath(workspacePath(dir), entry.value));
    if (path === undefined) session.warn('DISCOVERY_OUTSIDE_REPOSITORY', at, `${quote(entry.value)} is not a file inside the repository, so it is not protected`);
    else await session.addFile(path, at);
  }
  if (runs.using !== 'composite') return;
  for (const step of runs.steps) {
    await discoverStep(session, step, { file: metadata, origin, defaults: {}, windows: false, actionDir: dir });
  }
}
