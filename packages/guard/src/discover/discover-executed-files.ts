import type { BaseFileReader } from '../ports.js';
import { discoverWorkflow } from './discover-workflow.js';
import { DiscoverySession } from './discovery-session.js';
import type { DiscoveryResult } from './discovery-session.js';

export type { DiscoveredFile, DiscoveryResult, DiscoveryWarningCode } from './discovery-session.js';

const WORKFLOWS_DIR = '.github/workflows';
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/iu;

/**
 * Finds the files the base commit's workflows execute, so that they can be protected like
 * the workflows themselves: local actions and what they run, local reusable workflows,
 * scripts named by `run:` steps (one step into package.json scripts and sourced files) and
 * Dockerfiles built. Files that do not exist are returned too (a pull request could add
 * them). Anything that cannot be resolved is a warning, never silently dropped. Pure
 * decision over the reader; reader errors propagate (the caller fails closed).
 */
export async function discoverExecutedFiles(reader: BaseFileReader): Promise<DiscoveryResult> {
  const session = new DiscoverySession(reader);
  const listing = await session.list(WORKFLOWS_DIR);
  const workflows = [...(listing ?? [])].filter((path) => WORKFLOW_FILE.test(path)).sort();
  const topLevel = new Set(workflows);
  for (const path of workflows) await discoverWorkflow(session, path, [], topLevel);
  return session.result();
}
