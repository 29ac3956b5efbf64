import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { runnerEnvironmentOf } from '../src/runner-environment-of.js';

describe('runnerEnvironmentOf', () => {
  it.each([
    ['ubuntu-latest', 'github-hosted'],
    [['windows-2022'], 'github-hosted'],
    ['macos-14-large', 'github-hosted'],
    [{ labels: ['ubuntu-24.04-arm'] }, 'github-hosted'],
    [['self-hosted', 'linux'], 'self-hosted'],
    [['Self-Hosted', 'ubuntu-latest'], 'self-hosted'],
  ])('takes runs-on %j as %s', (runsOn, environment) => {
    expect(runnerEnvironmentOf(runsOn)).toEqual({ value: environment });
  });

  it.each([
    ['no runs-on (a reusable workflow call)', undefined, 'has no runs-on'],
    ['a runner group', { group: 'big-runners' }, 'runner group'],
    ['a runner group with hosted-looking labels', { group: 'big-runners', labels: ['ubuntu-latest'] }, 'runner group'],
    ['a custom label', ['linux', 'gpu'], 'label "linux" is not a GitHub-hosted image name'],
    ['a hosted image beside a custom label', ['ubuntu-latest', 'gpu'], 'label "gpu"'],
    ['an expression', '${{ matrix.os }}', 'is an expression'],
    ['an empty list', [], 'not a list of labels'],
    ['a number', 7, 'not a list of labels'],
  ])('leaves %s unknown, never github-hosted', (_, runsOn, why) => {
    expect(runnerEnvironmentOf(runsOn)).toEqual({ unknown: expect.stringContaining(why) });
  });

  it('says github-hosted only when every label names a hosted image, and self-hosted whenever a label says so', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('ubuntu-latest', 'macos-15', 'windows-latest', 'self-hosted', 'linux', 'x64'), fc.string())), (labels) => {
        const answer = runnerEnvironmentOf(labels);
        if (labels.some((l) => l.toLowerCase() === 'self-hosted')) expect(answer).toEqual({ value: 'self-hosted' });
        if ('value' in answer && answer.value === 'github-hosted') expect(labels.every((l) => /^(ubuntu|windows|macos)-/iu.test(l))).toBe(true);
      }),
    );
  });
});
