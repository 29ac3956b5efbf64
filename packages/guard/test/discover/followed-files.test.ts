import { describe, expect, it } from '@jest/globals';
import { CI, MISSING, discover } from './discover-helpers.js';
import { lines } from './memory-reader.js';

describe('local reusable workflows', () => {
  it('protects called workflows and follows those that are not workflows of their own', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  call:', '    uses: ./.github/workflows/reusable.yml', '  nested:', '    uses: ./.github/workflows/lib/inner.yml', '  remote:', '    uses: acme/shared/.github/workflows/x.yml@v1'),
      '.github/workflows/reusable.yml': lines('on: workflow_call', 'jobs:', '  r:', '    steps:', '      - run: ./r.sh'),
      '.github/workflows/lib/inner.yml': lines('on: workflow_call', 'jobs:', '  i:', '    steps:', '      - run: ./i.sh', '  back:', '    uses: ./.github/workflows/ci.yml'),
    });
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      ['.github/workflows/reusable.yml', `${CI}:3 (job call)`],
      ['.github/workflows/lib/inner.yml', `${CI}:5 (job nested)`],
      ['i.sh', `${CI}:5 (job nested) via .github/workflows/lib/inner.yml:5 (job i, step 1)${MISSING}`],
      [CI, `${CI}:5 (job nested) via .github/workflows/lib/inner.yml:7 (job back)`],
      ['r.sh', `.github/workflows/reusable.yml:5 (job r, step 1)${MISSING}`],
    ]);
  });

  it('ends a cycle of workflows calling each other', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  a:', '    uses: ./.github/workflows/x/a.yml'),
      '.github/workflows/x/a.yml': lines('jobs:', '  b:', '    uses: ./.github/workflows/x/b.yml'),
      '.github/workflows/x/b.yml': lines('jobs:', '  a:', '    uses: ./.github/workflows/x/a.yml'),
    });
    expect(result.files.map(([path]) => path)).toEqual(['.github/workflows/x/a.yml', '.github/workflows/x/b.yml']);
  });

  it('refuses a called workflow outside the repository', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  a:', '    uses: ./../x.yml') });
    expect(result.warnings).toEqual([['DISCOVERY_OUTSIDE_REPOSITORY', `${CI}:3 (job a): the reusable workflow "./../x.yml" is not inside the repository, so it is not protected`]]);
  });
});

describe('one step further: package scripts', () => {
  it('reads the scripts a package-manager command runs, in its working directory, and no further', async () => {
    const result = await discover({
      [CI]: lines(
        'jobs:',
        '  web:',
        '    defaults:',
        '      run:',
        '        working-directory: web',
        '    steps:',
        '      - run: npm ci && npm run build',
        '      - run: npm start',
        '      - run: yarn --cwd ../tools lint',
        '      - run: pnpm run missing-script',
      ),
      'web/package.json': JSON.stringify({
        scripts: { prepare: 'node scripts/prepare.js', build: 'tsc && ./scripts/bundle.sh && npm run other', postbuild: 'source ./env.sh', other: './never.sh' },
      }),
      'web/env.sh': './from-env.sh',
      'web/scripts/bundle.sh': '',
      'tools/package.json': JSON.stringify({ scripts: { lint: 'eslint . && bash lint.sh' } }),
    });
    const step = (n: number, line: number): string => `${CI}:${line} (job web, step ${n})`;
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      ['web/package.json', step(1, 7)],
      ['web/scripts/prepare.js', `${step(1, 7)} via web/package.json (scripts.prepare)${MISSING}`],
      ['web/scripts/bundle.sh', `${step(1, 7)} via web/package.json (scripts.build)`],
      ['web/env.sh', `${step(1, 7)} via web/package.json (scripts.postbuild)`],
      ['web/from-env.sh', `${step(1, 7)} via web/package.json (scripts.postbuild) via web/env.sh:1${MISSING}`],
      ['web/server.js', `${step(2, 8)} via web/package.json (no scripts.start)${MISSING}`],
      ['tools/package.json', step(3, 9)],
      ['tools/lint.sh', `${step(3, 9)} via tools/package.json (scripts.lint)${MISSING}`],
    ]);
  });

  it.each([
    ['npm run build', ['pre.sh', 'build.sh']],
    ['npm run-script build', ['pre.sh', 'build.sh']],
    ['npm test', ['test.sh']],
    ['npm start', ['start.sh']],
    ['yarn build', ['pre.sh', 'build.sh']],
    ['yarn run build', ['pre.sh', 'build.sh']],
    ['pnpm build', ['pre.sh', 'build.sh']],
    ['pnpm run build', ['pre.sh', 'build.sh']],
    ['bun run build', ['pre.sh', 'build.sh']],
  ])('%j runs the scripts it names, with their pre scripts', async (command, scripts) => {
    const manifest = JSON.stringify({ scripts: { prebuild: './pre.sh', build: './build.sh', test: './test.sh', start: './start.sh' } });
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', `      - run: ${command}`), 'app/package.json': manifest, 'package.json': manifest });
    expect(result.files.map(([path]) => path)).toEqual(['package.json', ...scripts]);
    expect(result.files[1]![1]).toMatch(new RegExp(`^\\.github/workflows/ci\\.yml:4 \\(job j, step 1\\) via package\\.json \\(scripts\\.(pre)?\\w+\\) \\(not in the base commit\\)$`, 'u'));
  });

  it('protects a package.json the base commit lacks, and names one that is not JSON', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: npm test', '      - run: cd bad && npm test'), 'bad/package.json': '{ nope' });
    expect(result.files).toEqual([
      ['package.json', `${CI}:4 (job j, step 1)${MISSING}`],
      ['bad/package.json', `${CI}:5 (job j, step 2)`],
    ]);
    expect(result.warnings).toEqual([['DISCOVERY_PACKAGE_INVALID', `${CI}:5 (job j, step 2): "bad/package.json" is not valid JSON with a scripts object; the scripts npm runs from it are not followed`]]);
  });

  it('warns for unresolved commands inside package scripts', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: npm run go'), 'package.json': JSON.stringify({ scripts: { go: 'bash $npm_config_script' } }) });
    expect(result.warnings).toEqual([
      ['DISCOVERY_UNRESOLVED', `${CI}:4 (job j, step 1) via package.json (scripts.go): cannot resolve "$npm_config_script" (the script run by bash); the file it names is not protected`],
    ]);
  });
});

describe('sourced files', () => {
  it('follows sourced files relative to the sourcing shell, and ends a cycle', async () => {
    const result = await discover({
      [CI]: lines('jobs:', '  j:', '    steps:', '      - run: cd ci && source a.sh'),
      'ci/a.sh': 'source lib/b.sh',
      'ci/lib/b.sh': '. ./a.sh\n./leaf.sh',
      'ci/a.sh.unused': '',
    });
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual([
      ['ci/a.sh', `${CI}:4 (job j, step 1)`],
      ['ci/lib/b.sh', `${CI}:4 (job j, step 1) via ci/a.sh:1`],
      ['ci/leaf.sh', `${CI}:4 (job j, step 1) via ci/a.sh:1 via ci/lib/b.sh:2${MISSING}`],
    ]);
  });

  it('stops following sourced files past the depth limit, with a warning', async () => {
    const files: Record<string, string> = { [CI]: lines('jobs:', '  j:', '    steps:', '      - run: source s0.sh') };
    for (let i = 0; i < 8; i++) files[`s${i}.sh`] = `source s${i + 1}.sh`;
    const result = await discover(files);
    expect(result.files.map(([path]) => path)).toEqual(['s0.sh', 's1.sh', 's2.sh', 's3.sh', 's4.sh']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]![0]).toBe('DISCOVERY_LIMIT_REACHED');
    expect(result.warnings[0]![1]).toContain('"s4.sh" is sourced more than 4 files deep');
  });
});
