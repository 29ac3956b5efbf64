import { describe, expect, it } from '@jest/globals';
import { findBroader } from '../src/index.js';
import type { MintedAnswer } from '../src/index.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const grant = { owner: 'acme', ownerId: '1', repositoryIds: ['10', '11'], permissions: { contents: 'write', issues: 'read' } };
const exact: MintedAnswer = { token: 'ghs_x', expiresAt: '2026-01-01T01:00:00Z', permissions: { contents: 'write', issues: 'read' }, repositoryIds: ['10', '11'] };

describe('findBroader', () => {
  it.each<[string, Partial<MintedAnswer>]>([
    ['exactly the grant', {}],
    ['fewer permissions', { permissions: { contents: 'read' } }],
    ['fewer repositories', { repositoryIds: ['10'] }],
    ['metadata: read added by GitHub', { permissions: { ...exact.permissions, metadata: 'read' } }],
    ['a lifetime of 64 minutes (clock skew)', { expiresAt: '2026-01-01T01:04:00Z' }],
  ])('accepts %s', (_, change) => expect(findBroader(grant, { ...exact, ...change }, NOW)).toBeUndefined());

  it.each<[string, Partial<MintedAnswer>, string]>([
    ['no token', { token: '' }, 'no token'],
    ['an unparseable expiry', { expiresAt: 'soon' }, 'expires_at'],
    ['an expiry in the past', { expiresAt: '2025-12-31T23:59:59Z' }, 'expires_at'],
    ['an expiry in two hours', { expiresAt: '2026-01-01T02:00:00Z' }, 'expires_at'],
    ['a higher level', { permissions: { contents: 'admin' } }, 'contents: admin'],
    ['read raised to write', { permissions: { issues: 'write' } }, 'issues: write'],
    ['an unknown level', { permissions: { contents: 'owner' } }, 'contents: owner'],
    ['metadata: write', { permissions: { metadata: 'write' } }, 'metadata: write'],
    ['a permission not granted', { permissions: { workflows: 'write' } }, 'workflows'],
    ['another repository', { repositoryIds: ['10', '12'] }, 'repository 12'],
    ['no repository list', { repositoryIds: [] }, 'all of the installation'],
  ])('refuses %s', (_, change, words) => expect(findBroader(grant, { ...exact, ...change }, NOW)).toContain(words));
});
