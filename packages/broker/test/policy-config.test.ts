import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadBrokerConfig } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/broker');
const load = (name: string) => loadBrokerConfig(readFileSync(join(FIXTURES, name)), join(FIXTURES, name));

describe('where the broker reads the org policy', () => {
  it('reads a policy repository as owner, name, path and branch, with its staleness bound', () => {
    expect(load('valid/repository-policy.yml').policy).toEqual({ kind: 'repository', owner: 'acme', repo: 'policy', path: 'ringfence/org.yml', ref: 'main', hostRepositoryId: '100001', refreshSeconds: 60, maxStaleSeconds: 300 });
  });

  it('defaults the branch to main and the staleness bound to five minutes', () => {
    const text = readFileSync(join(FIXTURES, 'valid/repository-policy.yml'), 'utf8').replace('  ref: main\n', '').replace('  max_stale_seconds: 300\n', '');
    expect(loadBrokerConfig(text, 'broker.yml').policy).toMatchObject({ ref: 'main', maxStaleSeconds: 300 });
  });

  it('keeps the file form, its path resolved against the configuration', () => {
    expect(load('valid/broker.yml').policy).toEqual({ kind: 'file', file: join(FIXTURES, 'org-policy.yml'), hostRepositoryId: '100001', defaultBranch: 'main', refreshSeconds: 60 });
  });

  it('accepts max_stale_seconds 0 (refuse at the first failed read)', () => {
    const text = readFileSync(join(FIXTURES, 'valid/repository-policy.yml'), 'utf8').replace('max_stale_seconds: 300', 'max_stale_seconds: 0');
    expect(loadBrokerConfig(text, 'broker.yml').policy).toMatchObject({ maxStaleSeconds: 0 });
  });
});
