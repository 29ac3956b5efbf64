import { finding } from '../finding.js';
import type { Finding } from '../finding.js';
import { GUARD_ENVIRONMENT, GUARD_KEY_SECRET } from '../guard-names.js';
import type { WorkflowView } from './workflow-view.js';

/**
 * A job that names the guard App's key must run in the environment GUARD_ENVIRONMENT. Without
 * it the key is a repository or organisation secret, and a workflow pushed to any branch can
 * print it and then post `ringfence/guard` verdicts (and gate evidence) of its own. That
 * environment's deployment branches are checked from the API (check-guard-key-storage.ts);
 * another environment's are not, so any other name is a finding too.
 */
export function checkGuardKey(views: readonly WorkflowView[]): Finding[] {
  const found: Finding[] = [];
  for (const view of views) {
    for (const job of view.workflow.jobs) {
      const body = view.valueAt(['jobs', job.id]);
      if (!mentionsKey(body)) continue;
      const environment = environmentName(view.valueAt(['jobs', job.id, 'environment']));
      if (environment === GUARD_ENVIRONMENT) continue;
      const where = environment === undefined ? 'without an environment: as a repository or organisation secret' : `in the environment ${JSON.stringify(environment)}, whose deployment branches doctor does not check: as a secret outside ${GUARD_ENVIRONMENT}`;
      found.push(finding('GUARD_KEY_OUTSIDE_ENVIRONMENT', 'error', `job "${job.id}" reads secrets.${GUARD_KEY_SECRET} ${where}, any branch's workflow can read the guard App's key and post verdicts of its own`, `give the job \`environment: ${GUARD_ENVIRONMENT}\`, store ${GUARD_KEY_SECRET} as that environment's secret and limit its deployment branches to the default branch`, { file: view.file, ...view.positionOf(['jobs', job.id]) }));
    }
  }
  return found;
}

// `environment: NAME` or `environment: { name: NAME }`; undefined when the job names none.
function environmentName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name : '(not a name)';
  }
  return value === undefined ? undefined : '(not a name)';
}

function mentionsKey(value: unknown): boolean {
  if (typeof value === 'string') return new RegExp(`secrets\\s*\\.\\s*${GUARD_KEY_SECRET}\\b|secrets\\s*\\[\\s*['"]${GUARD_KEY_SECRET}['"]\\s*\\]`, 'iu').test(value);
  if (Array.isArray(value)) return value.some(mentionsKey);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(mentionsKey);
  return false;
}
