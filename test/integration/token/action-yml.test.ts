import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { PERMISSION_NAMES, loadTokenPolicy } from '@ringfence/token';
import { withPermissionInputs } from '../../../actions/token/src/permission-inputs.js';

const ACTION = join(process.cwd(), 'actions/token/action.yml');
type Inputs = Record<string, { description: string; required?: boolean; default?: string }>;
const inputsOf = (path: string) => (parse(readFileSync(join(process.cwd(), path), 'utf8')) as { inputs: Inputs }).inputs;

describe('actions/token/action.yml', () => {
  test('its permission-* inputs are the generated catalogue, region and all (RINGFENCE_UPDATE_GENERATED=1 rewrites it)', () => {
    const text = readFileSync(ACTION, 'utf8');
    const expected = withPermissionInputs(text);
    if (process.env['RINGFENCE_UPDATE_GENERATED'] === '1') writeFileSync(ACTION, expected);
    expect(text).toBe(expected);
    const names = Object.keys(inputsOf('actions/token/action.yml')).filter((n) => n.startsWith('permission-'));
    expect(names).toEqual(PERMISSION_NAMES.map((n) => `permission-${n.replace(/_/gu, '-')}`));
  });

  test('an input named like another control\'s means the same, to the byte (the root action merges them)', () => {
    const token = inputsOf('actions/token/action.yml');
    for (const control of ['guard', 'verify']) {
      for (const [name, spec] of Object.entries(inputsOf(`actions/${control}/action.yml`))) {
        if (name in token) expect([name, token[name]]).toEqual([name, spec]);
      }
    }
  });

  test('the inputs compatible with create-github-app-token keep its names', () => {
    expect(Object.keys(inputsOf('actions/token/action.yml'))).toEqual(expect.arrayContaining(['app-id', 'client-id', 'private-key', 'owner', 'repositories', 'skip-token-revoke', 'permission-contents', 'permission-pull-requests']));
  });
});

describe('actions/token/README.md', () => {
  test('its org policy example is a valid policy', () => {
    const readme = readFileSync(join(process.cwd(), 'actions/token/README.md'), 'utf8');
    const example = /# acme\/\.github-private: ringfence\/org\.yml\n([\s\S]*?)```/u.exec(readme)?.[1];
    expect(loadTokenPolicy(example!, 'README.md').rules.map((r) => r.name)).toEqual(['triage-bot', 'docs-publisher']);
  });
});
