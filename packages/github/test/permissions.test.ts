import { expect, test } from '@jest/globals';
import { permissionAtLeast, toRepoPermission } from '../src/permissions.js';

test.each([
  ['admin', 'admin', 'admin'],
  ['write', 'maintain', 'maintain'],
  ['write', 'write', 'write'],
  ['write', 'custom-release', 'write'],
  ['read', 'triage', 'triage'],
  ['read', 'maintain', 'read'],
  ['none', 'admin', 'none'],
  ['owner', 'owner', undefined],
  ['constructor', 'constructor', undefined],
])('permission %s, role_name %s → %s', (permission, roleName, expected) => {
  expect(toRepoPermission(permission, roleName)).toBe(expected);
});

test('levels are ordered none < read < triage < write < maintain < admin', () => {
  expect(permissionAtLeast('maintain', 'write')).toBe(true);
  expect(permissionAtLeast('triage', 'write')).toBe(false);
  expect(permissionAtLeast('none', 'read')).toBe(false);
});
