import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Step } from '@ringfence/workflow';
import { isTokenStep, readTokenRequest } from '../src/token-workflow/read-token-request.js';

const located = (value: string) => ({ value, line: 9, column: 5 });
const step = (uses: string, inputs: Record<string, string>): Step => ({ index: 0, line: 8, uses: located(uses), with: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, located(v)])) });
const OWN = { name: 'app', id: '123' };

describe('isTokenStep', () => {
  it.each([
    ['ringfence/ringfence/actions/token@0123', {}, true],
    ['./actions/token', {}, true],
    ['ringfence/ringfence@0123', { control: 'token' }, true],
    ['ringfence/ringfence@0123', { control: 'guard' }, false],
    ['actions/create-github-app-token@v2', {}, false],
    ['evil/ringfence-actions/token@v1', {}, false],
  ])('%s with %j: %s', (uses, inputs, expected) => {
    expect(isTokenStep(step(uses, inputs))).toBe(expected);
  });
});

describe('readTokenRequest', () => {
  it('reads permission inputs under their API names and the job\'s own repository by name', () => {
    expect(readTokenRequest(step('x', { 'permission-pull-requests': 'write', repositories: 'app, 456' }), OWN)).toEqual({ request: { repositories: ['123', '456'], permissions: { pull_requests: 'write' } } });
  });

  it('only ever asks for ids, or says it cannot tell', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,5}$/u), fc.string()), { maxLength: 5 }), (entries) => {
        const read = readTokenRequest(step('x', { 'permission-contents': 'read', repositories: entries.join(',') }), OWN);
        if ('request' in read) for (const id of read.request.repositories ?? []) expect(id).toMatch(/^[1-9][0-9]*$/u);
        else expect(read.cannot).toMatch(/cannot be (?:resolved|evaluated) offline/u);
      }),
    );
  });
});
