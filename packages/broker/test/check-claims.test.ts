import { describe, expect, it } from '@jest/globals';
import { checkClaims } from '../src/verify/check-claims.js';

const issuer = { url: 'https://token.actions.githubusercontent.com', jwksUrl: 'https://token.actions.githubusercontent.com/.well-known/jwks', ownerIds: ['5000'] };
const payload = {
  iss: issuer.url, aud: 'broker', iat: 1, exp: 2, sub: 'repo:acme/app:ref:refs/heads/main', jti: 'j-1',
  repository: 'acme/app', repository_id: '67890', repository_owner: 'acme', repository_owner_id: '5000',
  event_name: 'push', ref: 'refs/heads/main', workflow_ref: 'acme/app/.github/workflows/ci.yml@refs/heads/main',
  runner_environment: 'github-hosted', run_id: '9', run_attempt: '1', ref_protected: true,
};

describe('checkClaims', () => {
  it('returns the string claims rules match on, without time, audience or non-string claims', () => {
    const claims = checkClaims(payload, issuer);
    expect(claims).toMatchObject({ repository_id: '67890', sub: payload.sub });
    expect(Object.keys(claims)).not.toEqual(expect.arrayContaining(['aud']));
    expect(claims).not.toHaveProperty('exp');
    expect(claims).not.toHaveProperty('ref_protected');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['audience list of one is fine, of two is not', { aud: ['broker', 'x'] }, 'ID_TOKEN_AUDIENCE_NOT_UNIQUE'],
    ['every missing claim named', { run_id: undefined, ref: undefined }, 'ID_TOKEN_CLAIM_MISSING'],
    ['a required claim that is a list', { repository: ['acme/app'] }, 'ID_TOKEN_CLAIM_INVALID'],
    ['an actor_id that is not an id', { actor_id: 'octocat' }, 'ID_TOKEN_CLAIM_INVALID'],
    ['a DEL character', { environment: 'prod\u007f' }, 'ID_TOKEN_CLAIM_INVALID'],
    ['a claim of 5000 characters', { workflow: 'w'.repeat(5000) }, 'ID_TOKEN_CLAIM_INVALID'],
    ['a repository of another owner', { repository: 'other/app', sub: 'repo:other/app:ref:refs/heads/main' }, 'ID_TOKEN_SUBJECT_MISMATCH'],
    ['an owner with a slash', { repository_owner: 'acme/app', repository: 'acme/app/x' }, 'ID_TOKEN_SUBJECT_MISMATCH'],
    ['a non-ASCII event name', { event_name: 'pushé' }, 'ID_TOKEN_SUBJECT_MISMATCH'],
    ['a job_workflow_ref with a space', { job_workflow_ref: 'acme/app/.github/workflows/ci.yml @refs/heads/main' }, 'ID_TOKEN_SUBJECT_MISMATCH'],
    ['an owner this issuer does not serve', { repository_owner_id: '5001', sub: 'repo:acme/app:ref:refs/heads/main' }, 'OWNER_NOT_ALLOWED'],
  ])('refuses %s', (_, change, code) => {
    const changed: Record<string, unknown> = { ...payload, ...change };
    for (const [name, value] of Object.entries(change)) if (value === undefined) delete changed[name];
    expect(() => checkClaims(changed, issuer)).toThrow(expect.objectContaining({ code }));
  });

  it('names every missing claim at once', () => {
    expect(() => checkClaims({ ...payload, run_id: '', ref: '' }, issuer)).toThrow('missing claims: ref, run_id');
  });

  it('accepts a one-element audience list and an immutable subject', () => {
    expect(() => checkClaims({ ...payload, aud: ['broker'], sub: 'repo:acme@5000/app@67890:environment:prod' }, issuer)).not.toThrow();
  });
});
