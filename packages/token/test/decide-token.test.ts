import { describe, expect, it } from '@jest/globals';
import { combineTokenPolicies, loadRepositoryTokenPolicy } from '../src/combine-token-policies.js';
import { decideToken } from '../src/decide-token.js';
import type { Refusal, TokenRefusalCode } from '../src/decision.js';
import { loadTokenPolicy } from '../src/load-token-policy.js';
import type { Claims, TokenPolicy, TokenRequest } from '../src/types.js';
import { APP, DOT_GITHUB, HOST, OWNER, RELEASE_CLAIMS, fixture, handBuilt, orgPolicy } from './helpers.js';

const ORG = orgPolicy();
const NO_RULES = loadTokenPolicy(fixture('valid/minimal-no-token.yml'), 'minimal-no-token.yml');
const CEILING_ONLY = loadTokenPolicy('version: 1\ntoken:\n  ceiling: { permissions: { issues: write } }\n', 'ceiling-only.yml');
const REPOSITORY_ONLY = combineTokenPolicies(CEILING_ONLY, loadRepositoryTokenPolicy('version: 1\ntoken:\n  rules:\n    - name: reader\n      match: {}\n      grant:\n        permissions: { issues: read }\n', 'ringfence.yml', { repositoryId: APP }));

/** RELEASE_CLAIMS with some claims changed; `undefined` removes a claim. */
function claims(changes: Readonly<Record<string, string | undefined>> = {}, base: Claims = RELEASE_CLAIMS): Claims {
  const result: Record<string, string> = { ...base };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

const NO_EVENT = loadTokenPolicy(`version: 1\ntoken:\n  ceiling: { permissions: { issues: read } }\n  rules:\n    - { name: reader, match: { repository_id: ${APP} }, grant: { permissions: { issues: read } } }\n`, 'no-event.yml');
const PUSH_MAIN: Claims = { repository_owner_id: OWNER, repository_id: APP, event_name: 'push', ref: 'refs/heads/main', runner_environment: 'github-hosted' };
const TEAM_READER: Claims = { repository_owner_id: OWNER, repository_id: APP, workflow_ref: 'acme/app/.github/workflows/codeowners.yml@refs/heads/main', event_name: 'push', runner_environment: 'github-hosted' };
const TRIAGE: Claims = { repository_owner_id: OWNER, repository_id: APP, event_name: 'issues', ref: 'refs/heads/main', runner_environment: 'github-hosted' };
const PULL_REQUEST: Claims = { repository_owner_id: OWNER, repository_id: APP, event_name: 'pull_request', ref: 'refs/pull/7/merge', runner_environment: 'github-hosted' };

interface Row {
  readonly scenario: string;
  readonly request: TokenRequest;
  readonly claims?: Claims;
  readonly policy?: TokenPolicy;
  /** null: the host of the policy is not known. */
  readonly host?: string | null;
  readonly code: TokenRefusalCode;
  readonly refusal?: Partial<Record<keyof Refusal, unknown>>;
}

function decide(row: Pick<Row, 'request' | 'claims' | 'policy' | 'host'>) {
  const host = row.host === undefined ? HOST : row.host ?? undefined;
  return decideToken(row.request, { claims: row.claims ?? RELEASE_CLAIMS, hostRepositoryId: host }, row.policy ?? ORG);
}

const WRITE_CONTENTS = { repositories: [APP], permissions: { contents: 'write' } };
const UNTRUSTED = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment', 'workflow_run', 'issues', 'discussion', 'discussion_comment'];

const ROWS: Row[] = [
  // Deny by default, naming the closest rule and the field that failed.
  { scenario: 'a job of another owner matches no rule and hears which rule came closest and why', claims: claims({ repository_owner_id: '9999' }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { rule: { name: 'release-publisher', layer: 'org', origin: 'org-policy.yml:16:7' }, matched: 6, of: 7, mismatches: [{ field: 'repository_owner_id', reason: 'CLAIM_MISMATCH', expected: OWNER, found: '9999' }] } } },
  { scenario: 'a policy without token rules refuses everything', policy: NO_RULES, request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { message: 'the policy has no token rules' } },
  { scenario: 'the closest rule is the one that meets the most conditions', claims: { ...TRIAGE, ref: 'refs/heads/dev' }, request: { permissions: { issues: 'write' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { rule: { name: 'triage' }, matched: 3, of: 4, mismatches: [{ field: 'ref', found: 'refs/heads/dev' }] } } },
  // Events outsiders trigger never match a rule that does not name them.
  ...UNTRUSTED.map((event): Row => ({ scenario: `a ${event} job does not match a rule without event_name`, policy: NO_EVENT, claims: { ...PUSH_MAIN, event_name: event }, request: { permissions: { issues: 'read' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { rule: { name: 'reader' }, mismatches: [{ field: 'event_name', reason: 'UNTRUSTED_EVENT', found: event }] } } })),
  { scenario: 'a job whose claims carry no event_name does not match a rule without one', policy: NO_EVENT, claims: claims({ event_name: undefined }, PUSH_MAIN), request: { permissions: { issues: 'read' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'event_name', reason: 'CLAIM_MISSING', found: undefined }] } } },
  // Refs match exactly unless written as a glob; `*` never crosses `/`.
  { scenario: 'a tag glob does not cross a slash', claims: claims({ ref: 'refs/tags/v1/evil' }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'ref', reason: 'CLAIM_MISMATCH' }] } } },
  { scenario: 'refs are compared with their case', claims: { ...TRIAGE, ref: 'refs/heads/Main' }, request: { permissions: { issues: 'write' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { rule: { name: 'triage' }, mismatches: [{ field: 'ref' }] } } },
  { scenario: 'the release workflow from another branch of the workflow repository does not match', claims: claims({ job_workflow_ref: 'acme/workflows/.github/workflows/release.yml@refs/heads/dev' }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'job_workflow_ref' }] } } },
  { scenario: 'a deployment to another environment does not match', claims: claims({ environment: 'staging' }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'environment', expected: 'production', found: 'staging' }] } } },
  // runner_environment defaults to github-hosted.
  { scenario: 'a self-hosted runner does not match a rule that leaves runner_environment out', claims: claims({ runner_environment: 'self-hosted' }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'runner_environment', reason: 'RUNNER_NOT_ALLOWED', expected: 'github-hosted' }] } } },
  { scenario: 'claims without runner_environment do not match a rule that leaves it out', claims: claims({ runner_environment: undefined }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'runner_environment', reason: 'CLAIM_MISSING' }] } } },
  // Owners and repositories are matched by id, never by name.
  { scenario: 'an owner known only by name matches no rule', claims: claims({ repository_owner_id: undefined }), request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'repository_owner_id', reason: 'CLAIM_MISSING' }] } } },
  { scenario: 'a repository renamed to acme/app is not acme/app', claims: claims({ repository_id: '11111' }), request: { repositories: [APP], permissions: { contents: 'write' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'repository_id', expected: APP, found: '11111' }] } } },
  { scenario: 'a claim that is not a string counts as missing', claims: { ...RELEASE_CLAIMS, ref: 5 as unknown as string }, request: WRITE_CONTENTS, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { mismatches: [{ field: 'ref', reason: 'CLAIM_MISSING' }] } } },
  { scenario: 'a request naming a repository by name is refused', request: { repositories: ['acme/app'], permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID', refusal: { repository: 'acme/app' } },
  { scenario: 'a request with a repository id as a number is refused (ids are strings of digits)', request: { repositories: [67890 as unknown as string], permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID' },
  { scenario: 'a request with a repository that is not a value is refused without calling it', request: { repositories: [{ toString: 0 } as unknown as string], permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID', refusal: { repository: 'a mapping' } },
  { scenario: 'a request with a missing repository is refused', request: { repositories: [undefined as unknown as string], permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID', refusal: { repository: 'a value of type undefined' } },
  { scenario: 'a request without repositories from claims without repository_id is refused', claims: claims({ repository_id: undefined }), request: { permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID' },
  { scenario: 'a request without repositories from claims with a repository name for an id is refused', claims: claims({ repository_id: 'acme/app' }), request: { permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID' },
  { scenario: 'an empty repository list is refused (GitHub would read it as every repository)', request: { repositories: [], permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID' },
  { scenario: 'more repositories than GitHub accepts are refused', request: { repositories: Array.from({ length: 501 }, (_, i) => String(i + 1)), permissions: { contents: 'read' } }, code: 'TOKEN_REQUEST_INVALID' },
  // Unknown permissions and levels.
  { scenario: 'an unknown permission is refused', request: { permissions: { contnets: 'read' } }, code: 'TOKEN_UNKNOWN_PERMISSION', refusal: { permission: { name: 'contnets', requested: 'read', granted: undefined } } },
  { scenario: 'a name inherited from Object.prototype is not a permission', request: { permissions: { constructor: 'read' } }, code: 'TOKEN_UNKNOWN_PERMISSION' },
  { scenario: 'workflows cannot be read-only', request: { permissions: { workflows: 'read' } }, code: 'TOKEN_UNKNOWN_LEVEL', refusal: { permission: { name: 'workflows', requested: 'read' } } },
  { scenario: 'contents has no admin level', request: { permissions: { contents: 'admin' } }, code: 'TOKEN_UNKNOWN_LEVEL' },
  { scenario: 'a level that is not a string is refused', request: { permissions: { contents: 2 as unknown as string } }, code: 'TOKEN_UNKNOWN_LEVEL', refusal: { permission: { name: 'contents', requested: '2' } } },
  ...([[true, 'true'], [null, 'null'], [['write'], 'a list'], [{ toString: 0 }, 'a mapping']] as const).map(([level, named]): Row => ({ scenario: `a level that is ${named} is refused and named without being called`, request: { permissions: { contents: level as unknown as string } }, code: 'TOKEN_UNKNOWN_LEVEL', refusal: { permission: { name: 'contents', requested: named } } })),
  { scenario: 'a request for no permissions is refused (GitHub would grant them all)', request: { permissions: {} }, code: 'TOKEN_EMPTY_REQUEST' },
  { scenario: 'permissions that are not a mapping are refused', request: { permissions: ['contents'] as unknown as Record<string, string> }, code: 'TOKEN_REQUEST_INVALID' },
  { scenario: 'permissions that are null are refused', request: { permissions: null as unknown as Record<string, string> }, code: 'TOKEN_REQUEST_INVALID' },
  // Requested ⊆ grant ⊆ ceiling.
  { scenario: 'a higher level than the rule grants is refused naming permission, requested and granted level', claims: PULL_REQUEST, request: { permissions: { contents: 'write' } }, code: 'TOKEN_PERMISSION_NOT_GRANTED', refusal: { rule: { name: 'pr-reader' }, permission: { name: 'contents', requested: 'write', granted: 'read' } } },
  { scenario: 'a permission the rule does not grant is refused', claims: PULL_REQUEST, request: { permissions: { actions: 'read' } }, code: 'TOKEN_PERMISSION_NOT_GRANTED', refusal: { permission: { name: 'actions', requested: 'read', granted: undefined } } },
  { scenario: 'a repository the rule does not grant is refused', claims: PULL_REQUEST, request: { repositories: [APP, '55555'], permissions: { contents: 'read' } }, code: 'TOKEN_REPOSITORY_NOT_GRANTED', refusal: { repository: '55555' } },
  { scenario: 'self means the job\'s own repository, not any repository', claims: TRIAGE, request: { repositories: ['55555'], permissions: { issues: 'write' } }, code: 'TOKEN_REPOSITORY_NOT_GRANTED', refusal: { rule: { name: 'triage' } } },
  { scenario: 'self grants nothing when the claims carry no repository_id', claims: claims({ repository_id: undefined }, TRIAGE), request: { repositories: [APP], permissions: { issues: 'write' } }, code: 'TOKEN_REPOSITORY_NOT_GRANTED' },
  { scenario: 'a grant above the ceiling is refused even when a rule allows it', policy: handBuilt([{ name: 'wide', match: { repository_id: APP, ref: 'refs/heads/main' }, grant: { permissions: { actions: 'write' } } }], { ceiling: { actions: 'read' } }), claims: PUSH_MAIN, request: { permissions: { actions: 'write' } }, code: 'TOKEN_ABOVE_CEILING', refusal: { permission: { name: 'actions', requested: 'write', granted: 'read' } } },
  { scenario: 'an organization permission outside the ceiling is refused', policy: handBuilt([{ name: 'members', match: { repository_id: APP }, grant: { permissions: { members: 'read' } } }]), claims: PUSH_MAIN, request: { permissions: { members: 'read' } }, code: 'TOKEN_ABOVE_CEILING', refusal: { permission: { name: 'members', requested: 'read', granted: undefined } } },
  // A repository's own rules reach only that repository's permissions.
  { scenario: 'an organization permission is never granted by a repository rule', policy: handBuilt([{ name: 'members', match: {}, grant: { permissions: { members: 'read' } } }], { layer: 'repository', ceiling: { members: 'read' } }), claims: PUSH_MAIN, request: { permissions: { members: 'read' } }, code: 'TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE', refusal: { permission: { name: 'members', requested: 'read', granted: 'read' } } },
  { scenario: 'a repository rule never matches a job of another repository', policy: REPOSITORY_ONLY, claims: { ...PUSH_MAIN, repository_id: '11111' }, request: { permissions: { issues: 'read' } }, code: 'TOKEN_NO_RULE_MATCHED', refusal: { closest: { rule: { name: 'reader', layer: 'repository' }, mismatches: [{ field: 'repository_id', reason: 'OTHER_REPOSITORY', expected: APP, found: '11111' }] } } },
  // No write to what steers the policy.
  { scenario: 'no contents write to the repository hosting the org policy', request: { repositories: [HOST], permissions: { contents: 'write' } }, code: 'TOKEN_PROTECTED_REPOSITORY', refusal: { repository: HOST, permission: { name: 'contents', requested: 'write' } } },
  { scenario: 'no workflows write to a protected repository', request: { repositories: [APP, DOT_GITHUB], permissions: { workflows: 'write' } }, code: 'TOKEN_PROTECTED_REPOSITORY', refusal: { repository: DOT_GITHUB } },
  { scenario: 'no administration write to a protected repository', request: { repositories: [DOT_GITHUB], permissions: { administration: 'write' } }, code: 'TOKEN_PROTECTED_REPOSITORY' },
  { scenario: 'an unknown policy host makes every repository protected', host: null, request: WRITE_CONTENTS, code: 'TOKEN_PROTECTED_REPOSITORY', refusal: { repository: APP } },
  { scenario: 'a repository rule cannot write the contents of the repository holding it', policy: handBuilt([{ name: 'self-writer', match: { ref: 'refs/heads/main' }, grant: { permissions: { contents: 'write' } } }], { layer: 'repository', ceiling: { contents: 'write' } }), claims: PUSH_MAIN, request: { permissions: { contents: 'write' } }, code: 'TOKEN_PROTECTED_REPOSITORY', refusal: { repository: APP } },
  // Defense in depth: a rule no loader would accept.
  { scenario: 'a hand-built rule granting write from any ref is refused', policy: handBuilt([{ name: 'loose', match: { repository_id: APP }, grant: { permissions: { issues: 'write' } } }], { ceiling: { issues: 'write' } }), claims: PUSH_MAIN, request: { permissions: { issues: 'read' } }, code: 'TOKEN_RULE_INVALID', refusal: { rule: { name: 'loose' } } },
];

describe('every rule of the token decision has a named adversarial case', () => {
  it.each(ROWS.map((row) => [row.scenario, row] as const))('%s', (_, row) => {
    const decision = decide(row);
    expect(decision.outcome).toBe('refused');
    if (decision.outcome !== 'refused') return;
    expect(decision.refusal).toMatchObject({ code: row.code, ...row.refusal });
    expect(decision.refusal.message.length).toBeGreaterThan(10);
  });
});

describe('granted requests', () => {
  it('mints exactly the request, never the rule\'s whole grant', () => {
    expect(decide({ request: { repositories: [APP], permissions: { contents: 'read' } } })).toEqual({
      outcome: 'granted',
      rule: { name: 'release-publisher', layer: 'org', origin: 'org-policy.yml:16:7' },
      token: { repositoryIds: [APP], permissions: { contents: 'read' } },
    });
  });

  it('gives a request without repositories the job\'s own repository only', () => {
    expect(decide({ claims: TRIAGE, request: { permissions: { issues: 'write' } } })).toMatchObject({ outcome: 'granted', token: { repositoryIds: [APP] } });
  });

  it('mints each requested repository once', () => {
    expect(decide({ claims: PULL_REQUEST, request: { repositories: [APP, APP], permissions: { pull_requests: 'read' } } })).toMatchObject({ outcome: 'granted', token: { repositoryIds: [APP] } });
  });

  it('lets a rule that names pull_request grant to pull request jobs', () => {
    expect(decide({ claims: PULL_REQUEST, request: { permissions: { pull_requests: 'read' } } })).toMatchObject({ outcome: 'granted', rule: { name: 'pr-reader' } });
  });

  it('lets a rule that names self-hosted runners grant to them', () => {
    expect(decide({ claims: { ...TEAM_READER, runner_environment: 'self-hosted' }, request: { permissions: { members: 'read' } } })).toMatchObject({ outcome: 'granted', rule: { name: 'team-reader' } });
  });

  it('grants write from a protected tag through the reusable release workflow', () => {
    expect(decide({ request: { repositories: [APP], permissions: { contents: 'write', packages: 'write' } } })).toMatchObject({ outcome: 'granted', token: { permissions: { contents: 'write', packages: 'write' } } });
  });

  it('lets a later rule grant what an earlier matching rule cannot', () => {
    const policy = loadTokenPolicy(`version: 1
token:
  ceiling: { permissions: { issues: write } }
  rules:
    - { name: reader, match: { repository_id: ${APP} }, grant: { permissions: { issues: read } } }
    - { name: writer, match: { repository_id: ${APP}, ref: refs/heads/main }, grant: { permissions: { issues: write } } }
`, 'two-rules.yml');
    expect(decide({ policy, claims: PUSH_MAIN, request: { permissions: { issues: 'write' } } })).toMatchObject({ outcome: 'granted', rule: { name: 'writer' } });
  });

  it('lets a rule read the repository hosting the policy', () => {
    const policy = handBuilt([{ name: 'policy-reader', match: { repository_id: APP }, grant: { repositories: [HOST], permissions: { contents: 'read' } } }], { ceiling: { contents: 'read' } });
    expect(decide({ policy, claims: PUSH_MAIN, request: { repositories: [HOST], permissions: { contents: 'read' } } })).toMatchObject({ outcome: 'granted' });
  });

  it('lets a repository rule grant its own repository', () => {
    expect(decide({ policy: REPOSITORY_ONLY, claims: PUSH_MAIN, request: { permissions: { issues: 'read' } } })).toMatchObject({ outcome: 'granted', rule: { name: 'reader', layer: 'repository' } });
  });
});
