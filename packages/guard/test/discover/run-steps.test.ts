import { describe, expect, it } from '@jest/globals';
import { CI, MISSING, discover } from './discover-helpers.js';
import { lines } from './memory-reader.js';

// One job `j` with one step named `s` whose `run: |` script starts on line 6.
function oneStep(script: string, extra: Record<string, string> = {}): Record<string, string> {
  return { [CI]: lines('jobs:', '  j:', '    steps:', '      - name: s', '        run: |', ...script.split('\n').map((l) => `          ${l}`)), ...extra };
}

describe('files named by run: steps', () => {
  it('finds scripts, interpreters, makefiles, Dockerfiles and sourced files with the line that names them', async () => {
    const result = await discover({
      [CI]: lines(
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - name: Run tests',
        '        run: |',
        '          ./scripts/test.sh',
        '          bash scripts/lint.sh && python3 tools/gen.py',
        '      - run: make -f build/release.mk && docker build -f docker/Dockerfile.ci .',
        '      - run: source ci/env.sh',
      ),
      'scripts/test.sh': '',
      'scripts/lint.sh': '',
      'tools/gen.py': '',
      'build/release.mk': '',
      'ci/env.sh': 'export X=1\n./ci/from-env.sh\n',
    });
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      ['scripts/test.sh', `${CI}:9 (job build, step 'Run tests')`],
      ['scripts/lint.sh', `${CI}:10 (job build, step 'Run tests')`],
      ['tools/gen.py', `${CI}:10 (job build, step 'Run tests')`],
      ['build/release.mk', `${CI}:11 (job build, step 3)`],
      ['docker/Dockerfile.ci', `${CI}:11 (job build, step 3)${MISSING}`],
      ['ci/env.sh', `${CI}:12 (job build, step 4)`],
      ['ci/from-env.sh', `${CI}:12 (job build, step 4) via ci/env.sh:2${MISSING}`],
    ]);
  });

  it.each([
    ['./x', 'x'],
    ['tools/x.sh --flag', 'tools/x.sh'],
    ['sh tools/x', 'tools/x'],
    ['zsh tools/x.zsh', 'tools/x.zsh'],
    ['python tools/x.py', 'tools/x.py'],
    ['node tools/x.js', 'tools/x.js'],
    ['pwsh -File tools/x.ps1', 'tools/x.ps1'],
    ['powershell -File tools/x.ps1', 'tools/x.ps1'],
    ['ruby tools/x.rb', 'tools/x.rb'],
    ['perl tools/x.pl', 'tools/x.pl'],
    ['deno run -A tools/x.ts', 'tools/x.ts'],
    ['. tools/x.sh', 'tools/x.sh'],
    ['env VAR=x ./tools/x.sh', 'tools/x.sh'],
    ['sudo ./tools/x.sh', 'tools/x.sh'],
    ['time ./tools/x.sh', 'tools/x.sh'],
    ['echo a | ./tools/x.sh', 'tools/x.sh'],
    ['true; ./tools/x.sh', 'tools/x.sh'],
    ['false || ./tools/x.sh', 'tools/x.sh'],
    ['docker build services/api', 'services/api/Dockerfile'],
    ['cd tools && ./x.sh', 'tools/x.sh'],
  ])('%j runs %j', async (script, path) => {
    const result = await discover(oneStep(script, { [path]: '' }));
    expect(result).toEqual({ files: [[path, `${CI}:6 (job j, step 's')`]], warnings: [] });
  });

  it('reads a line of a multi-line script at its own source line', async () => {
    const result = await discover(oneStep('echo start\n\n./later.sh', { 'later.sh': '' }));
    expect(result.files).toEqual([['later.sh', `${CI}:8 (job j, step 's')`]]);
  });

  it('lists a file run from two steps once, with the first origin', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: ./x.sh', '      - run: ./x.sh'), 'x.sh': '' });
    expect(result.files).toEqual([['x.sh', `${CI}:4 (job j, step 1)`]]);
  });

  it('reads PowerShell on Windows runners and skips inline Python', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  win:', '    runs-on: windows-latest', '    steps:', '      - run: .\\ci\\build.ps1', '      - shell: python', '        run: import ./not/a/path'),
      'ci/build.ps1': '',
    });
    expect(result).toEqual({ files: [['ci/build.ps1', `${CI}:5 (job win, step 1)`]], warnings: [] });
  });
});

describe('working-directory precedence', () => {
  it('takes the step, else the job default, else the workflow default, else the root', async () => {
    const result = await discover({
      [CI]: lines(
        'defaults:',
        '  run:',
        '    working-directory: wf',
        'jobs:',
        '  a:',
        '    steps:',
        '      - run: ./x.sh',
        '  b:',
        '    defaults:',
        '      run:',
        '        working-directory: job',
        '    steps:',
        '      - run: ./x.sh',
        '      - run: ./x.sh',
        '        working-directory: step',
        '      - run: ../up.sh',
        '        working-directory: ${{ github.workspace }}/step/deep',
        '      - uses: ./.github/actions/local',
        '  c:',
        '    steps:',
        '      - run: ./x.sh',
        '        working-directory: ./',
      ),
      '.github/actions/local/action.yml': lines('runs:', '  using: node20', '  main: main.js'),
    });
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      ['wf/x.sh', `${CI}:7 (job a, step 1)${MISSING}`],
      ['job/x.sh', `${CI}:13 (job b, step 1)${MISSING}`],
      ['step/x.sh', `${CI}:14 (job b, step 2)${MISSING}`],
      ['step/up.sh', `${CI}:16 (job b, step 3)${MISSING}`],
      ['.github/actions/local/action.yml', `${CI}:18 (job b, step 4)`],
      ['.github/actions/local/main.js', `${CI}:18 (job b, step 4) via .github/actions/local/action.yml:3${MISSING}`],
      ['x.sh', `${CI}:21 (job c, step 1)${MISSING}`],
    ]);
  });

  it('warns when the working-directory is an expression, naming workflow, job and step', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - name: Build', '        run: ./x.sh /abs/ok', '        working-directory: ${{ matrix.dir }}') });
    expect(result).toEqual({
      files: [],
      warnings: [
        [
          'DISCOVERY_UNRESOLVED',
          `${CI}:5 (job j, step 'Build'): cannot locate "x.sh" (named by "./x.sh"): the working-directory "\${{ matrix.dir }}" (line 6) is an expression`,
        ],
      ],
    });
  });
});

describe('what discovery cannot resolve is a warning, never dropped', () => {
  it('names the workflow, the job and the step of each unresolved command', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  build:', '    steps:', '      - name: Dynamic', '        run: |', '          $SCRIPT', '          bash "${{ inputs.path }}"', '          ./ok.sh $(./inner.sh)', '      - run: ./x-`date`.sh'),
      'ok.sh': '',
      'inner.sh': '',
    });
    expect(result.files).toEqual([
      ['inner.sh', `${CI}:8 (job build, step 'Dynamic')`],
      ['ok.sh', `${CI}:8 (job build, step 'Dynamic')`],
    ]);
    expect(result.warnings).toEqual([
      ['DISCOVERY_UNRESOLVED', `${CI}:6 (job build, step 'Dynamic'): cannot resolve "$SCRIPT" (the command); the file it names is not protected`],
      ['DISCOVERY_UNRESOLVED', `${CI}:7 (job build, step 'Dynamic'): cannot resolve "\${{ inputs.path }}" (the script run by bash); the file it names is not protected`],
      ['DISCOVERY_UNRESOLVED', `${CI}:9 (job build, step 2): cannot resolve "./x-\`date\`.sh" (the command); the file it names is not protected`],
    ]);
  });

  it('resolves github.workspace and $GITHUB_WORKSPACE to the repository root', async () => {
    const result = await discover(oneStep('${{ github.workspace }}/a.sh\nbash "$GITHUB_WORKSPACE/b.sh"', { 'a.sh': '', 'b.sh': '' }));
    expect(result).toEqual({ files: [['a.sh', `${CI}:6 (job j, step 's')`], ['b.sh', `${CI}:7 (job j, step 's')`]], warnings: [] });
  });

  it('does not resolve github.action_path outside an action', async () => {
    const result = await discover(oneStep('${{ github.action_path }}/a.sh'));
    expect(result.warnings).toEqual([['DISCOVERY_UNRESOLVED', `${CI}:6 (job j, step 's'): cannot resolve "\${{ github.action_path }}/a.sh" (the command); the file it names is not protected`]]);
  });

  it('drops paths outside the repository with a warning', async () => {
    const result = await discover(oneStep('bash ../../etc/x.sh\nbash /tmp/install.sh\n./'));
    expect(result.files).toEqual([]);
    expect(result.warnings).toEqual([
      ['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:6 (job j, step 's'): "../../etc/x.sh" (named by "bash") is not a file inside the repository, so it is not protected`],
      ['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:7 (job j, step 's'): "/tmp/install.sh" (named by "bash") is not a file inside the repository, so it is not protected`],
      ['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:8 (job j, step 's'): "./" (named by "./") is not a file inside the repository, so it is not protected`],
    ]);
  });
});
