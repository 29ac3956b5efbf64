import { describe, expect, it } from '@jest/globals';
import { diagnoseRepository } from '@ringfence/doctor';
import type { RepositoryFacts } from '@ringfence/doctor';
import { CHECK_NAME, GUARD_ENVIRONMENT, GUARD_KEY_SECRET, guardCallerWorkflow, guardEnvironmentSettings, guardReviewWorkflow } from '../src/init/templates.js';

const APP_ID = 123456;

// The repository as docs/adoption.md sets it up, with the workflows init writes on the default branch.
function initialisedRepository(): RepositoryFacts {
  const caller = guardCallerWorkflow({ workflowRef: `ringfence/ringfence@${'a'.repeat(40)}`, appId: String(APP_ID) });
  return {
    repository: 'acme/app',
    defaultBranch: 'main',
    visibility: 'public',
    requiredChecksInForce: { known: true, value: [{ rulesetId: 7, source: 'acme/app', checks: [{ context: CHECK_NAME, appId: APP_ID }] }] },
    rulesets: { known: true, value: [{ id: 7, name: 'ringfence guard', target: 'branch', enforcement: 'active', sourceType: 'Repository', source: 'acme/app', includeRefs: ['~ALL'], excludeRefs: [], bypassActors: [], requiredChecks: [{ context: CHECK_NAME, appId: APP_ID }] }] },
    legacyProtection: { known: true, value: { state: 'absent-or-unreadable' } },
    workflowToken: { known: true, value: { defaultPermissions: 'read', canApprovePullRequestReviews: false } },
    forkApproval: { known: true, value: { kind: 'public', approvalPolicy: 'all_external_contributors' } },
    organization: { known: true, value: { login: 'acme', baseRepositoryPermission: 'read' } },
    // The environment as init's printed commands set it up: its settings, one branch policy for the default branch.
    guardEnvironment: { known: true, value: { branchPolicy: environmentPolicy(), customPolicies: [{ name: 'main', type: 'branch' }] } },
    repositorySecretNames: { known: true, value: [] },
    sharedOrganizationSecretNames: { known: true, value: [] },
    organizationSecretNames: { known: true, value: [] },
    localActions: { known: true, value: [] },
    workflows: {
      known: true,
      value: [
        { path: '.github/workflows/ringfence-guard.yml', text: caller },
        { path: '.github/workflows/ringfence-guard-review.yml', text: guardReviewWorkflow() },
      ],
    },
  };
}

function environmentPolicy(): { protectedBranches: boolean; customBranchPolicies: boolean } {
  const { deployment_branch_policy: policy } = guardEnvironmentSettings() as { deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } };
  return { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies };
}

describe('what ringfence init writes', () => {
  it('passes every doctor rule (trigger types, permissions, pins, key)', () => {
    expect(diagnoseRepository(initialisedRepository(), { checkName: CHECK_NAME, guardAppId: APP_ID }).findings).toEqual([]);
  });
});

describe('the names init sets up are the ones doctor checks', () => {
  it('environment ringfence-guard, secret RINGFENCE_GUARD_APP_KEY', () => {
    expect([GUARD_ENVIRONMENT, GUARD_KEY_SECRET]).toEqual(['ringfence-guard', 'RINGFENCE_GUARD_APP_KEY']);
  });
});
