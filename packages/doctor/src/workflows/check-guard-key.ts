import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import type { WorkflowView } from './workflow-view.js';

/** The secret `ringfence init` and the shipped workflows keep the guard App's key in. */
export const GUARD_KEY_SECRET = 'RINGFENCE_GUARD_APP_KEY';

/**
 * A job that reads the guard App's key must run in an environment. Without one the key is a
 * repository or organisation secret, and a workflow pushed to any branch can print it and then
 * post `ringfence/guard` verdicts (and gate evidence) of its own. The environment's deployment
 * branches limit it to the default branch; doctor cannot read those, so it says so.
 */
export function checkGuardKey(views: readonly WorkflowView[]): Finding[] {
  const found: Finding[] = [];
  for (const view of views) {
    for (const job of view.workflow.jobs) {
      const body = view.valueAt(['jobs', job.id]);
      if (!mentionsKey(body)) continue;
      if (view.valueAt(['jobs', job.id, 'environment']) !== undefined) continue;
      found.push(finding('GUARD_KEY_OUTSIDE_ENVIRONMENT', 'error', `job "${job.id}" reads secrets.${GUARD_KEY_SECRET} without an environment: as a repository or organisation secret, any branch's workflow can read the guard App's key and post verdicts of its own`, `add \`environment: ringfence-guard\` to the job, store ${GUARD_KEY_SECRET} as that environment's secret and limit its deployment branches to the default branch`, { file: view.file, ...view.positionOf(['jobs', job.id]) }));
    }
  }
  return found;
}

function mentionsKey(value: unknown): boolean {
  if (typeof value === 'string') return new RegExp(`secrets\\s*\\.\\s*${GUARD_KEY_SECRET}\\b|secrets\\s*\\[\\s*['"]${GUARD_KEY_SECRET}['"]\\s*\\]`, 'iu').test(value);
  if (Array.isArray(value)) return value.some(mentionsKey);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(mentionsKey);
  return false;
}
