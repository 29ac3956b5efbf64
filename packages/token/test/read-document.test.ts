import { describe, expect, it } from '@jest/globals';
import type { GeneratedValidator } from '../src/generated/validators.js';
import { readDocument } from '../src/read-document.js';
import { thrownBy } from './helpers.js';

describe('readDocument', () => {
  it('refuses a file even when a validator fails without saying why', () => {
    const silent: GeneratedValidator = Object.assign(() => false, { errors: null });
    expect(thrownBy(() => readDocument('token:\n  rules: []\n', 'org.yml', 'POLICY', silent, 'token')).problems).toEqual([
      { code: 'TOKEN_POLICY_SCHEMA_ERROR', file: 'org.yml', pointer: '/token', line: 2, column: 3, message: 'the file does not match its schema' },
    ]);
  });

  it('validates the whole file when no section is named', () => {
    const validate: GeneratedValidator = Object.assign((value: unknown) => Array.isArray(value), { errors: null });
    expect(readDocument('[1]\n', 'request.json', 'REQUEST', validate)).toMatchObject({ value: [1], base: '' });
  });

  it('calls an empty request or claims file empty, not a policy', () => {
    const validate: GeneratedValidator = Object.assign(() => true, { errors: null });
    expect(thrownBy(() => readDocument('', 'claims.json', 'CLAIMS', validate)).problems[0]).toMatchObject({ code: 'TOKEN_CLAIMS_SCHEMA_ERROR', message: 'the file is empty', expected: 'a JSON object' });
  });

  it('names a policy-package code it has no name for a schema error of this kind of file', () => {
    const error = { keyword: 'const', instancePath: '/version', schemaPath: '#/properties/version/const', params: { allowedValue: 1 }, data: 2 };
    const validate: GeneratedValidator = Object.assign(() => false, { errors: [error] });
    expect(thrownBy(() => readDocument('version: 2\n', 'request.yml', 'REQUEST', validate)).problems[0]).toMatchObject({ code: 'TOKEN_REQUEST_SCHEMA_ERROR', line: 1, column: 10 });
  });
});
