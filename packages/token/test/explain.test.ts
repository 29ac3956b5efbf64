import { describe, expect, it } from '@jest/globals';
import { explainTokenRequest, formatExplanation } from '../src/explain.js';
import { loadTokenPolicy } from '../src/load-token-policy.js';
import { APP, HOST, RELEASE_CLAIMS, fixture, orgPolicy } from './helpers.js';

const ORG = orgPolicy();
const WRITE = { repositories: [APP], permissions: { contents: 'write' } };

describe('explainTokenRequest', () => {
  it('says which rule granted and what each other rule made of the claims', () => {
    const explanation = explainTokenRequest(ORG, RELEASE_CLAIMS, WRITE, { hostRepositoryId: HOST });
    expect(explanation.decision).toMatchObject({ outcome: 'granted', rule: { name: 'release-publisher' } });
    expect(explanation.rules.map((r) => [r.rule.name, r.status])).toEqual([
      ['release-publisher', 'grants'],
      ['triage', 'no-match'],
      ['pr-reader', 'no-match'],
      ['team-reader', 'no-match'],
    ]);
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(JSON.parse(JSON.stringify(explanation)));
    expect(formatExplanation(explanation)).toBe(`granted by rule release-publisher (org, org-policy.yml:16:7)
  token: repositories 67890; contents: write
rules:
  release-publisher (org, org-policy.yml:16:7): grants (7 of 7 conditions met); grants contents: write, packages: write, metadata: read on 67890
  triage (org, org-policy.yml:28:7): no-match (2 of 4 conditions met); grants issues: write on self
    event_name: expected one of issues, issue_comment, found "push" (CLAIM_MISMATCH)
    ref: expected refs/heads/main, found "refs/tags/v1.2.0" (CLAIM_MISMATCH)
  pr-reader (org, org-policy.yml:36:7): no-match (2 of 3 conditions met); grants pull_requests: read, contents: read on self, 67890
    event_name: expected pull_request, found "push" (CLAIM_MISMATCH)
  team-reader (org, org-policy.yml:44:7): no-match (3 of 4 conditions met); grants members: read on self
    workflow_ref: expected acme/*/.github/workflows/codeowners.yml@refs/heads/main, found "acme/app/.github/workflows/release.yml@refs/tags/v1.2.0" (CLAIM_MISMATCH)
`);
  });

  it('names the refusal of a matching rule', () => {
    const explanation = explainTokenRequest(ORG, RELEASE_CLAIMS, { repositories: [APP], permissions: { contents: 'write', issues: 'write' } }, { hostRepositoryId: HOST });
    expect(explanation.rules[0]).toMatchObject({ status: 'refuses', refusal: { code: 'TOKEN_PERMISSION_NOT_GRANTED' } });
    expect(formatExplanation(explanation)).toContain('refused: TOKEN_PERMISSION_NOT_GRANTED: rule release-publisher grants issues: nothing, the request asks write\n');
    expect(formatExplanation(explanation)).toContain('    TOKEN_PERMISSION_NOT_GRANTED: rule release-publisher grants issues: nothing');
  });

  it('still shows which rules match when the request is refused before any rule', () => {
    const explanation = explainTokenRequest(ORG, RELEASE_CLAIMS, WRITE);
    expect(explanation.decision).toMatchObject({ outcome: 'refused', refusal: { code: 'TOKEN_PROTECTED_REPOSITORY' } });
    expect(explanation.rules.map((r) => r.status)).toEqual(['matches', 'no-match', 'no-match', 'no-match']);
  });

  it('escapes claim values before they reach a terminal', () => {
    const text = formatExplanation(explainTokenRequest(ORG, { ...RELEASE_CLAIMS, environment: 'prod\u001b[2J\nfake: granted' }, WRITE, { hostRepositoryId: HOST }));
    expect(text).toContain('found "prod\\u{1b}[2J\\nfake: granted"');
    expect(text.split('\n').some((line) => line.startsWith('fake'))).toBe(false);
  });

  it('says so when the policy has no rules', () => {
    const policy = loadTokenPolicy(fixture('valid/minimal-no-token.yml'), 'minimal.yml');
    expect(formatExplanation(explainTokenRequest(policy, RELEASE_CLAIMS, WRITE, { hostRepositoryId: HOST }))).toBe('refused: TOKEN_NO_RULE_MATCHED: the policy has no token rules\nno token rules\n');
  });

  it('says "no such claim" for a claim the job does not have', () => {
    const claims = Object.fromEntries(Object.entries(RELEASE_CLAIMS).filter(([name]) => name !== 'environment'));
    expect(formatExplanation(explainTokenRequest(ORG, claims, WRITE, { hostRepositoryId: HOST }))).toContain('    environment: expected production, found no such claim (CLAIM_MISSING)\n');
  });
});
