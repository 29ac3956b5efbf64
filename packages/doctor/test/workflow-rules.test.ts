import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diagnoseRepository } from '../src/diagnose.js';
import { isFullCommitSha, parseRingfenceUse } from '../src/ringfence-use.js';
import { EXPECTED, GOOD_CALLER, withWorkflows } from './facts-builder.js';

const SHA = 'b'.repeat(40);
const CALLER = '.github/workflows/ringfence-guard.yml';
const TYPES = 'types: [opened, synchronize, reopened, edited]';
// Files named action.yml or action.yaml are local actions' metadata; any other is a workflow.
const findings = (files: Record<string, string>) => {
  const isWorkflow = ([path]: [string, string]) => !/(?:^|\/)action\.ya?ml$/u.test(path);
  const actions = Object.entries(files).filter((entry) => !isWorkflow(entry)).map(([path, text]) => ({ directory: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', path, text }));
  const facts = withWorkflows(Object.fromEntries(Object.entries(files).filter(isWorkflow)), { localActions: { known: true, value: actions } });
  return diagnoseRepository(facts, EXPECTED).findings.map((f) => `${f.code} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''}`);
};

// A guard run as a step, so each row can change one line of it.
const stepGuard = (lines: { on?: string; jobIf?: string; permissions?: string; extraStep?: string; uses?: string } = {}) => `name: guard
on:
${lines.on ?? `  pull_request_target:\n    ${TYPES}`}
permissions: {}
jobs:
  guard:
    runs-on: ubuntu-latest
${lines.jobIf ?? ''}    permissions:
${lines.permissions ?? '      contents: read'}
    steps:
${lines.extraStep ?? ''}      - uses: ${lines.uses ?? `acme/ringfence/actions/guard@${SHA}`}
        with:
          app-token: x
`;

describe('workflow rules name the file, line and column', () => {
  it('the caller init writes, and a guard run as a step, pass', () => {
    expect(findings({ [CALLER]: GOOD_CALLER })).toEqual([]);
    expect(findings({ [CALLER]: stepGuard() })).toEqual([]);
  });

  it('a job that reads the guard App key outside an environment is GUARD_KEY_OUTSIDE_ENVIRONMENT', () => {
    const explicitKey = GOOD_CALLER.replace(/    # The reusable.*\n    secrets: inherit\n/u, '    secrets:\n      app-private-key: ${{ secrets.RINGFENCE_GUARD_APP_KEY }}\n');
    expect(findings({ [CALLER]: explicitKey })).toEqual([`GUARD_KEY_OUTSIDE_ENVIRONMENT ${CALLER}:9:3`]);
    const keyStep = stepGuard({ extraStep: '      - run: echo start\n        env:\n          KEY: ${{ secrets.RINGFENCE_GUARD_APP_KEY }}\n' });
    expect(findings({ [CALLER]: keyStep })).toEqual([`GUARD_KEY_OUTSIDE_ENVIRONMENT ${CALLER}:7:3`]);
    expect(findings({ [CALLER]: keyStep.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    environment: ringfence-guard\n') })).toEqual([]);
    expect(findings({ [CALLER]: keyStep.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    environment: { name: ringfence-guard }\n') })).toEqual([]);
    // Only ringfence-guard's deployment branches are read from the API; any other environment may let every branch in.
    expect(findings({ [CALLER]: keyStep.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    environment: staging\n') })).toEqual([`GUARD_KEY_OUTSIDE_ENVIRONMENT ${CALLER}:7:3`]);
    // Any workflow, not only the guard's: a push workflow that prints the key is the attack.
    const leak = 'on: push\npermissions: {}\njobs:\n  leak:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ secrets[\'RINGFENCE_GUARD_APP_KEY\'] }}"\n';
    expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/leak.yml': leak })).toEqual(['GUARD_KEY_OUTSIDE_ENVIRONMENT .github/workflows/leak.yml:4:3']);
  });

  it('the root action with control: guard counts as the guard', () => {
    expect(findings({ [CALLER]: stepGuard({ uses: `ringfence/ringfence@${SHA}\n        with:\n          control: guard\n        id: g` }).replace(/        with:\n          app-token: x\n/u, '') })).toEqual([]);
  });

  it.each([
    ['a tag', 'ringfence/ringfence/actions/guard@v1', `RINGFENCE_NOT_PINNED ${CALLER}:12:15`],
    ['a branch', 'ringfence/ringfence/actions/guard@main', `RINGFENCE_NOT_PINNED ${CALLER}:12:15`],
    ['a short SHA', 'ringfence/ringfence/actions/guard@bbbbbbb', `RINGFENCE_NOT_PINNED ${CALLER}:12:15`],
  ])('ringfence pinned by %s is RINGFENCE_NOT_PINNED', (_what, uses, expected) => {
    expect(findings({ [CALLER]: stepGuard({ uses }) })).toEqual([expected]);
  });

  it('an unpinned reusable guard workflow is RINGFENCE_NOT_PINNED at its uses: line', () => {
    expect(findings({ [CALLER]: GOOD_CALLER.replace(`@${'a'.repeat(40)}`, '@v1') })).toEqual([`RINGFENCE_NOT_PINNED ${CALLER}:10:11`]);
  });

  it('no workflow runs the guard: GUARD_WORKFLOW_MISSING', () => {
    expect(findings({ '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  ci:\n    runs-on: x\n    steps:\n      - run: make\n' })).toEqual(['GUARD_WORKFLOW_MISSING ::']);
  });

  it('a guard job with if: is GUARD_JOB_CONDITIONAL', () => {
    expect(findings({ [CALLER]: stepGuard({ jobIf: "    if: github.actor != 'dependabot[bot]'\n" }) })).toEqual([`GUARD_JOB_CONDITIONAL ${CALLER}:9:5`]);
  });

  it.each(['paths', 'paths-ignore', 'branches', 'branches-ignore'])('a guard trigger with %s is GUARD_TRIGGER_FILTERED', (filter) => {
    expect(findings({ [CALLER]: stepGuard({ on: `  pull_request_target:\n    ${filter}: ['src/**']\n    ${TYPES}` }) })).toEqual([`GUARD_TRIGGER_FILTERED ${CALLER}:4:5`]);
  });

  it.each([
    ['the default types (no edited: a retarget to another base runs no guard)', '  pull_request_target:', `GUARD_TRIGGER_TYPES ${CALLER}:3:3`],
    ['the default types, written as a bare event name', '  - pull_request_target', `GUARD_TRIGGER_TYPES ${CALLER}:2:1`],
    ['a mapping without types', "  pull_request_target:\n    branches-ignore: []", `GUARD_TRIGGER_FILTERED ${CALLER}:4:5|GUARD_TRIGGER_TYPES ${CALLER}:3:3`],
    ['types: [opened] only', '  pull_request_target:\n    types: [opened]', `GUARD_TRIGGER_TYPES ${CALLER}:4:5`],
    ['types: opened, synchronize, reopened (edited missing)', '  pull_request_target:\n    types: [opened, synchronize, reopened]', `GUARD_TRIGGER_TYPES ${CALLER}:4:5`],
    ['types as one string', '  pull_request_target:\n    types: edited', `GUARD_TRIGGER_TYPES ${CALLER}:4:5`],
    ['types that are not a list of names', '  pull_request_target:\n    types: { opened: true }', `GUARD_TRIGGER_TYPES ${CALLER}:4:5`],
  ])('a guard trigger with %s is GUARD_TRIGGER_TYPES', (_what, on, expected) => {
    expect(findings({ [CALLER]: stepGuard({ on }) })).toEqual(expected.split('|'));
  });

  it('the trigger types name what is missing and the types init writes; extra types are fine', () => {
    const [only] = diagnoseRepository(withWorkflows({ [CALLER]: stepGuard({ on: '  pull_request_target:\n    types: [opened]' }) }), EXPECTED).findings;
    expect(only!.message).toContain('missing synchronize, reopened, edited');
    expect(only!.fix).toContain('types: [opened, synchronize, reopened, edited]');
    expect(findings({ [CALLER]: stepGuard({ on: `  pull_request_target:\n    types: [edited, reopened, labeled, synchronize, opened]` }) })).toEqual([]);
  });

  it('a guard on pull_request (not pull_request_target) is GUARD_NOT_PULL_REQUEST_TARGET, twice: missing trigger and wrong trigger', () => {
    expect(findings({ [CALLER]: stepGuard({ on: '  pull_request:' }) })).toEqual([`GUARD_NOT_PULL_REQUEST_TARGET ${CALLER}:2:1`, `GUARD_NOT_PULL_REQUEST_TARGET ${CALLER}:3:3`]);
  });

  it('a guard job that can write is GUARD_JOB_PERMISSIONS', () => {
    expect(findings({ [CALLER]: stepGuard({ permissions: '      contents: write' }) })).toEqual([`GUARD_JOB_PERMISSIONS ${CALLER}:9:5`]);
  });

  it.each([
    ['ref: the head SHA', '          ref: ${{ github.event.pull_request.head.sha }}', 14, 16],
    ['ref: the head ref', '          ref: ${{ github.head_ref }}', 14, 16],
    ['ref: refs/pull/N/merge', '          ref: refs/pull/${{ github.event.number }}/merge', 14, 16],
    ['repository: the fork', '          repository: ${{ github.event.pull_request.head.repo.full_name }}', 14, 23],
  ])('pull_request_target with actions/checkout %s is PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', (_what, input, line, column) => {
    const extraStep = `      - uses: actions/checkout@${SHA}\n        with:\n${input}\n`;
    expect(findings({ [CALLER]: stepGuard({ extraStep }) })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${CALLER}:${line}:${column}`]);
  });

  it('pull_request_target with gh pr checkout in a run: step is PULL_REQUEST_TARGET_CHECKS_OUT_HEAD', () => {
    expect(findings({ [CALLER]: stepGuard({ extraStep: '      - run: gh pr checkout ${{ github.event.number }}\n' }) })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${CALLER}:12:14`]);
  });

  describe('what a pull_request_target run reaches through local reusable workflows and local actions', () => {
    const CHECKOUT_HEAD = `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n`;
    const composite = (steps: string) => `name: setup\nruns:\n  using: composite\n  steps:\n${steps}`;
    const SETUP = '.github/actions/setup/action.yml';
    const usesSetup = stepGuard({ extraStep: '      - uses: ./.github/actions/setup\n' });

    it("a local reusable workflow's checkout of the head is found in the called file", () => {
      const called = `on: workflow_call\npermissions: {}\njobs:\n  build:\n    runs-on: x\n    steps:\n${CHECKOUT_HEAD}`;
      const caller = `on:\n  pull_request_target:\n    ${TYPES}\npermissions: {}\njobs:\n  build:\n    uses: ./.github/workflows/build.yml\n`;
      expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/pr.yml': caller, '.github/workflows/build.yml': called })).toEqual(['PULL_REQUEST_TARGET_CHECKS_OUT_HEAD .github/workflows/build.yml:9:16']);
      // Called from a pull_request workflow only, the same file is fine.
      expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/pr.yml': caller.replace('pull_request_target:', 'pull_request:'), '.github/workflows/build.yml': called })).toEqual([]);
    });

    it("a local composite action's checkout of the head, and a nested one's gh pr checkout, are found in the action files", () => {
      expect(findings({ [CALLER]: usesSetup, [SETUP]: composite(`    - uses: actions/checkout@${SHA}\n      with:\n        ref: \${{ github.head_ref }}\n`) })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${SETUP}:7:14`]);
      const nested = { [CALLER]: usesSetup, [SETUP]: composite('    - uses: ./.github/actions/fetch\n'), '.github/actions/fetch/action.yaml': composite('    - run: gh pr checkout 1\n      shell: bash\n') };
      expect(findings(nested)).toEqual(['PULL_REQUEST_TARGET_CHECKS_OUT_HEAD .github/actions/fetch/action.yaml:5:12']);
    });

    it('the same action under pull_request, a JavaScript local action, and actions that use each other are fine (and end)', () => {
      const checkoutHead = composite(`    - uses: actions/checkout@${SHA}\n      with:\n        ref: \${{ github.head_ref }}\n`);
      const ci = `on: pull_request\npermissions: {}\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/setup\n`;
      expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/ci.yml': ci, [SETUP]: checkoutHead })).toEqual([]);
      expect(findings({ [CALLER]: usesSetup, [SETUP]: 'runs:\n  using: node20\n  main: index.js\n' })).toEqual([]);
      const loop = { [CALLER]: usesSetup, [SETUP]: composite('    - uses: ./.github/actions/other\n'), '.github/actions/other/action.yml': composite('    - uses: ./.github/actions/setup\n') };
      expect(findings(loop)).toEqual([]);
    });

    it('a head ref passed as an input is followed: into a composite action, through a nested one, and into a local reusable workflow', () => {
      const withHead = stepGuard({ extraStep: '      - uses: ./.github/actions/setup\n        with:\n          sha: ${{ github.event.pull_request.head.sha }}\n' });
      const checkoutInput = (name: string) => composite(`    - uses: actions/checkout@${SHA}\n      with:\n        ref: \${{ inputs.${name} }}\n`);
      expect(findings({ [CALLER]: withHead, [SETUP]: checkoutInput('sha') })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${SETUP}:7:14`]);
      expect(findings({ [CALLER]: withHead, [SETUP]: checkoutInput('SHA') })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${SETUP}:7:14`]);
      // An input the caller sets to something else is not the head.
      expect(findings({ [CALLER]: withHead, [SETUP]: checkoutInput('other') })).toEqual([]);
      const passOn = composite("    - uses: ./.github/actions/fetch\n      with:\n        commit: ${{ inputs['sha'] }}\n");
      const fetch = composite('    - run: git fetch origin ${{ inputs.commit }}\n      shell: bash\n');
      expect(findings({ [CALLER]: withHead, [SETUP]: passOn, '.github/actions/fetch/action.yml': fetch })).toEqual(['PULL_REQUEST_TARGET_CHECKS_OUT_HEAD .github/actions/fetch/action.yml:5:12']);
      const called = `on:\n  workflow_call:\n    inputs: { ref: { type: string } }\npermissions: {}\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ inputs.ref }}\n`;
      const caller = `on:\n  pull_request_target:\n    ${TYPES}\npermissions: {}\njobs:\n  build:\n    uses: ./.github/workflows/build.yml\n    with:\n      ref: \${{ github.head_ref }}\n`;
      expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/pr.yml': caller, '.github/workflows/build.yml': called })).toEqual(['PULL_REQUEST_TARGET_CHECKS_OUT_HEAD .github/workflows/build.yml:11:16']);
      // The same action used twice, once with the head and once without, is judged for each.
      const twice = stepGuard({ extraStep: '      - uses: ./.github/actions/setup\n        with:\n          sha: main\n      - uses: ./.github/actions/setup\n        with:\n          sha: ${{ github.head_ref }}\n' });
      expect(findings({ [CALLER]: twice, [SETUP]: checkoutInput('sha') })).toEqual([`PULL_REQUEST_TARGET_CHECKS_OUT_HEAD ${SETUP}:7:14`]);
    });

    it("the runner's .\\ spelling, a metadata file that does not parse, and one that is a link are PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED", () => {
      expect(findings({ [CALLER]: stepGuard({ extraStep: '      - uses: .\\.github\\actions\\setup\n' }) })).toEqual([`PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED ${CALLER}:12:15`]);
      expect(findings({ [CALLER]: usesSetup, [SETUP]: 'runs:\n  using: composite\n  steps: {}\n' })).toEqual([`PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED ${CALLER}:12:15`]);
      const linked = diagnoseRepository(withWorkflows({ [CALLER]: usesSetup }, { localActions: { known: true, value: [{ directory: '.github/actions/setup', missing: 'action.yml is a symbolic link' }] } }), EXPECTED).findings;
      expect(linked.map((f) => [f.code, f.message])).toEqual([['PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED', expect.stringContaining('(action.yml is a symbolic link)')]]);
    });

    it('a local action doctor cannot read is PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED at its uses:, never a pass', () => {
      expect(findings({ [CALLER]: usesSetup })).toEqual([`PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED ${CALLER}:12:15`]);
      expect(findings({ [CALLER]: stepGuard({ extraStep: '      - uses: ./../outside\n' }) })).toEqual([`PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED ${CALLER}:12:15`]);
      const unread = diagnoseRepository(withWorkflows({ [CALLER]: usesSetup }, { localActions: { known: false, reason: 'HTTP 500' } }), EXPECTED).findings;
      expect(unread.map((f) => [f.code, f.severity, f.message])).toEqual([['LOCAL_ACTIONS_UNREADABLE', 'error', 'the local actions the workflows use could not be read: HTTP 500']]);
    });
  });

  it('checking out the base under pull_request_target, or the head under pull_request, is fine', () => {
    expect(findings({ [CALLER]: stepGuard({ extraStep: `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.repository.default_branch }}\n` }) })).toEqual([]);
    const ci = `on: pull_request\npermissions: {}\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n`;
    expect(findings({ [CALLER]: GOOD_CALLER, '.github/workflows/ci.yml': ci })).toEqual([]);
  });

  it('permissions: write-all, no top-level permissions, and write at the top level', () => {
    const ci = (top: string, job = '') => `on: push\n${top}jobs:\n  t:\n    runs-on: x\n${job}    steps:\n      - run: make\n`;
    expect(findings({ [CALLER]: GOOD_CALLER, 'ci.yml': ci('permissions: write-all\n') })).toEqual(['WORKFLOW_PERMISSIONS_WRITE_ALL ci.yml:2:1']);
    expect(findings({ [CALLER]: GOOD_CALLER, 'ci.yml': ci('permissions: {}\n', '    permissions: write-all\n') })).toEqual(['WORKFLOW_PERMISSIONS_WRITE_ALL ci.yml:6:5']);
    expect(findings({ [CALLER]: GOOD_CALLER, 'ci.yml': ci('') })).toEqual(['WORKFLOW_PERMISSIONS_UNSET ci.yml:1:1']);
    expect(findings({ [CALLER]: GOOD_CALLER, 'ci.yml': ci('', '    permissions: { contents: read }\n') })).toEqual([]);
    expect(findings({ [CALLER]: GOOD_CALLER, 'ci.yml': ci('permissions:\n  contents: write\n') })).toEqual(['WORKFLOW_PERMISSIONS_BROAD ci.yml:2:1']);
  });

  it('a workflow that does not parse is WORKFLOW_UNPARSABLE at the problem', () => {
    expect(findings({ [CALLER]: GOOD_CALLER, 'bad.yml': 'on: push\njobs:\n  a: [\n' })[0]).toMatch(/^WORKFLOW_UNPARSABLE bad\.yml:\d+:\d+$/u);
  });

  it('warnings (unset permissions) leave the outcome ok; errors fail it', () => {
    expect(diagnoseRepository(withWorkflows({ [CALLER]: GOOD_CALLER, 'ci.yml': 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make\n' }), EXPECTED).outcome).toBe('ok');
    expect(diagnoseRepository(withWorkflows({ [CALLER]: stepGuard({ uses: 'ringfence/ringfence/actions/guard@v1' }) }), EXPECTED).outcome).toBe('failed');
  });
});

describe('ringfence references', () => {
  it('are recognised for any owner, at any path, and only full SHAs count as pinned', () => {
    expect(parseRingfenceUse('acme/ringfence/actions/guard@v1')).toEqual({ repository: 'acme/ringfence', path: 'actions/guard', ref: 'v1' });
    expect(parseRingfenceUse('ringfence/ringfence@abc')).toEqual({ repository: 'ringfence/ringfence', path: '', ref: 'abc' });
    expect(parseRingfenceUse('actions/checkout@v5')).toBeUndefined();
    expect(parseRingfenceUse('acme/ringfence-fork/actions/guard@v1')).toBeUndefined();
    expect(isFullCommitSha('A'.repeat(40))).toBe(false);
  });

  it('property: a ref is pinned exactly when it is 40 or 64 lowercase hex digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (ref) => {
        expect(isFullCommitSha(ref)).toBe(/^[0-9a-f]+$/u.test(ref) && (ref.length === 40 || ref.length === 64));
      }),
    );
  });

  it('property: any owner/ringfence/path@ref is parsed back to its parts', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/u);
    fc.assert(
      fc.property(segment, fc.array(segment, { maxLength: 3 }), fc.stringMatching(/^[A-Za-z0-9_./-]{1,20}$/u), (owner, path, ref) => {
        const uses = `${owner}/ringfence${path.length > 0 ? `/${path.join('/')}` : ''}@${ref}`;
        expect(parseRingfenceUse(uses)).toEqual({ repository: `${owner}/ringfence`, path: path.join('/'), ref });
      }),
    );
  });
});

describe('reusable guard workflows', () => {
  const reusable = `on:\n  workflow_call:\njobs:\n  guard:\n    runs-on: x\n    permissions:\n      contents: read\n    steps:\n      - uses: ringfence/ringfence/actions/guard@${SHA}\n`;
  const localCaller = `on:\n  pull_request_target:\n    ${TYPES}\npermissions: {}\njobs:\n  guard:\n    uses: ./.github/workflows/guard.yml\n    permissions:\n      contents: read\n`;

  it('a reusable workflow alone is not a guard run (its caller is missing)', () => {
    expect(findings({ '.github/workflows/guard.yml': reusable })).toEqual(['GUARD_WORKFLOW_MISSING ::']);
  });

  it("a local caller of a reusable guard workflow is the guard job, checked by the caller's triggers", () => {
    expect(findings({ '.github/workflows/guard.yml': reusable, [CALLER]: localCaller })).toEqual([]);
    expect(findings({ '.github/workflows/guard.yml': reusable, [CALLER]: localCaller.replace('pull_request_target:', 'pull_request:') })).toEqual([`GUARD_NOT_PULL_REQUEST_TARGET ${CALLER}:1:1`, `GUARD_NOT_PULL_REQUEST_TARGET ${CALLER}:2:3`]);
  });
});

describe("ringfence's own workflows", () => {
  it('run the guard from the base branch; the reusable workflows name their action by tag until a release pins it', async () => {
    const { existsSync, readdirSync, readFileSync } = await import('node:fs');
    const dir = '.github/workflows';
    const actions = ['action.yml', ...readdirSync('actions').map((name) => `actions/${name}/action.yml`)].filter((path) => existsSync(path));
    const files = Object.fromEntries([...readdirSync(dir).map((name) => `${dir}/${name}`), ...actions].map((path) => [path, readFileSync(path, 'utf8')]));
    // A reusable workflow cannot name its own commit; the release replaces the tag with the SHA it is cut from.
    const reusable = ['guard.yml', 'provenance-build.yml', 'provenance-sign.yml'].map((name) => `RINGFENCE_NOT_PINNED ${dir}/${name}:`);
    const unpinned = findings(files).filter((f) => f.startsWith('RINGFENCE_NOT_PINNED'));
    expect(unpinned.map((f) => f.replace(/:\d+:\d+$/u, ':')).sort()).toEqual([...reusable].sort());
    expect(findings(files).filter((f) => !reusable.some((prefix) => f.startsWith(prefix)))).toEqual([]);
  });
});

describe('hostile workflow files', () => {
  // A mapping with neither `on` nor `jobs` is not run by GitHub, so it is not a finding.
  it.each(['on: [', 'jobs: 7', '- a\n- b', '', 'on: push\non: push\n', ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${`*${String.fromCharCode(97 + i)}, `.repeat(3)}]`)].join('\n')])('%j is WORKFLOW_UNPARSABLE (never passed over)', (text) => {
    expect(diagnoseRepository(withWorkflows({ [CALLER]: GOOD_CALLER, 'other.yml': text }), EXPECTED).findings.map((f) => f.code)).toContain('WORKFLOW_UNPARSABLE');
  });

  it('property: any text beside the caller never throws, and a file that is not a workflow is a finding', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('on: [', 'jobs: 7', '- a\n- b', 'on: pull_request_target\njobs:\n  x: [', '&a [*a, *a]', '')), (text) => {
        const report = diagnoseRepository(withWorkflows({ [CALLER]: GOOD_CALLER, 'other.yml': text }), EXPECTED);
        for (const f of report.findings) expect(f.code === 'WORKFLOW_UNPARSABLE' ? f.file : 'other.yml').toBe('other.yml');
      }),
    );
  });
});
