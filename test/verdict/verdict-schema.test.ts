import { describe, expect, it } from '@jest/globals';
import { defaultPolicy, singleLayer } from '@ringfence/policy';
import { decide } from '@ringfence/guard';
import { verdictProblems } from '../support/verdict-schema.js';

/**
 * The verdict schema's own rules, on a real guard verdict changed one field at a time: each
 * row is a document a consumer must refuse, so removing the rule turns the row red.
 */
const blocked = JSON.parse(JSON.stringify(decide({
  changes: { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), mergeBaseSha: 'm'.repeat(40), changes: [{ kind: 'modified', path: '.github/workflows/ci.yml' }], baseSymlinks: [] },
  policy: singleLayer(defaultPolicy()),
  policySources: [],
  author: { login: 'eve', teams: [], isBot: false },
  approvals: [],
  ineligibleApprovers: [],
  warnings: [],
}))) as Record<string, unknown>;

const without = (document: Record<string, unknown>, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(document).filter(([k]) => k !== key));

describe('schema/verdict.schema.json', () => {
  it('accepts a guard verdict as the guard writes it, and the guard action report with mode and enforced (version 1 unchanged)', () => {
    expect(blocked['outcome']).toBe('blocked');
    expect(verdictProblems(blocked)).toEqual([]);
    expect(verdictProblems({ ...blocked, mode: 'evaluate', enforced: false })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a guard document missing reasons', without(blocked, 'reasons'), "must have required property 'reasons'"],
    ['a guard document missing inputs', without(blocked, 'inputs'), "must have required property 'inputs'"],
    ['a blocked verdict without a reason', { ...blocked, reasons: [] }, 'must NOT have fewer than 1 items'],
    ['an error verdict without a reason', { ...blocked, outcome: 'error', reasons: [] }, 'must NOT have fewer than 1 items'],
    ['an outcome that is not allowed, blocked or error', { ...blocked, outcome: 'approved' }, 'must be equal to one of the allowed values'],
    ['a reason code core does not define', { ...blocked, reasons: [{ code: 'LOOKS_FINE', message: 'x' }] }, 'must be equal to one of the allowed values'],
    ['another version', { ...blocked, version: 2 }, 'must be equal to constant'],
    ['a control with no detail schema', { ...blocked, control: 'policy' }, 'must be equal to one of the allowed values'],
    ['a guard detail missing its rings', { ...blocked, detail: without(blocked['detail'] as Record<string, unknown>, 'rings') }, "must have required property 'rings'"],
    ['a guard detail under control verify', { ...blocked, control: 'verify' }, "must have required property 'signer'"],
    ['a provenance detail under control guard', { ...blocked, detail: { gate: 'on' } }, "must have required property 'author'"],
    ['the guard action fields on another control', { version: 1, control: 'provenance', outcome: 'allowed', reasons: [], inputs: {}, detail: { gate: 'off' }, mode: 'enforce' }, 'boolean schema is false'],
    ['a field no control writes', { ...blocked, approved: true }, 'must NOT have additional properties'],
  ])('refuses %s', (_name, document, message) => {
    expect(verdictProblems(document).join('\n')).toContain(message);
  });
});
