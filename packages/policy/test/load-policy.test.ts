import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadPolicy } from '../src/load-policy.js';
import { PolicyError } from '../src/errors.js';
import { MAX_POLICY_BYTES } from '../src/parse-yaml.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/policies');
const EXPECT = /^# expect: ([A-Z_]+) (\d+):(\d+)/mu;

function loadError(input: Uint8Array | string, file = 'ringfence.yml'): PolicyError {
  try {
    loadPolicy(input, file);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected the policy to be refused');
}

describe('valid policies load', () => {
  const files = readdirSync(join(FIXTURES, 'valid')).filter((f) => /\.ya?ml$/u.test(f));
  it('has fixtures', () => expect(files.length).toBeGreaterThan(3));
  it.each(files)('%s', (file) => {
    const policy = loadPolicy(readFileSync(join(FIXTURES, 'valid', file)), file);
    expect(policy.rings.length).toBeGreaterThan(0);
  });
});

describe('invalid policies are refused with a code and a position', () => {
  const files = readdirSync(join(FIXTURES, 'invalid')).filter((f) => /\.ya?ml$/u.test(f));
  it('has at least 50 fixtures', () => expect(files.length).toBeGreaterThanOrEqual(50));
  it.each(files)('%s', (file) => {
    const bytes = readFileSync(join(FIXTURES, 'invalid', file));
    const header = EXPECT.exec(bytes.toString('latin1'));
    expect(header).not.toBeNull();
    const [, code, line, column] = header!;
    const error = loadError(bytes, file);
    const problem = error.problems.find((p) => p.code === code);
    expect({ code: problem?.code, line: problem?.line, column: problem?.column, all: error.problems.map((p) => p.code) }).toMatchObject({ code, line: Number(line), column: Number(column) });
    expect(error.message).toContain(file);
  });
});

describe('limits that need no fixture file', () => {
  it('refuses a file over 1 MiB before parsing it', () => {
    const error = loadError(`version: 1\n#${'x'.repeat(MAX_POLICY_BYTES)}\n`);
    expect(error.code).toBe('POLICY_TOO_LARGE');
  });

  it('refuses an alias bomb', () => {
    const lines = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    expect(loadError(lines.join('\n')).code).toBe('POLICY_ALIAS_LIMIT');
  });

  it('names the line and column of an invalid UTF-8 byte', () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nrings:\n  - name: x\n    paths: ["'), Buffer.from([0xff]), Buffer.from('"]\n')]);
    const error = loadError(bytes);
    expect(error.problems[0]).toMatchObject({ code: 'POLICY_ENCODING', line: 4, column: 14 });
  });

  it('suggests the key that was meant', () => {
    const error = loadError('version: 1\nrigns: []\n');
    expect(error.problems[0]).toMatchObject({ code: 'POLICY_UNKNOWN_KEY', line: 2, column: 1, suggestion: 'rings' });
  });

  it('suggests the preset that was meant', () => {
    const error = loadError('version: 1\nrings:\n  - name: deps\n    presets: [npn]\n');
    expect(error.problems[0]).toMatchObject({ code: 'POLICY_UNKNOWN_PRESET', line: 4, column: 15, suggestion: 'npm' });
  });

  it('reports every problem at once', () => {
    const error = loadError('version: 1\nrings:\n  - name: a\n    paths: ["/x"]\n  - name: a\n    paths: ["y/"]\n');
    expect(error.problems.map((p) => p.code).sort()).toEqual(['POLICY_DUPLICATE_RING', 'POLICY_INVALID_GLOB', 'POLICY_INVALID_GLOB']);
  });
});

describe('ring semantics', () => {
  it('puts the policy file in the first ring whatever the policy says', () => {
    const policy = loadPolicy('version: 1\nextends: none\nrings:\n  - name: docs\n    paths: ["docs/**"]\n', 'p.yml');
    expect(policy.rings[0]!.rules.some((r) => r.glob === '.github/ringfence.yml')).toBe(true);
  });

  it('still protects the policy file when no ring is defined', () => {
    const policy = loadPolicy('version: 1\nextends: none\n', 'p.yml');
    expect(policy.rings.map((r) => r.name)).toEqual(['ringfence-policy']);
  });

  it('appends the built-in rings after the repository rings with extends: default', () => {
    const policy = loadPolicy('version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n', 'p.yml');
    expect(policy.rings.map((r) => r.name)).toEqual(['release', 'ci', 'build']);
  });

  it('refuses a repository ring named like a built-in one unless extends: none', () => {
    expect(loadError('version: 1\nrings:\n  - name: ci\n    paths: ["x/**"]\n').code).toBe('POLICY_RESERVED_RING');
    expect(loadPolicy('version: 1\nextends: none\nrings:\n  - name: ci\n    paths: ["x/**"]\n', 'p.yml').rings[0]!.name).toBe('ci');
  });

  it('defaults a ring to one approval from the trusted set', () => {
    const policy = loadPolicy('version: 1\ntrusted:\n  users: [alice]\n  permission: maintain\nrings:\n  - name: ops\n    paths: ["ops/**"]\n', 'p.yml');
    expect(policy.rings[0]).toMatchObject({ approvals: 1, approvers: { users: ['alice'], permission: 'maintain', teams: [], isTrustedSet: true } });
  });

  it('lets named approvers replace the trusted set for a ring', () => {
    const policy = loadPolicy('version: 1\nrings:\n  - name: ops\n    paths: ["ops/**"]\n    approvals: 2\n    approvers: { teams: [acme/security] }\n', 'p.yml');
    expect(policy.rings[0]).toMatchObject({ approvals: 2, approvers: { users: [], teams: ['acme/security'], permission: undefined, isTrustedSet: false } });
  });

  it('sends discovered files to the ring naming the discovered preset, else the github-actions ring', () => {
    expect(loadPolicy('version: 1\nextends: none\nrings:\n  - name: a\n    paths: [a]\n  - name: b\n    presets: [discovered]\n', 'p.yml').discoveredRing).toBe(1);
    expect(loadPolicy('version: 1\nextends: none\nrings:\n  - name: a\n    paths: [a]\n  - name: b\n    presets: [github-actions]\n', 'p.yml').discoveredRing).toBe(1);
    expect(loadPolicy('version: 1\nextends: none\nrings:\n  - name: a\n    paths: [a]\n', 'p.yml').discoveredRing).toBe(0);
  });
});
