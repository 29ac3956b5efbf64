import { describe, expect, it } from '@jest/globals';
import { readStatement } from '../../src/verify/read-statement.js';

const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app.tgz', digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: {}, runDetails: {} },
};

function envelope(payload: unknown, payloadType = 'application/vnd.in-toto+json'): Parameters<typeof readStatement>[0] {
  return { payload: Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)), payloadType, signatures: [] };
}

describe('readStatement checks what sigstore-js leaves to its caller', () => {
  it('returns a well-formed statement', () => expect(readStatement(envelope(STATEMENT), {})).toEqual(STATEMENT));
  it('finds a subject by digest, in any case', () => expect(readStatement(envelope(STATEMENT), { subjectSha256: 'AB'.repeat(32) }).subject).toHaveLength(1));
  it('accepts another predicate type when asked for it', () => {
    expect(readStatement(envelope({ ...STATEMENT, predicateType: 'https://slsa.dev/verification_summary/v1' }), { predicateType: 'https://slsa.dev/verification_summary/v1' })).toBeDefined();
  });

  it.each<[string, Parameters<typeof readStatement>[0], string]>([
    ['another payload type', envelope(STATEMENT, 'application/json'), 'PROVENANCE_STATEMENT_INVALID'],
    ['a payload that is not JSON', envelope('{not json'), 'PROVENANCE_STATEMENT_INVALID'],
    ['an in-toto v0.1 statement', envelope({ ...STATEMENT, _type: 'https://in-toto.io/Statement/v0.1' }), 'PROVENANCE_STATEMENT_INVALID'],
    ['another predicate type', envelope({ ...STATEMENT, predicateType: 'https://slsa.dev/provenance/v0.2' }), 'PROVENANCE_STATEMENT_INVALID'],
    ['no subject', envelope({ ...STATEMENT, subject: [] }), 'PROVENANCE_STATEMENT_INVALID'],
    ['a subject that is not a list', envelope({ ...STATEMENT, subject: { name: 'x' } }), 'PROVENANCE_STATEMENT_INVALID'],
    ['no predicate', envelope({ ...STATEMENT, predicate: null }), 'PROVENANCE_STATEMENT_INVALID'],
  ])('refuses %s', (_, env, code) => {
    expect(() => readStatement(env, {})).toThrow(expect.objectContaining({ code }));
  });

  it('refuses when no subject carries the expected digest, a subject without digest included', () => {
    const statement = { ...STATEMENT, subject: [...STATEMENT.subject, { name: 'no-digest' }] };
    expect(() => readStatement(envelope(statement), { subjectSha256: 'cd'.repeat(32) })).toThrow(expect.objectContaining({ code: 'PROVENANCE_DIGEST_MISMATCH' }));
  });
});
