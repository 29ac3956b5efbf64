import { checkActionsSettings } from './check-actions-settings.js';
import { checkGuardKeyStorage } from './check-guard-key-storage.js';
import { checkOrganization } from './check-organization.js';
import { checkRequiredGuard } from './check-required-guard.js';
import { checkRulesets } from './check-rulesets.js';
import type { DoctorExpectations, RepositoryFacts } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';
import { checkWorkflows } from './workflows/check-workflows.js';

/** Version of the report document (`--json`). */
export const REPORT_VERSION = 1;

/** What doctor concluded about one repository. */
export interface RepositoryReport {
  readonly repository: string;
  readonly defaultBranch: string | undefined;
  /** `ok`: no error finding; `failed`: at least one (warnings alone do not fail). */
  readonly outcome: 'ok' | 'failed';
  readonly findings: readonly Finding[];
}

/** Every rule over one repository's facts. Pure: the same facts give the same report. */
export function diagnoseRepository(facts: RepositoryFacts, expected: DoctorExpectations): RepositoryReport {
  const findings = [...checkRequiredGuard(facts, expected), ...checkRulesets(facts, expected), ...checkActionsSettings(facts), ...checkOrganization(facts), ...checkWorkflows(facts), ...checkGuardKeyStorage(facts)];
  return report(facts.repository, facts.defaultBranch, findings);
}

/** The report of a repository doctor could not read at all. */
export function unreadableRepository(repository: string, reason: string): RepositoryReport {
  return report(repository, undefined, [finding('REPOSITORY_UNREADABLE', 'error', `${repository} could not be read: ${reason}`, 'check the name and that the token can see the repository (GITHUB_TOKEN or GH_TOKEN)')]);
}

function report(repository: string, defaultBranch: string | undefined, findings: readonly Finding[]): RepositoryReport {
  return { repository, defaultBranch, outcome: findings.some((f) => f.severity === 'error') ? 'failed' : 'ok', findings };
}
