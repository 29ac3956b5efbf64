import { describe, expect, it } from '@jest/globals';
import { discoverJwksUrl } from '../../src/oidc/discover-jwks.js';

describe('discoverJwksUrl refuses before any request', () => {
  it.each([
    ['plain http to a remote host', 'http://token.example.com'],
    ['a value that is no URL', 'not a url'],
    ['a file URL', 'file:///etc'],
  ])('%s', async (_, issuer) => {
    await expect(discoverJwksUrl(issuer, 100)).rejects.toMatchObject({ code: 'PROVENANCE_ID_TOKEN_INVALID' });
  });
});
