import { describe, expect, test } from '@jest/globals';
import { describeBroadening, findBroadening } from '../../src/mint/check-issued-token.js';
import { hashToken, secretForms } from '../../src/mint/secret-forms.js';

const repos = (...ids: string[]) => ids.map((id) => ({ id, name: `r${id}` }));
const asked = { repositoryIds: ['1', '2'], permissions: { contents: 'write', issues: 'read' } };

describe('findBroadening: GitHub\'s answer against the request', () => {
  test.each([
    ['exactly the request', { contents: 'write', issues: 'read' }, repos('1', '2')],
    ['fewer repositories and lower levels', { contents: 'read' }, repos('2')],
    ['metadata: read added (GitHub adds it to every token)', { contents: 'write', metadata: 'read' }, repos('1')],
  ])('%s: nothing broader', (_name, permissions, repositories) => {
    expect(findBroadening(asked, { permissions, repositorySelection: 'selected', repositories })).toBeUndefined();
  });

  test.each([
    ['a permission not asked', { pull_requests: 'read' }, repos('1'), 'selected', { permissions: [{ name: 'pull_requests', requested: undefined, issued: 'read' }] }],
    ['a higher level', { issues: 'write' }, repos('1'), 'selected', { permissions: [{ name: 'issues', requested: 'read', issued: 'write' }] }],
    ['admin over write', { contents: 'admin' }, repos('1'), 'selected', { permissions: [{ name: 'contents', requested: 'write', issued: 'admin' }] }],
    ['a level that cannot be ranked', { contents: 'owner' }, repos('1'), 'selected', { permissions: [{ name: 'contents', requested: 'write', issued: 'owner' }] }],
    ['metadata: write', { metadata: 'write' }, repos('1'), 'selected', { permissions: [{ name: 'metadata', requested: undefined, issued: 'write' }] }],
    ['a repository not asked', {}, repos('1', '3'), 'selected', { repositories: ['3 r3'] }],
    ['every repository', {}, undefined, 'all', { allRepositories: true }],
    ['selected, but no list to check', {}, undefined, 'selected', { allRepositories: true }],
    ['a selection GitHub does not document', {}, repos('1'), 'some', { allRepositories: true }],
  ] as const)('%s: broader', (_name, permissions, repositories, repositorySelection, expected) => {
    expect(findBroadening(asked, { permissions, repositorySelection, repositories })).toMatchObject(expected);
  });

  test('by name, case-insensitively, for tokens ordered by name', () => {
    expect(findBroadening({ repositoryNames: ['App'], permissions: { metadata: 'read' } }, { permissions: { metadata: 'read' }, repositorySelection: 'selected', repositories: [{ id: '9', name: 'app' }] })).toBeUndefined();
    expect(findBroadening({ repositoryNames: ['app'], permissions: {} }, { permissions: {}, repositorySelection: 'selected', repositories: [{ id: '9', name: 'app2' }] })).toMatchObject({ repositories: ['9 app2'] });
  });

  test('described in words', () => {
    expect(describeBroadening({ permissions: [{ name: 'issues', requested: 'read', issued: 'write' }], repositories: ['3 r3'], allRepositories: true })).toBe('issues: write (asked read), every repository of the installation, repository 3 r3 (not asked)');
  });
});

describe('secret forms', () => {
  test('the token, git\'s basic credential, base64 and URL-encoded forms; each once', () => {
    const token = 'ghs_abc.def_GHI';
    expect(secretForms(token)).toEqual([token, Buffer.from(`x-access-token:${token}`).toString('base64'), Buffer.from(token).toString('base64')]);
    expect(secretForms('ghs_a/b')).toContain('ghs_a%2Fb');
  });

  test('the audit log\'s hashed_token: base64 SHA-256', () => {
    expect(hashToken('ghs_test')).toBe('+ap9b45KaFoq9FYVnxBIoSlD6sFaJaJ040tydS0EIxw=');
  });
});
