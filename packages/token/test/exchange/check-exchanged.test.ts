import { describe, expect, it } from '@jest/globals';
import { checkExchangedToken } from '../../src/exchange/check-exchanged.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const inAnHour = new Date(NOW + 3_600_000).toISOString();
const EXPECTED = { repositoryIds: ['101', '202'], permissions: { contents: 'write', issues: 'read' } };
const exact = { token: 'ghs_x', expires_at: inAnHour, permissions: { contents: 'write', issues: 'read' }, repositories: ['101', '202'] };

describe('checkExchangedToken holds the broker\'s answer to the request', () => {
  it('takes exactly the request', () => {
    expect(checkExchangedToken(exact, EXPECTED, NOW)).toEqual({ token: { expiresAt: inAnHour, permissions: exact.permissions, repositoryIds: ['101', '202'] } });
  });

  it.each([
    ['less than asked', { permissions: { contents: 'read' }, repositories: ['101'] }],
    ['metadata: read on top, which GitHub adds to every token', { permissions: { ...exact.permissions, metadata: 'read' } }],
    ['ids as numbers, as GitHub writes them', { repositories: [101, 202] }],
  ])('takes %s', (_, change) => {
    expect(checkExchangedToken({ ...exact, ...change }, EXPECTED, NOW)).toHaveProperty('token');
  });

  it.each([
    ['a permission not asked', { permissions: { ...exact.permissions, administration: 'write' } }, /administration: write \(asked nothing\)/u],
    ['a higher level than asked', { permissions: { contents: 'write', issues: 'write' } }, /issues: write \(asked read\)/u],
    ['a level GitHub does not have', { permissions: { contents: 'owner' } }, /contents: owner/u],
    ['metadata: write', { permissions: { metadata: 'write' } }, /metadata: write/u],
    ['a repository not asked', { repositories: ['101', '303'] }, /repository 303 \(not asked\)/u],
    ['no repository list (every repository)', { repositories: [] }, /repositories is not a list/u],
    ['no repositories field', { repositories: undefined }, /repositories is not a list/u],
    ['a repository name instead of an id', { repositories: ['acme/app'] }, /repositories is not a list/u],
    ['a repository id of 0', { repositories: ['0'] }, /repositories is not a list/u],
    ['permissions that are not an object', { permissions: ['contents'] }, /permissions is not an object/u],
    ['a permission level that is not a string', { permissions: { contents: 2 } }, /permissions is not an object/u],
    ['an expiry in the past', { expires_at: new Date(NOW - 1000).toISOString() }, /not a time within the next hour/u],
    ['an expiry a day ahead', { expires_at: new Date(NOW + 86_400_000).toISOString() }, /not a time within the next hour/u],
    ['an expiry that is not a date', { expires_at: 'tomorrow' }, /not a time within the next hour/u],
    ['no expiry', { expires_at: undefined }, /not a time within the next hour/u],
    ['a token with a line break', { token: 'ghs_a\nb' }, /token is not one printable word/u],
    ['a token of 5000 characters', { token: 'g'.repeat(5000) }, /token is not one printable word/u],
  ])('refuses %s', (_, change, problem) => {
    const checked = checkExchangedToken({ ...exact, ...change }, EXPECTED, NOW);
    expect(checked).toEqual({ problem: expect.stringMatching(problem) });
  });
});
