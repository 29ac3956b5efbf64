import { describe, expect, it } from '@jest/globals';
import { discoverExecutedFiles } from '../../src/discover/discover-executed-files.js';
import { MAX_DISCOVERY_FILE_BYTES, MAX_DISCOVERY_READS } from '../../src/discover/limits.js';
import type { BaseFileReader } from '../../src/ports.js';
import { CI, discover } from './discover-helpers.js';
import { lines, memoryReader } from './memory-reader.js';

describe('workflows that do not parse', () => {
  it('names file:line:col and goes on with the other workflows', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const result = await discover({
      '.github/workflows/a-bad.yml': lines('jobs:', '  j:', '    steps:', '      - run: ./x.sh', '     bad: [indent'),
      '.github/workflows/b-bomb.yaml': lines(...bomb),
      '.github/workflows/c-steps.yml': lines('jobs:', '  j:', '    steps: 7'),
      [CI]: lines('jobs:', '  j:', '    steps:', '      - run: ./ok.sh'),
      '.github/workflows/README.md': 'not a workflow',
      'ok.sh': '',
    });
    expect(result.files).toEqual([['ok.sh', `${CI}:4 (job j, step 1)`]]);
    expect(result.warnings.map(([code, message]) => [code, message.split(': ')[0]])).toEqual([
      ['DISCOVERY_WORKFLOW_INVALID', '.github/workflows/a-bad.yml:5:1'],
      ['DISCOVERY_WORKFLOW_INVALID', '.github/workflows/b-bomb.yaml:0:0'],
      ['DISCOVERY_WORKFLOW_INVALID', '.github/workflows/c-steps.yml:3:12'],
    ]);
    expect(result.warnings[1]![1]).toContain('alias');
    expect(result.warnings[2]![1]).toBe('.github/workflows/c-steps.yml:3:12: the steps of job j must be a list');
  });

  it('names the caller of a called workflow that does not parse', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  a:', '    uses: ./.github/workflows/x/bad.yml'), '.github/workflows/x/bad.yml': 'jobs: [' });
    expect(result.files).toEqual([['.github/workflows/x/bad.yml', `${CI}:3 (job a)`]]);
    expect(result.warnings).toEqual([
      ['DISCOVERY_WORKFLOW_INVALID', `.github/workflows/x/bad.yml:1:8: Flow sequence in block collection must be sufficiently indented and end with a ] (called from ${CI}:3 (job a))`],
    ]);
  });
});

describe('size caps and the read budget', () => {
  it('skips a workflow over 1 MiB with a warning', async () => {
    const result = await discover({ [CI]: `# ${'x'.repeat(MAX_DISCOVERY_FILE_BYTES)}\njobs: {}\n` });
    expect(result.warnings).toEqual([['DISCOVERY_FILE_TOO_LARGE', `${CI} is ${MAX_DISCOVERY_FILE_BYTES + 12} bytes; discovery reads at most ${MAX_DISCOVERY_FILE_BYTES}, so what it runs is not followed`]]);
  });

  it('protects a sourced file over 1 MiB without following it', async () => {
    const result = await discover({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: source big.sh'), 'big.sh': `./inside.sh\n#${'x'.repeat(MAX_DISCOVERY_FILE_BYTES)}` });
    expect(result.files).toEqual([['big.sh', `${CI}:4 (job j, step 1)`]]);
    expect(result.warnings.map(([code]) => code)).toEqual(['DISCOVERY_FILE_TOO_LARGE']);
  });

  it('stops reading past the budget, says so once, and still protects what it names', async () => {
    const count = MAX_DISCOVERY_READS + 50;
    const script = Array.from({ length: count }, (_, i) => `          ./d${i}/s.sh`);
    const reader = memoryReader({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: |', ...script) });
    const result = await discoverExecutedFiles(reader);
    expect(result.files).toHaveLength(count);
    expect(result.files.at(-1)!.from).toBe(`${CI}:${4 + count} (job j, step 1) (not checked: read limit reached)`);
    expect(result.warnings.map((w) => w.code)).toEqual(['DISCOVERY_LIMIT_REACHED']);
    expect(reader.calls.length).toBe(MAX_DISCOVERY_READS);
  });

  it('reads each directory listing once', async () => {
    const reader = memoryReader({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: ./t/a.sh && ./t/b.sh && ./t/c.sh'), 't/a.sh': '' });
    await discoverExecutedFiles(reader);
    expect(reader.calls.filter((c) => c === 'list t')).toHaveLength(1);
  });
});

describe('reader errors', () => {
  it('propagate, so that the caller fails closed', async () => {
    const failure = new Error('git cat-file failed');
    const inner = memoryReader({ [CI]: lines('jobs:', '  j:', '    steps:', '      - run: source env.sh'), 'env.sh': '' });
    const reader: BaseFileReader = {
      listFiles: (dir) => inner.listFiles(dir),
      readFile: (path) => (path === 'env.sh' ? Promise.reject(failure) : inner.readFile(path)),
    };
    await expect(discoverExecutedFiles(reader)).rejects.toBe(failure);
  });

  it('propagate from listings too', async () => {
    const failure = new Error('ls-tree failed');
    const reader: BaseFileReader = { listFiles: () => Promise.reject(failure), readFile: () => Promise.resolve(undefined) };
    await expect(discoverExecutedFiles(reader)).rejects.toBe(failure);
  });
});

describe('an empty base commit', () => {
  it('discovers nothing and warns about nothing', async () => {
    expect(await discover({})).toEqual({ files: [], warnings: [] });
  });
});
