import { describe, expect, it } from '@jest/globals';
import { APP_PERMISSIONS } from '../src/generated/app-permissions.js';
import { SCOPE_OVERRIDES, isOwnerLevel, scopeOf } from '../src/permission-scope.js';
import type { PermissionScope } from '../src/permission-scope.js';
import { PERMISSION_NAMES } from '../src/permissions.js';
import type { PermissionName } from '../src/permissions.js';

// Reviewed by hand against GitHub's permission reference. A permission GitHub adds falls back
// to `repository` when its description names no owner: this list turns red until it is reviewed.
const REPOSITORY_PERMISSIONS = [
  'actions', 'administration', 'artifact_metadata', 'attestations', 'checks', 'code_quality', 'codespaces', 'contents',
  'dependabot_secrets', 'deployments', 'discussions', 'environments', 'issues', 'merge_queues', 'metadata', 'packages',
  'pages', 'pull_requests', 'repository_custom_properties', 'repository_hooks', 'repository_projects',
  'secret_scanning_alerts', 'secrets', 'security_events', 'single_file', 'statuses', 'vulnerability_alerts', 'workflows',
];

describe('permission scopes', () => {
  it('classifies every generated permission', () => {
    const scopes: readonly PermissionScope[] = ['repository', 'organization', 'enterprise', 'user'];
    for (const name of PERMISSION_NAMES) expect(scopes).toContain(scopeOf(name));
  });

  it('lets only the reviewed permissions act on repositories alone', () => {
    expect(PERMISSION_NAMES.filter((name) => !isOwnerLevel(name))).toEqual(REPOSITORY_PERMISSIONS);
  });

  it('classifies by name and description, with the overrides applied', () => {
    expect(scopeOf('members')).toBe('organization');
    expect(scopeOf('custom_properties_for_organizations')).toBe('organization');
    expect(scopeOf('enterprise_custom_properties_for_organizations')).toBe('enterprise');
    expect(scopeOf('gpg_keys')).toBe('user');
    expect(scopeOf('git_ssh_keys')).toBe('user');
    expect(scopeOf('interaction_limits')).toBe('user');
  });

  it('overrides only names of the catalogue, and only where the description reads wrongly', () => {
    for (const [name, scope] of Object.entries(SCOPE_OVERRIDES) as [PermissionName, PermissionScope][]) {
      expect(Object.hasOwn(APP_PERMISSIONS, name)).toBe(true);
      expect(APP_PERMISSIONS[name].scope).not.toBe(scope);
    }
  });
});
