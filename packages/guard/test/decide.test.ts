import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { combinePolicies, defaultPolicy, loadPolicy, singleLayer } from '@ringfence/policy';
import type { LayeredPolicy } from '@ringfence/policy';
import { decide } from '../src/decide.js';
import type { GuardInput } from '../src/decide.js';
import type { FileChange } from '../src/changes.js';
import type { PrincipalFacts } from '../src/principals.js';

const external: PrincipalFacts = { login: 'eve', teams: [], isBot: false };
const writer = (login: string, extra: Partial<PrincipalFacts> = {}): PrincipalFacts => ({ login, permission: 'write', teams: [], isBot: false, ...extra });
const modified = (path: string, extra: Partial<FileChange> = {}): FileChange => ({ kind: 'modified', path, oldMode: '100644', newMode: '100644', ...extra });

function input(changes: FileChange[], overrides: Partial<GuardInput> = {}): GuardInput {
  return {
    changes: { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), mergeBaseSha: 'm'.repeat(40), changes, baseSymlinks: [] },
    policy: singleLayer(defaultPolicy()),
    policySources: [{ layer: 'repository', file: undefined, blobSha: undefined, ref: 'b'.repeat(40) }],
    author: external,
    approvals: [],
    ineligibleApprovers: [],
    ...overrides,
  };
}

const policy = (text: string): LayeredPolicy => singleLayer(loadPolicy(text, '.github/ringfence.yml'));
const codes = (i: GuardInput) => decide(i).reasons.map((r) => r.code);

describe('decide', () => {
  it('allows a change that touches only the open ring', () => {
    expect(decide(input([modified('src/app.ts')])).outcome).toBe('allowed');
  });

  it('allows an empty change', () => {
    expect(decide(input([])).outcome).toBe('allowed');
  });

  it('blocks an external change to a workflow and names ring, path and approvers', () => {
    const verdict = decide(input([modified('.github/workflows/ci.yml')]));
    expect(verdict.outcome).toBe('blocked');
    expect(verdict.reasons).toEqual([expect.objectContaining({ code: 'RING_APPROVAL_REQUIRED', ring: 'ci', paths: ['.github/workflows/ci.yml'] })]);
    expect(verdict.detail.rings[0]).toMatchObject({ ring: 'ci', approvalsRequired: 1, approvalsMissing: 1, whoCanApprove: 'anyone with write access' });
  });

  it('names a policy change with its own reason code', () => {
    expect(codes(input([modified('.github/ringfence.yml')]))).toEqual(['POLICY_FILE_CHANGED']);
  });

  it('lets a maintainer author change a default ring without approval', () => {
    expect(decide(input([modified('.github/workflows/ci.yml')], { author: writer('alice') })).outcome).toBe('allowed');
  });

  it('counts a qualified approval of the head commit', () => {
    expect(decide(input([modified('.github/workflows/ci.yml')], { approvals: [writer('alice')] })).outcome).toBe('allowed');
  });

  it('never counts the author or a commit author as an approver', () => {
    const author = writer('eve', { permission: undefined });
    expect(decide(input([modified('.github/workflows/ci.yml')], { author, approvals: [writer('eve')] })).outcome).toBe('blocked');
    expect(decide(input([modified('.github/workflows/ci.yml')], { approvals: [writer('mallory')], ineligibleApprovers: ['Mallory'] })).outcome).toBe('blocked');
  });

  it('counts distinct approvers only, ignoring login case', () => {
    const two = policy('version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n    approvals: 2\n');
    expect(decide(input([modified('release/x')], { policy: two, approvals: [writer('alice'), writer('ALICE')] })).outcome).toBe('blocked');
    expect(decide(input([modified('release/x')], { policy: two, approvals: [writer('alice'), writer('bob')] })).outcome).toBe('allowed');
  });

  it('counts a qualified author as one of the approvals a ring needs', () => {
    const two = policy('version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n    approvals: 2\n');
    expect(decide(input([modified('release/x')], { policy: two, author: writer('alice') })).outcome).toBe('blocked');
    expect(decide(input([modified('release/x')], { policy: two, author: writer('alice'), approvals: [writer('bob')] })).outcome).toBe('allowed');
  });

  it('requires named approvers where a ring names them, even from maintainers', () => {
    const named = policy('version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n    approvers: { teams: [acme/security] }\n');
    expect(decide(input([modified('release/x')], { policy: named, author: writer('alice') })).outcome).toBe('blocked');
    expect(decide(input([modified('release/x')], { policy: named, approvals: [writer('alice')] })).outcome).toBe('blocked');
    expect(decide(input([modified('release/x')], { policy: named, approvals: [writer('sec', { permission: undefined, teams: ['ACME/Security'] })] })).outcome).toBe('allowed');
  });

  it('treats a role below the trusted permission as external', () => {
    const strict = policy('version: 1\ntrusted:\n  permission: admin\n');
    expect(decide(input([modified('Makefile')], { policy: strict, author: writer('alice') })).outcome).toBe('blocked');
    expect(decide(input([modified('Makefile')], { policy: strict, author: writer('alice', { permission: 'admin' }) })).outcome).toBe('allowed');
  });

  describe('bots', () => {
    const bot: PrincipalFacts = { login: 'dependabot[bot]', permission: 'write', teams: [], isBot: true };
    const scoped = policy('version: 1\ntrusted:\n  bots:\n    - login: dependabot[bot]\n      paths: ["**/package-lock.json"]\n');

    it('are external unless listed, whatever their role', () => {
      expect(decide(input([modified('package-lock.json')], { author: bot })).outcome).toBe('blocked');
    });

    it('are trusted for the paths they are listed for', () => {
      expect(decide(input([modified('package-lock.json'), modified('a/package-lock.json')], { policy: scoped, author: bot })).outcome).toBe('allowed');
    });

    it('are external for a change that strays outside their paths', () => {
      expect(decide(input([modified('package-lock.json'), modified('package.json')], { policy: scoped, author: bot })).outcome).toBe('blocked');
    });

    it('never approve by role', () => {
      expect(decide(input([modified('Makefile')], { approvals: [bot] })).outcome).toBe('blocked');
    });
  });

  describe('fails closed on input it cannot classify', () => {
    it('blocks a change of unknown kind', () => {
      expect(codes(input([{ kind: 'unknown', path: 'src/a.ts' }]))).toContain('CHANGE_KIND_UNKNOWN');
    });

    it('blocks a path that is not a repository path', () => {
      expect(codes(input([modified('../etc/passwd')]))).toContain('INPUT_ERROR');
      expect(codes(input([modified('src/a', { kind: 'renamed', previousPath: '/abs' })]))).toContain('INPUT_ERROR');
    });

    it('blocks when there is no policy layer', () => {
      expect(codes(input([], { policy: { layers: [] } }))).toContain('POLICY_INVALID');
    });
  });

  it('puts both paths of a rename in their rings', () => {
    const verdict = decide(input([{ kind: 'renamed', path: 'docs/ci.yml', previousPath: '.github/workflows/ci.yml' }]));
    expect(verdict.detail.rings[0]?.paths).toEqual([expect.objectContaining({ path: '.github/workflows/ci.yml', via: 'previous-path' })]);
  });

  it("puts a new symlink's target in the target's ring", () => {
    const verdict = decide(input([{ kind: 'added', path: 'docs/x', newMode: '120000', symlinkTarget: '../Makefile' }]));
    expect(verdict.detail.rings[0]).toMatchObject({ ring: 'build', paths: [expect.objectContaining({ path: 'Makefile', via: 'symlink-target' })] });
  });

  it('ignores a symlink target outside the repository but keeps its own path', () => {
    const verdict = decide(input([{ kind: 'added', path: '.github/workflows/x.yml', newMode: '120000', symlinkTarget: '../../../etc/passwd' }]));
    expect(verdict.detail.rings.map((r) => r.paths.map((p) => p.path))).toEqual([['.github/workflows/x.yml']]);
  });

  it('puts the target of a protected base symlink, and what is below it, in the link ring', () => {
    const base = input([modified('ci/real/x.yml')]);
    const withLink = { ...base, changes: { ...base.changes, baseSymlinks: [{ path: '.github/workflows', target: '../ci/real' }] } };
    expect(decide(withLink).detail.rings[0]).toMatchObject({ ring: 'ci', paths: [expect.objectContaining({ path: 'ci/real/x.yml' })] });
    const toRoot = { ...base, changes: { ...base.changes, baseSymlinks: [{ path: '.github/workflows/all', target: '../..' }] } };
    expect(decide({ ...toRoot, changes: { ...toRoot.changes, changes: [modified('src/app.ts')] } }).outcome).toBe('blocked');
  });

  it('ignores base symlinks at open paths', () => {
    const base = input([modified('src/real.ts')]);
    expect(decide({ ...base, changes: { ...base.changes, baseSymlinks: [{ path: 'docs/link', target: '../src/real.ts' }] } }).outcome).toBe('allowed');
  });

  it('puts a gitlink change in the git-metadata ring even at an open path', () => {
    const verdict = decide(input([{ kind: 'modified', path: 'libs/sub', oldMode: '160000', newMode: '160000' }]));
    expect(verdict.detail.rings[0]).toMatchObject({ ring: 'build', paths: [expect.objectContaining({ via: 'submodule' })] });
  });

  it('puts a gitlink change in the first ring when no ring holds git-metadata', () => {
    const own = policy('version: 1\nextends: none\nrings:\n  - name: only\n    paths: ["x/**"]\n');
    expect(decide(input([{ kind: 'added', path: 'vendor/lib', oldMode: '000000', newMode: '160000' }], { policy: own })).detail.rings[0]?.ring).toBe('only');
  });

  describe('org and repository layers', () => {
    const org = loadPolicy('version: 1\nrings:\n  - name: org-release\n    paths: [".github/**"]\n    approvers: { teams: [acme/security] }\n', 'org.yml');
    const repo = loadPolicy('version: 1\nextends: none\nrings:\n  - name: greedy\n    paths: ["**"]\n    approvers: { users: [sam] }\n', '.github/ringfence.yml');

    it('a repository ring placed first cannot capture a path away from the org ring', () => {
      const layered = combinePolicies(org, repo);
      const verdict = decide(input([modified('.github/workflows/ci.yml')], { policy: layered, approvals: [writer('sam', { permission: undefined })] }));
      expect(verdict.outcome).toBe('blocked');
      expect(verdict.detail.rings.map((r) => [r.layer, r.ring, r.satisfied])).toEqual([
        ['org', 'org-release', false],
        ['repository', 'greedy', true],
      ]);
    });

    it('a maintainer must be trusted by every layer', () => {
      const strictOrg = loadPolicy('version: 1\ntrusted: { permission: admin }\n', 'org.yml');
      const layered = combinePolicies(strictOrg, loadPolicy('version: 1\ntrusted: { permission: admin }\n', '.github/ringfence.yml'));
      expect(decide(input([modified('Makefile')], { policy: layered, author: writer('alice') })).detail.author.maintainer).toBe(false);
    });
  });

  it('records the inputs it decided from', () => {
    const verdict = decide(input([modified('src/a')], { approvals: [writer('alice')] }));
    expect(verdict.inputs).toMatchObject({ headSha: 'h'.repeat(40), mergeBaseSha: 'm'.repeat(40), approvers: ['alice'], changedFiles: 1 });
    expect(verdict).toMatchObject({ version: 1, control: 'guard' });
  });

  it('never turns blocked into allowed by adding unrelated changes', () => {
    const openPath = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/u), { minLength: 1, maxLength: 3 }).map((parts) => `src/${parts.join('/')}.ts`);
    fc.assert(
      fc.property(fc.array(openPath, { maxLength: 20 }), fc.constantFrom('.github/workflows/ci.yml', 'package.json', '.github/ringfence.yml', 'Makefile'), (extra, protectedPath) => {
        const verdict = decide(input([modified(protectedPath), ...extra.map((p) => modified(p))]));
        return verdict.outcome === 'blocked';
      }),
    );
  });
});

describe('decide: an author who is not provably the sole author is external', () => {
  it('a maintainer listed by name is external when authorTrusted is false', () => {
    const named = policy('version: 1\ntrusted:\n  permission: admin\n  users: [alice]\n');
    const author: PrincipalFacts = { login: 'alice', teams: [], isBot: false };
    expect(decide(input([modified('.github/workflows/ci.yml')], { policy: named, author })).outcome).toBe('allowed');
    expect(decide(input([modified('.github/workflows/ci.yml')], { policy: named, author, authorTrusted: false })).outcome).toBe('blocked');
  });
});
