import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadClaims, loadTokenRequest } from '../src/load-request.js';
import { FIXTURES, fixture, thrownBy } from './helpers.js';

describe.each([
  ['requests', loadTokenRequest],
  ['claims', loadClaims],
] as const)('invalid %s files are refused with a code and a position', (kind, load) => {
  const dir = join(FIXTURES, 'invalid', kind);
  const expectations = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as Record<string, string>;
  const files = readdirSync(dir).filter((f) => f !== 'expectations.json');
  it('has an expectation for every file and a file for every expectation', () => expect(Object.keys(expectations).sort()).toEqual(files.sort()));
  it.each(files)('%s', (file) => {
    const [code, line, column] = expectations[file]!.split(/[ :]/u);
    const error = thrownBy(() => load(fixture(join('invalid', kind, file)), file));
    expect(error.problems[0]).toMatchObject({ code, line: Number(line), column: Number(column), file });
  });
});

describe('requests', () => {
  it('reads repository ids written as numbers or strings as strings', () => {
    expect(loadTokenRequest('{ "repositories": [67890, "11111"], "permissions": { "contents": "read" } }', 'request.json')).toEqual({ repositories: ['67890', '11111'], permissions: { contents: 'read' } });
  });

  it('leaves repositories out when the request does (the job\'s own repository)', () => {
    expect(loadTokenRequest('permissions:\n  issues: write\n', 'request.yml')).toEqual({ permissions: { issues: 'write' } });
  });

  it('names the permission that was meant', () => {
    expect(thrownBy(() => loadTokenRequest('{ "permissions": { "pull_request": "read" } }', 'r.json')).problems[0]).toMatchObject({ code: 'TOKEN_REQUEST_UNKNOWN_PERMISSION', suggestion: 'pull_requests' });
  });
});

describe('claims', () => {
  it('keeps string claims and drops the ones rules never match', () => {
    const text = JSON.stringify({ aud: ['ringfence'], exp: 1700000300, iat: 1700000000, nbf: 1699999400, iss: 'https://token.actions.githubusercontent.com', repository_id: '67890', ref: 'refs/heads/main' });
    expect(loadClaims(text, 'claims.json')).toEqual({ iss: 'https://token.actions.githubusercontent.com', repository_id: '67890', ref: 'refs/heads/main' });
  });

  it('accepts a string audience', () => {
    expect(loadClaims('{ "aud": "ringfence", "sub": "repo:acme/app:ref:refs/heads/main" }', 'claims.json')).toEqual({ sub: 'repo:acme/app:ref:refs/heads/main' });
  });
});
