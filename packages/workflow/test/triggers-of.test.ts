import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { triggersOf } from '../src/triggers-of.js';

describe('triggersOf', () => {
  it('reads one event, a list and a mapping', () => {
    expect(triggersOf('push')).toEqual(['push']);
    expect(triggersOf(['push', 7, 'pull_request_target'])).toEqual(['push', 'pull_request_target']);
    expect(triggersOf({ pull_request_target: { types: ['opened'] }, workflow_dispatch: null })).toEqual(['pull_request_target', 'workflow_dispatch']);
  });

  it('anything else starts nothing', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.double()), (on) => triggersOf(on).length === 0));
  });
});
