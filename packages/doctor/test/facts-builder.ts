import type { DoctorExpectations, GuardEnvironment, RepositoryFacts, Ruleset } from '../src/facts.js';

export const GUARD_APP = 424242;
export const EXPECTED: DoctorExpectations = { checkName: 'ringfence/guard', guardAppId: GUARD_APP };

/** The caller workflow `ringfence init` writes, pinned by SHA. */
export const GOOD_CALLER = `name: ringfence guard
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited]
  workflow_dispatch:
    inputs: { pull-request: { required: true } }
permissions: {}
jobs:
  guard:
    uses: ringfence/ringfence/.github/workflows/guard.yml@${'a'.repeat(40)} # v0.1.0
    permissions:
      contents: read
      pull-requests: read
    with:
      app-id: "${GUARD_APP}"
    # The reusable workflow's job reads the key from the environment ringfence-guard.
    secrets: inherit
`;

export const GOOD_RULESET: Ruleset = {
  id: 7,
  name: 'ringfence guard',
  target: 'branch',
  enforcement: 'active',
  sourceType: 'Repository',
  source: 'acme/app',
  includeRefs: ['~ALL'],
  excludeRefs: [],
  bypassActors: [],
  requiredChecks: [{ context: 'ringfence/guard', appId: GUARD_APP }],
};

/** The environment `ringfence init` sets up: only the default branch deploys to it. */
export const GOOD_ENVIRONMENT: GuardEnvironment = { branchPolicy: { protectedBranches: false, customBranchPolicies: true }, customPolicies: [{ name: 'main', type: 'branch' }] };

/** A repository configured as doctor wants it; tests change one fact at a time. */
export function goodFacts(overrides: Partial<RepositoryFacts> = {}): RepositoryFacts {
  return {
    repository: 'acme/app',
    defaultBranch: 'main',
    visibility: 'public',
    requiredChecksInForce: { known: true, value: [{ rulesetId: 7, source: 'acme/app', checks: [{ context: 'ringfence/guard', appId: GUARD_APP }] }] },
    rulesets: { known: true, value: [GOOD_RULESET] },
    legacyProtection: { known: true, value: { state: 'absent-or-unreadable' } },
    workflowToken: { known: true, value: { defaultPermissions: 'read', canApprovePullRequestReviews: false } },
    forkApproval: { known: true, value: { kind: 'public', approvalPolicy: 'all_external_contributors' } },
    organization: { known: true, value: { login: 'acme', baseRepositoryPermission: 'read' } },
    workflows: { known: true, value: [{ path: '.github/workflows/ringfence-guard.yml', text: GOOD_CALLER }] },
    guardEnvironment: { known: true, value: GOOD_ENVIRONMENT },
    repositorySecretNames: { known: true, value: ['NPM_TOKEN'] },
    sharedOrganizationSecretNames: { known: true, value: ['SLACK_WEBHOOK'] },
    organizationSecretNames: { known: true, value: ['SLACK_WEBHOOK', 'NPM_TOKEN'] },
    localActions: { known: true, value: [] },
    ...overrides,
  };
}

/** The same facts with the workflow files replaced. */
export function withWorkflows(files: Record<string, string>, overrides: Partial<RepositoryFacts> = {}): RepositoryFacts {
  return goodFacts({ workflows: { known: true, value: Object.entries(files).map(([path, text]) => ({ path, text })) }, ...overrides });
}
