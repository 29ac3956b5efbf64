import { describe, expect, it } from '@jest/globals';
import { diagnoseRepository, unreadableRepository } from '../src/diagnose.js';
import type { GuardEnvironment, RepositoryFacts } from '../src/facts.js';
import { EXPECTED, GOOD_RULESET, GUARD_APP, goodFacts } from './facts-builder.js';

const unknown = (reason: string) => ({ known: false as const, reason });
const inForce = (...checks: { context: string; appId: number | undefined }[]) => ({ known: true as const, value: [{ rulesetId: 7, source: 'acme/app', checks }] });
const codes = (facts: RepositoryFacts, expected = EXPECTED) => diagnoseRepository(facts, expected).findings.map((f) => `${f.severity} ${f.code}`);

describe('a repository configured as ringfence init and docs/adoption.md say', () => {
  it('has no finding and the outcome ok', () => {
    expect(diagnoseRepository(goodFacts(), EXPECTED)).toEqual({ repository: 'acme/app', defaultBranch: 'main', outcome: 'ok', findings: [] });
  });
});

const CUSTOM = { protectedBranches: false, customBranchPolicies: true };
function environment(branchPolicy: GuardEnvironment['branchPolicy'], customPolicies: GuardEnvironment['customPolicies'] = []): RepositoryFacts['guardEnvironment'] {
  return { known: true, value: { branchPolicy, customPolicies } };
}

// Each row breaks one setting; the row fails when the rule that catches it is removed.
const ROWS: [string, Partial<RepositoryFacts>, string][] = [
  ['no rule requires the guard check', { requiredChecksInForce: inForce({ context: 'ci', appId: 15368 }) }, 'error GUARD_NOT_REQUIRED'],
  ['the guard check is required without an app id', { requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: undefined }) }, 'error GUARD_CHECK_WITHOUT_APP'],
  ['the guard check is required from app 0 (init run without --app-id)', { requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: 0 }) }, 'error GUARD_CHECK_WITHOUT_APP'],
  ['the guard check is required from GitHub Actions', { requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: 15368 }) }, 'error GUARD_CHECK_ACTIONS_APP'],
  ['the guard check is required from another App', { requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: 99 }) }, 'error GUARD_CHECK_WRONG_APP'],
  ['the rules in force cannot be read', { requiredChecksInForce: unknown('HTTP 500') }, 'error RULES_UNREADABLE'],
  ['the guard ruleset covers only the default branch', { rulesets: { known: true, value: [{ ...GOOD_RULESET, includeRefs: ['~DEFAULT_BRANCH'] }] } }, 'error GUARD_RULESET_NOT_ALL_BRANCHES'],
  ['the guard ruleset excludes some branches', { rulesets: { known: true, value: [{ ...GOOD_RULESET, excludeRefs: ['refs/heads/release/*'] }] } }, 'error GUARD_RULESET_NOT_ALL_BRANCHES'],
  ['the rulesets cannot be read', { rulesets: unknown('HTTP 403') }, 'error RULESETS_UNREADABLE'],
  ['a ruleset naming the guard is in evaluate mode', { rulesets: { known: true, value: [GOOD_RULESET, { ...GOOD_RULESET, id: 8, name: 'trial', enforcement: 'evaluate' }] } }, 'warning RULESET_NOT_ENFORCED'],
  ['a ruleset naming the guard is disabled', { rulesets: { known: true, value: [GOOD_RULESET, { ...GOOD_RULESET, id: 8, enforcement: 'disabled' }] } }, 'warning RULESET_NOT_ENFORCED'],
  ['repository admins may bypass the guard', { rulesets: { known: true, value: [{ ...GOOD_RULESET, bypassActors: [{ actorType: 'RepositoryRole', actorId: 5, mode: 'always' }] }] } }, 'error BYPASS_ACTORS'],
  ['an App may bypass the guard', { rulesets: { known: true, value: [{ ...GOOD_RULESET, bypassActors: [{ actorType: 'Integration', actorId: 1, mode: 'always' }] }] } }, 'error BYPASS_ACTORS'],
  ['a team is exempt from the guard', { rulesets: { known: true, value: [{ ...GOOD_RULESET, bypassActors: [{ actorType: 'Team', actorId: 3, mode: 'exempt' }] }] } }, 'error BYPASS_ACTORS'],
  ['a break-glass team may bypass on pull requests', { rulesets: { known: true, value: [{ ...GOOD_RULESET, bypassActors: [{ actorType: 'Team', actorId: 3, mode: 'pull_request' }] }] } }, 'warning BYPASS_ACTORS'],
  ['GitHub withheld the bypass list', { rulesets: { known: true, value: [{ ...GOOD_RULESET, bypassActors: undefined }] } }, 'error BYPASS_ACTORS_UNREADABLE'],
  ['the default workflow token can write', { workflowToken: { known: true, value: { defaultPermissions: 'write', canApprovePullRequestReviews: false } } }, 'error DEFAULT_TOKEN_WRITE'],
  ['Actions may approve pull requests', { workflowToken: { known: true, value: { defaultPermissions: 'read', canApprovePullRequestReviews: true } } }, 'error ACTIONS_CAN_APPROVE'],
  ['the workflow token settings cannot be read', { workflowToken: unknown('HTTP 403') }, 'error WORKFLOW_TOKEN_SETTINGS_UNREADABLE'],
  ['fork runs need approval only from first-time contributors', { forkApproval: { known: true, value: { kind: 'public', approvalPolicy: 'first_time_contributors' } } }, 'error FORK_RUNS_WITHOUT_APPROVAL'],
  ['a private repository runs fork workflows without approval', { forkApproval: { known: true, value: { kind: 'private', runWorkflows: true, requireApproval: false, sendWriteTokens: false, sendSecrets: false } } }, 'error FORK_RUNS_WITHOUT_APPROVAL'],
  ['a private repository sends secrets to fork workflows', { forkApproval: { known: true, value: { kind: 'private', runWorkflows: true, requireApproval: true, sendWriteTokens: false, sendSecrets: true } } }, 'error FORK_RUNS_WITHOUT_APPROVAL'],
  ['the fork approval policy cannot be read', { forkApproval: unknown('HTTP 404') }, 'error FORK_APPROVAL_UNREADABLE'],
  ["the organisation's base permission is write", { organization: { known: true, value: { login: 'acme', baseRepositoryPermission: 'write' } } }, 'error ORG_BASE_PERMISSION_WRITE'],
  ["the organisation's base permission is admin", { organization: { known: true, value: { login: 'acme', baseRepositoryPermission: 'admin' } } }, 'error ORG_BASE_PERMISSION_WRITE'],
  ["GitHub withheld the organisation's base permission", { organization: { known: true, value: { login: 'acme', baseRepositoryPermission: undefined } } }, 'error ORG_BASE_PERMISSION_UNREADABLE'],
  ['the organisation cannot be read', { organization: unknown('HTTP 403') }, 'error ORG_BASE_PERMISSION_UNREADABLE'],
  ['the workflow files cannot be read', { workflows: unknown('tree truncated') }, 'error WORKFLOWS_UNREADABLE'],
  ['the guard App key is a repository secret', { repositorySecretNames: { known: true, value: ['NPM_TOKEN', 'RINGFENCE_GUARD_APP_KEY'] } }, 'error GUARD_KEY_REPOSITORY_SECRET'],
  ['the guard App key is an organisation secret shared with the repository', { sharedOrganizationSecretNames: { known: true, value: ['RINGFENCE_GUARD_APP_KEY'] } }, 'error GUARD_KEY_ORG_SECRET'],
  ['the repository secret names cannot be read', { repositorySecretNames: unknown('HTTP 403') }, 'error GUARD_KEY_SECRETS_UNREADABLE'],
  ['the shared organisation secret names cannot be read', { sharedOrganizationSecretNames: unknown('HTTP 403') }, 'error GUARD_KEY_SHARED_SECRETS_UNREADABLE'],
  ['the guard App key is an organisation secret shared only with other repositories (the key mints for every installation)', { organizationSecretNames: { known: true, value: ['RINGFENCE_GUARD_APP_KEY'] } }, 'error GUARD_KEY_ORG_SECRET'],
  ['the organisation secret names cannot be read (not an org admin)', { organizationSecretNames: unknown('HTTP 403') }, 'warning GUARD_KEY_ORG_SECRETS_UNREADABLE'],
  ['the guard environment does not exist', { guardEnvironment: { known: true, value: undefined } }, 'error GUARD_ENVIRONMENT_MISSING'],
  ['the guard environment cannot be read', { guardEnvironment: unknown('HTTP 500') }, 'error GUARD_ENVIRONMENT_UNREADABLE'],
  ['every branch may deploy to the guard environment', { guardEnvironment: environment(null) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['every protected branch may deploy to the guard environment', { guardEnvironment: environment({ protectedBranches: true, customBranchPolicies: false }) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment has custom rules but none listed', { guardEnvironment: environment(CUSTOM, []) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment lets a pattern deploy (release/*)', { guardEnvironment: environment(CUSTOM, [{ name: 'release/*', type: 'branch' }]) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment lets another branch deploy besides the default', { guardEnvironment: environment(CUSTOM, [{ name: 'main', type: 'branch' }, { name: 'dev', type: 'branch' }]) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment names the default branch as a tag pattern', { guardEnvironment: environment(CUSTOM, [{ name: 'main', type: 'tag' }]) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment names another branch only', { guardEnvironment: environment(CUSTOM, [{ name: 'master', type: 'branch' }]) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
  ['the guard environment has neither custom nor protected branch rules', { guardEnvironment: environment({ protectedBranches: false, customBranchPolicies: false }) }, 'error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH'],
];

describe('each setting that lets a change past the guard is a finding with its code', () => {
  it.each(ROWS)('%s', (_name, overrides, expected) => {
    expect(codes(goodFacts(overrides))).toEqual([expected]);
  });
});

describe('the guard requirement', () => {
  it('one requirement pinned to the guard App makes a weaker second one harmless (both must pass)', () => {
    expect(codes(goodFacts({ requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: undefined }, { context: 'ringfence/guard', appId: GUARD_APP }) }))).toEqual([]);
  });

  it('without --guard-app-id, a pinned App is unconfirmed and fails the repository, and the Actions App is still refused', () => {
    const unpinned = { ...EXPECTED, guardAppId: undefined };
    const report = diagnoseRepository(goodFacts(), unpinned);
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error GUARD_APP_UNCONFIRMED']);
    expect(report.findings[0]!.message).toContain(`app ${GUARD_APP}`);
    expect(report.findings[0]!.fix).toContain('re-run with --guard-app-id N');
    expect(report.outcome).toBe('failed');
    expect(codes(goodFacts({ requiredChecksInForce: inForce({ context: 'ringfence/guard', appId: 15368 }) }), unpinned)).toEqual(['error GUARD_CHECK_ACTIONS_APP']);
  });

  it('not required: says what legacy protection answered, never "not protected" for a 404', () => {
    const none = { requiredChecksInForce: inForce() };
    const absent = diagnoseRepository(goodFacts(none), EXPECTED).findings[0]!.message;
    expect(absent).toContain('absent, or the token may not read it');
    const legacy = diagnoseRepository(goodFacts({ ...none, legacyProtection: { known: true, value: { state: 'present', requiredChecks: [{ context: 'ringfence/guard', appId: undefined }] } } }), EXPECTED).findings[0]!.message;
    expect(legacy).toContain('legacy branch protection requires it without an app id, on this branch only');
  });

  it('a repository that cannot be read at all fails with the reason', () => {
    expect(unreadableRepository('acme/gone', 'HTTP 404')).toMatchObject({ outcome: 'failed', findings: [{ code: 'REPOSITORY_UNREADABLE', severity: 'error' }] });
  });

  it('a user-owned repository has no organisation finding', () => {
    expect(codes(goodFacts({ organization: undefined, sharedOrganizationSecretNames: undefined, organizationSecretNames: undefined }))).toEqual([]);
  });
});

describe("where the guard App's key is kept", () => {
  it('names the secret, the fix and, for the environment, what deploys instead of the default branch', () => {
    const [org] = diagnoseRepository(goodFacts({ sharedOrganizationSecretNames: { known: true, value: ['RINGFENCE_GUARD_APP_KEY'] } }), EXPECTED).findings;
    expect(org!.fix).toContain('gh secret delete RINGFENCE_GUARD_APP_KEY --org acme');
    const [env] = diagnoseRepository(goodFacts({ guardEnvironment: environment(CUSTOM, [{ name: 'release/*', type: 'branch' }]) }), EXPECTED).findings;
    expect(env!.message).toContain('lets branch "release/*" deploy, where exactly the default branch (branch "main") is wanted');
    expect(env!.fix).toContain('custom_branch_policies: true');
  });

  it('the environment must name the repository\'s own default branch', () => {
    const trunk = goodFacts({ defaultBranch: 'trunk' });
    expect(codes(trunk)).toContain('error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH');
    expect(codes({ ...trunk, guardEnvironment: environment(CUSTOM, [{ name: 'trunk', type: 'branch' }]) })).not.toContain('error GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH');
  });
});
