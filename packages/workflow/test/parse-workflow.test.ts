import { describe, expect, it } from '@jest/globals';
import { MAX_YAML_BYTES } from '../src/parse-located-yaml.js';
import { parseWorkflow, sourceLineOf } from '../src/parse-workflow.js';

const WORKFLOW = `name: ci
on: push
defaults:
  run:
    working-directory: web
jobs:
  build:
    runs-on: [self-hosted, windows]
    defaults:
      run:
        shell: bash
        working-directory: api
    steps:
      - uses: actions/checkout@v4
      - name: Run tests
        working-directory: tests
        shell: pwsh
        run: |
          ./one.sh

          ./three.sh
      - run: ./single.sh
      - run: >
          folded
          text
      - uses: docker/build-push-action@v6
        with:
          context: ./svc
          push: true
  call:
    uses: ./.github/workflows/reusable.yml
`;

describe('parseWorkflow', () => {
  const { value: workflow, problems } = parseWorkflow(WORKFLOW, '.github/workflows/ci.yml');
  const build = workflow!.jobs[0]!;

  it('reads jobs, steps and defaults with their lines', () => {
    expect(problems).toEqual([]);
    expect(workflow!.defaults).toEqual({ workingDirectory: { value: 'web', line: 5, column: 24 } });
    expect(workflow!.jobs.map((j) => [j.id, j.line])).toEqual([
      ['build', 7],
      ['call', 30],
    ]);
    expect(build.defaults).toEqual({ shell: 'bash', workingDirectory: { value: 'api', line: 12, column: 28 } });
    expect(build.runsOn).toEqual(['self-hosted', 'windows']);
    expect(build.steps.map((s) => [s.index, s.line, s.name])).toEqual([
      [0, 14, undefined],
      [1, 15, 'Run tests'],
      [2, 22, undefined],
      [3, 23, undefined],
      [4, 26, undefined],
    ]);
  });

  it('maps script lines of a | block one to one onto source lines', () => {
    const run = build.steps[1]!.run!;
    expect(run).toMatchObject({ value: './one.sh\n\n./three.sh\n', line: 18, firstLine: 19 });
    expect(sourceLineOf(run, 3)).toBe(21);
    expect(build.steps[1]).toMatchObject({ shell: 'pwsh', workingDirectory: { value: 'tests', line: 16 } });
  });

  it('maps a one-line script to its line, and a folded one to where it starts', () => {
    expect(sourceLineOf(build.steps[2]!.run!, 1)).toBe(22);
    const folded = build.steps[3]!.run!;
    expect(folded.firstLine).toBeUndefined();
    expect(sourceLineOf(folded, 2)).toBe(23);
  });

  it('reads `uses` and scalar `with` inputs as text', () => {
    expect(build.steps[4]!.uses).toMatchObject({ value: 'docker/build-push-action@v6', line: 26 });
    expect(build.steps[4]!.with).toEqual({ context: { value: './svc', line: 28, column: 20 }, push: { value: 'true', line: 29, column: 17 } });
    expect(workflow!.jobs[1]!.uses).toMatchObject({ value: './.github/workflows/reusable.yml', line: 31 });
  });

  it('locates steps shared through an anchor at the anchor', () => {
    const text = 'jobs:\n  a:\n    steps: &s\n      - run: ./x.sh\n  b:\n    steps: *s\n';
    const { value } = parseWorkflow(text, 'w.yml');
    expect(value!.jobs.map((j) => j.steps[0]!.run!.line)).toEqual([4, 4]);
  });

  it('reads `runs-on` given as a group with labels', () => {
    const { value } = parseWorkflow('jobs:\n  a:\n    runs-on: { group: g, labels: [windows-2022] }\n', 'w.yml');
    expect(value!.jobs[0]!.runsOn).toEqual(['windows-2022']);
  });
});

describe('parseWorkflow problems', () => {
  it.each([
    ['jobs: [\n', 2],
    ['jobs:\n  a: 1\n  a: 2\n', 3],
    ['a: 1\n---\nb: 2\n', 2],
  ])('a file that is not one valid YAML document has no value: %j', (text, line) => {
    const { value, problems } = parseWorkflow(text, 'bad.yml');
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'bad.yml', line });
  });

  it('keeps the good jobs and steps and names the bad ones', () => {
    const { value, problems } = parseWorkflow('jobs:\n  a: 5\n  b:\n    steps:\n      - run: ./ok.sh\n      - just a string\n  c:\n    steps: nope\n', 'w.yml');
    expect(value!.jobs.map((j) => j.id)).toEqual(['b', 'c']);
    expect(value!.jobs[0]!.steps).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'job a must be a mapping'],
      [6, 'step 2 of job b must be a mapping'],
      [8, 'the steps of job c must be a list'],
    ]);
  });

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const { value, problems } = parseWorkflow(lines.join('\n'), 'bomb.yml');
    expect(value).toBeUndefined();
    expect(problems[0]!.message).toContain('alias');
  });

  it('survives deep nesting', () => {
    const { problems } = parseWorkflow(`jobs: ${'['.repeat(20000)}${']'.repeat(20000)}`, 'deep.yml');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses files over the size cap and invalid UTF-8', () => {
    expect(parseWorkflow(`#${'x'.repeat(MAX_YAML_BYTES)}`, 'big.yml').problems[0]!.message).toContain('bytes');
    expect(parseWorkflow(new Uint8Array([0x6a, 0x3a, 0xff]), 'bin.yml').problems[0]!.message).toContain('UTF-8');
  });

  it('does not read inherited object keys as jobs or fields', () => {
    const { value } = parseWorkflow('jobs:\n  constructor:\n    steps:\n      - run: ./x.sh\n', 'w.yml');
    expect(value!.jobs[0]).toMatchObject({ id: 'constructor', defaults: {}, runsOn: [] });
  });
});
