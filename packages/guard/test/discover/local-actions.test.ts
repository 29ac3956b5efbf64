import { describe, expect, it } from '@jest/globals';
import { CI, MISSING, discover } from './discover-helpers.js';
import { lines } from './memory-reader.js';

const SETUP = '.github/actions/setup/action.yml';
const USES_SETUP = `${CI}:5 (job build, step 'Setup')`;

describe('local actions (uses: ./path)', () => {
  it('follows a composite action into its steps, the JavaScript and Docker actions it uses, and their files', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  build:', '    steps:', '      - name: Setup', '        uses: ./.github/actions/setup'),
      [SETUP]: lines(
        'name: setup',
        'runs:',
        '  using: composite',
        '  steps:',
        '    - name: Build',
        '      shell: bash',
        '      run: ${{ github.action_path }}/build.sh',
        '    - shell: bash',
        '      run: |',
        '        "$GITHUB_ACTION_PATH/tools/x.sh"',
        '        ./scripts/from-root.sh',
        '    - uses: ./tools/js-action',
        '    - uses: ./tools/docker-action',
        '    - uses: ./tools/registry-action',
      ),
      '.github/actions/setup/build.sh': '',
      '.github/actions/setup/tools/x.sh': '',
      'scripts/from-root.sh': '',
      'tools/js-action/action.yaml': lines('runs:', '  using: node20', '  main: dist/index.js', '  post: ./dist/post.js', '  pre: dist/pre.js'),
      'tools/js-action/dist/index.js': '',
      'tools/docker-action/action.yml': lines('runs:', '  using: docker', '  image: Dockerfile'),
      'tools/docker-action/Dockerfile': '',
      'tools/registry-action/action.yml': lines('runs:', '  using: docker', '  image: docker://alpine:3'),
    });
    expect(result.warnings).toEqual([]);
    const viaSetup = (line: number, step: string): string => `${USES_SETUP} via ${SETUP}:${line} (step ${step})`;
    expect(result.files).toEqual([
      [SETUP, USES_SETUP],
      ['.github/actions/setup/build.sh', viaSetup(7, "'Build'")],
      ['.github/actions/setup/tools/x.sh', viaSetup(10, '2')],
      ['scripts/from-root.sh', viaSetup(11, '2')],
      ['tools/js-action/action.yaml', viaSetup(12, '3')],
      ['tools/js-action/dist/pre.js', `${viaSetup(12, '3')} via tools/js-action/action.yaml:5${MISSING}`],
      ['tools/js-action/dist/index.js', `${viaSetup(12, '3')} via tools/js-action/action.yaml:3`],
      ['tools/js-action/dist/post.js', `${viaSetup(12, '3')} via tools/js-action/action.yaml:4${MISSING}`],
      ['tools/docker-action/action.yml', viaSetup(13, '4')],
      ['tools/docker-action/Dockerfile', `${viaSetup(13, '4')} via tools/docker-action/action.yml:3`],
      ['tools/registry-action/action.yml', viaSetup(14, '5')],
    ]);
  });

  it('protects both metadata names of an action that is not in the base commit', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./tools/missing/') });
    expect(result.files).toEqual([
      ['tools/missing/action.yml', `${CI}:4 (job j, step 1)${MISSING}`],
      ['tools/missing/action.yaml', `${CI}:4 (job j, step 1)${MISSING}`],
    ]);
  });

  it('reads the action at the repository root for uses: ./', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./'), 'action.yml': lines('runs:', '  using: node24', '  main: index.js'), 'index.js': '' });
    expect(result.files).toEqual([
      ['action.yml', `${CI}:4 (job j, step 1)`],
      ['index.js', `${CI}:4 (job j, step 1) via action.yml:3`],
    ]);
  });

  it('ends a cycle of composite actions using each other', async () => {
    const composite = (uses: string, script: string): string => lines('runs:', '  using: composite', '  steps:', `    - uses: ${uses}`, '    - shell: bash', `      run: ${script}`);
    const result = await discover({
      [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./a'),
      'a/action.yml': composite('./b', './a.sh'),
      'b/action.yml': composite('./a', './b.sh'),
      'a.sh': '',
      'b.sh': '',
    });
    expect(result.warnings).toEqual([]);
    expect(result.files.map(([path]) => path)).toEqual(['a/action.yml', 'b/action.yml', 'b.sh', 'a.sh']);
    expect(result.files[2]![1]).toBe(`${CI}:4 (job j, step 1) via a/action.yml:4 (step 1) via b/action.yml:6 (step 2)`);
  });

  it('refuses an action path that leaves the repository', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./../elsewhere') });
    expect(result).toEqual({
      files: [],
      warnings: [['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:4 (job j, step 1): the action "./../elsewhere" is not inside the repository, so it is not protected`]],
    });
  });

  it('refuses entry files that leave the repository, and names an invalid action', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./x', '      - uses: ./y'),
      'x/action.yml': lines('runs:', '  using: node20', '  main: ../../../etc/passwd'),
      'y/action.yml': lines('runs:', '  using: [composite'),
    });
    expect(result.files.map(([path]) => path)).toEqual(['x/action.yml', 'y/action.yml']);
    expect(result.warnings).toEqual([
      ['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:4 (job j, step 1) via x/action.yml:3: "../../../etc/passwd" is not a file inside the repository, so it is not protected`],
      ['DISCOVERY_ACTION_INVALID', `${CI}:5 (job j, step 2): y/action.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ]);
  });

  it('stops following actions nested past the depth limit, with a warning', async () => {
    const files: Record<string, string> = { [CI]: lines('jobs:', '  j:', '    steps:', '      - uses: ./a0') };
    for (let i = 0; i < 15; i++) files[`a${i}/action.yml`] = lines('runs:', '  using: composite', '  steps:', `    - uses: ./a${i + 1}`);
    const result = await discover(files);
    expect(result.files.length).toBeLessThan(15);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]![0]).toBe('DISCOVERY_LIMIT_REACHED');
  });
});

describe('docker/build-push-action', () => {
  it('finds the Dockerfile from file, from context, or at the root of the Git context', async () => {
    const result = await discover({
      [CI]: lines(
        'jobs:',
        '  j:',
        '    steps:',
        '      - uses: docker/build-push-action@v6',
        '      - uses: docker/build-push-action@0123456789abcdef0123456789abcdef01234567',
        '        with:',
        '          context: services/api',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          context: .',
        '          file: ops/Dockerfile.prod',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          context: "{{defaultContext}}:svc"',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          context: https://github.com/acme/other.git',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          file: ${{ matrix.dockerfile }}',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          file: ${{ github.workspace }}/ops/Dockerfile.ws',
      ),
      Dockerfile: '',
    });
    expect(result.files).toEqual([
      ['Dockerfile', `${CI}:4 (job j, step 1)`],
      ['services/api/Dockerfile', `${CI}:7 (job j, step 2)${MISSING}`],
      ['ops/Dockerfile.prod', `${CI}:11 (job j, step 3)${MISSING}`],
      ['svc/Dockerfile', `${CI}:14 (job j, step 4)${MISSING}`],
      ['ops/Dockerfile.ws', `${CI}:23 (job j, step 7)${MISSING}`],
    ]);
    expect(result.warnings).toEqual([['DISCOVERY_UNRESOLVED', `${CI}:20 (job j, step 6): cannot tell which Dockerfile "\${{ matrix.dockerfile }}" names: it is an expression`]]);
  });
});
