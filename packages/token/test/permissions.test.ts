import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { APP_PERMISSIONS } from '../src/generated/app-permissions.js';
import { PERMISSION_NAMES, covers, isLevelOf, isPermissionName, isWriteLevel, levelsOf, rankOf } from '../src/permissions.js';

describe('the permission catalogue', () => {
  it('is generated from the installed @octokit/openapi description (run scripts/generate-app-permissions.mjs)', () => {
    const root = dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json'));
    const api = JSON.parse(readFileSync(join(root, 'generated/api.github.com.json'), 'utf8')) as { components: { schemas: Record<string, { properties: Record<string, { enum: string[] }> }> } };
    const properties = api.components.schemas['app-permissions']!.properties;
    expect(PERMISSION_NAMES).toEqual(Object.keys(properties).sort());
    for (const name of PERMISSION_NAMES) expect([...levelsOf(name)].sort()).toEqual([...properties[name]!.enum].sort());
  });

  it('knows GitHub\'s own permission names and levels', () => {
    expect(APP_PERMISSIONS.contents.levels).toEqual(['read', 'write']);
    expect(APP_PERMISSIONS.workflows.levels).toEqual(['write']);
    expect(APP_PERMISSIONS.organization_projects.levels).toEqual(['read', 'write', 'admin']);
  });

  it('takes only its own names, not what every object inherits', () => {
    expect(isPermissionName('contents')).toBe(true);
    expect(isPermissionName('constructor')).toBe(false);
    expect(isPermissionName('__proto__')).toBe(false);
    expect(isPermissionName('pull-requests')).toBe(false);
  });

  it('knows which levels each permission has', () => {
    expect(isLevelOf('workflows', 'read')).toBe(false);
    expect(isLevelOf('repository_projects', 'admin')).toBe(true);
    expect(isLevelOf('contents', 'none')).toBe(false);
  });

  it('ranks read < write < admin, and an absent grant covers nothing', () => {
    expect([rankOf('read'), rankOf('write'), rankOf('admin')]).toEqual([1, 2, 3]);
    expect(covers('admin', 'write')).toBe(true);
    expect(covers('write', 'admin')).toBe(false);
    expect(covers(undefined, 'read')).toBe(false);
    expect([isWriteLevel('read'), isWriteLevel('write'), isWriteLevel('admin')]).toEqual([false, true, true]);
  });
});
