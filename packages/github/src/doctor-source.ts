import type { DoctorSource } from '@ringfence/doctor';
import { readForkApproval, readWorkflowTokenSettings } from './actions-settings.js';
import { readLegacyProtection } from './branch-protection.js';
import type { GitHubClient } from './client.js';
import { readEnvironment } from './environments.js';
import { readOrganizationSettings } from './organizations.js';
import { readRepositoryOverview } from './repository-overview.js';
import { listRequiredChecksInForce } from './required-checks.js';
import { listRulesets } from './rulesets.js';
import { listOrganizationSecretNames, listRepositorySecretNames, listSharedOrganizationSecretNames } from './secret-names.js';
import { readLocalActions } from './local-actions.js';
import { listWorkflowFiles } from './workflow-files.js';

/** Doctor's reads, through one client (the CLI's token and GITHUB_API_URL). */
export function createDoctorSource(client: GitHubClient): DoctorSource {
  return {
    readRepository: (repo) => readRepositoryOverview(client, repo),
    listRequiredChecksInForce: (repo, branch) => listRequiredChecksInForce(client, repo, branch),
    listRulesets: (repo) => listRulesets(client, repo),
    readLegacyProtection: (repo, branch) => readLegacyProtection(client, repo, branch),
    readWorkflowTokenSettings: (repo) => readWorkflowTokenSettings(client, repo),
    readForkApproval: (repo, visibility) => readForkApproval(client, repo, visibility),
    readOrganization: (org) => readOrganizationSettings(client, org),
    listWorkflowFiles: (repo, branch) => listWorkflowFiles(client, repo, branch),
    readLocalActions: (repo, branch, directories) => readLocalActions(client, repo, branch, directories),
    readEnvironment: (repo, name) => readEnvironment(client, repo, name),
    listRepositorySecretNames: (repo) => listRepositorySecretNames(client, repo),
    listSharedOrganizationSecretNames: (repo) => listSharedOrganizationSecretNames(client, repo),
    listOrganizationSecretNames: (org) => listOrganizationSecretNames(client, org),
  };
}
