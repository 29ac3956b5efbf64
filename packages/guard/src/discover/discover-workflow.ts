import { joinPath, parseWorkflow, runsOnWindows } from '@ringfence/workflow';
import type { Job, Workflow } from '@ringfence/workflow';
import { escapeUntrusted } from '@ringfence/core';
import { isRepositoryPath } from '@ringfence/policy';
import { discoverStep } from './discover-step.js';
import type { DiscoverySession } from './discovery-session.js';
import { MAX_DISCOVERY_DEPTH } from './limits.js';
import { formatOrigin, quote } from './origin.js';
import type { Origin } from './origin.js';

/**
 * Adds what one workflow runs: its jobs' steps, and local reusable workflows that it calls
 * (followed here only when they are not workflows of their own, which are read anyway).
 */
export async function discoverWorkflow(session: DiscoverySession, path: string, origin: Origin, topLevel: ReadonlySet<string>): Promise<void> {
  if (!session.enter(`workflow\0${path}`)) return;
  const read = await session.read(path, origin);
  if (typeof read === 'string') return;
  const parsed = parseWorkflow(read.bytes, path);
  const via = origin.length === 0 ? '' : ` (called from ${formatOrigin(origin)})`;
  for (const problem of parsed.problems) {
    session.warn('DISCOVERY_WORKFLOW_INVALID', [], `${escapeUntrusted(problem.file)}:${problem.line}:${problem.column}: ${problem.message}${via}`);
  }
  const workflow = parsed.value;
  if (!workflow) return;
  for (const job of workflow.jobs) await discoverJob(session, workflow, job, origin, topLevel);
}

async function discoverJob(session: DiscoverySession, workflow: Workflow, job: Job, origin: Origin, topLevel: ReadonlySet<string>): Promise<void> {
  if (job.uses) {
    const at: Origin = [...origin, { file: workflow.file, line: job.uses.line, job: job.id }];
    await discoverReusableWorkflow(session, job.uses.value.trim(), at, topLevel);
  }
  const defaults = { ...workflow.defaults, ...job.defaults };
  const scope = { file: workflow.file, job: job.id, origin, defaults, windows: runsOnWindows(job.runsOn) };
  for (const step of job.steps) await discoverStep(session, step, scope);
}

// `uses: ./.github/workflows/x.yml` at job level calls a workflow of this repository, at the same commit.
async function discoverReusableWorkflow(session: DiscoverySession, uses: string, at: Origin, topLevel: ReadonlySet<string>): Promise<void> {
  if (!uses.startsWith('./')) return;
  const path = joinPath('', uses);
  if (!isRepositoryPath(path)) {
    session.warn('DISCOVERY_OUTSIDE_REPOSITORY', at, `the reusable workflow ${quote(uses)} is not inside the repository, so it is not protected`);
    return;
  }
  await session.addFile(path, at);
  if (topLevel.has(path)) return;
  if (at.length >= MAX_DISCOVERY_DEPTH) {
    session.warn('DISCOVERY_LIMIT_REACHED', at, `reusable workflows nest more than ${MAX_DISCOVERY_DEPTH} deep; ${quote(path)} is protected, what it runs is not followed`);
    return;
  }
  await discoverWorkflow(session, path, at, topLevel);
}
