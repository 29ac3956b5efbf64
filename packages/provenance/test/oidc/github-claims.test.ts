import { describe, expect, it } from '@jest/globals';
import { REQUIRED_GITHUB_CLAIMS, assertGitHubClaims, serverUrlForIssuer } from '../../src/oidc/github-claims.js';

describe('assertGitHubClaims', () => {
  const complete = Object.fromEntries(REQUIRED_GITHUB_CLAIMS.map((claim) => [claim, `value of ${claim}`]));

  it('passes a payload with every claim, keeping the others', () => {
    expect(assertGitHubClaims({ ...complete, environment: 'prod' })).toMatchObject({ environment: 'prod', sha: 'value of sha' });
  });

  it('names every claim that is missing, empty or not a string', () => {
    expect(() => assertGitHubClaims({ ...complete, sha: undefined, ref: '', run_id: 42 })).toThrow(expect.objectContaining({ code: 'PROVENANCE_ID_TOKEN_CLAIMS_MISSING', message: expect.stringContaining('ref, sha, run_id') }));
  });
});

describe('serverUrlForIssuer', () => {
  it.each([
    ['https://token.actions.githubusercontent.com', 'https://github.com'],
    ['https://token.actions.acme.ghe.com', 'https://acme.ghe.com'],
    ['https://token.actions.githubusercontent.com.evil.com', undefined],
    ['https://token.actions.acme.ghe.com.evil.com', undefined],
    ['http://token.actions.acme.ghe.com', undefined],
    ['https://gitlab.com', undefined],
  ])('%s stands for %s', (issuer, server) => expect(serverUrlForIssuer(issuer)).toBe(server));
});
