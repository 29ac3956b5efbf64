import { describe, expect, it } from '@jest/globals';
import { readRunContext } from '../src/read-run-context.js';

const NO_RUNS_ON = { unknown: expect.stringContaining('has no runs-on') };

describe('readRunContext', () => {
  it.each([
    ['a name', 'on: push\njobs: {}\n', ['push']],
    ['a list', 'on: [push, pull_request]\njobs: {}\n', ['push', 'pull_request']],
    ['a mapping', 'on:\n  push: { branches: [main] }\n  workflow_dispatch:\njobs: {}\n', ['push', 'workflow_dispatch']],
    ['nothing', 'jobs: {}\n', []],
  ])('reads triggers written as %s', (_, text, triggers) => {
    expect(readRunContext(text, 'w.yml').value?.triggers).toEqual(triggers);
  });

  it('reads a job\'s environment by name or as name:, and its reusable workflow call, with positions', () => {
    const text = 'on: push\njobs:\n  a:\n    environment: production\n  b:\n    environment:\n      name: staging\n  c:\n    uses: ./.github/workflows/r.yml\n';
    expect(readRunContext(text, 'w.yml').value?.jobs).toEqual([
      { id: 'a', line: 3, environment: { value: 'production', line: 4, column: 18 }, runnerEnvironment: NO_RUNS_ON },
      { id: 'b', line: 5, environment: { value: 'staging', line: 7, column: 13 }, runnerEnvironment: NO_RUNS_ON },
      { id: 'c', line: 8, uses: { value: './.github/workflows/r.yml', line: 9, column: 11 }, runnerEnvironment: NO_RUNS_ON },
    ]);
  });

  it('reads a job\'s runner environment from its runs-on', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n  b:\n    runs-on: [self-hosted, linux]\n  c:\n    runs-on: { group: big }\n';
    expect(readRunContext(text, 'w.yml').value?.jobs.map((j) => j.runnerEnvironment)).toEqual([{ value: 'github-hosted' }, { value: 'self-hosted' }, { unknown: expect.stringContaining('runner group') }]);
  });

  it('has no value for a file that is not a mapping', () => {
    const outcome = readRunContext('- a\n', 'w.yml');
    expect(outcome.value).toBeUndefined();
    expect(outcome).toMatchObject({ problems: [{ file: 'w.yml', message: 'a workflow must be a mapping' }] });
  });
});
