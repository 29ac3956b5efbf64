import { describe, expect, it } from '@jest/globals';
import { diagnoseRepository } from '@ringfence/doctor';
import type { RepositoryFacts } from '@ringfence/doctor';
import { CHECK_NAME, guardCallerWorkflow, guardReviewWorkflow } from '../src/init/templates.js';

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
    workflows: {
      known: true,
      value: [
        { path: '.github/workflows/ringfence-guard.yml', text: caller },
        { path: '.github/workflows/ringfence-guard-review.yml', text: guardReviewWorkflow() },
      ],
    },
  };
}

describe('what ringfence init writes', () => {
  it('passes every doctor rule (trigger types, permissions, pins, key)', () => {
    expect(diagnoseRepository(initialisedRepository(), { checkName: CHECK_NAME, guardAppId: APP_ID }).findings).toEqual([]);
  });
});
