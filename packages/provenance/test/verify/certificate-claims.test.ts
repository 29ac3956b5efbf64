import { describe, expect, it } from '@jest/globals';
import { FULCIO_EXTENSIONS, readCertificateClaims } from '../../src/verify/certificate-claims.js';
import { policyExtensions } from '../../src/verify/policy-extensions.js';

const oid = (dotted: string) => ({ id: dotted.split('.').map(Number) });
// The same DER UTF8String encoding sigstore-js compares policy OIDs with.
const utf8 = (name: keyof typeof FULCIO_EXTENSIONS, value: string) => policyExtensions({ [FULCIO_EXTENSIONS[name]]: value })[0]!;

describe('readCertificateClaims', () => {
  it('names the Fulcio extensions it knows and skips the others', () => {
    const claims = readCertificateClaims({
      subjectAlternativeName: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      extensions: { issuer: 'legacy' },
      oids: [utf8('issuer', 'https://token.actions.githubusercontent.com'), utf8('sourceRepositoryUri', 'https://github.com/acme/app'), utf8('buildSignerUri', 'x'.repeat(300)), { oid: oid('2.5.29.17'), value: Buffer.from([1, 2]) }, { oid: undefined, value: Buffer.alloc(0) }],
    });
    expect(claims).toEqual({ subjectAlternativeName: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com', sourceRepositoryUri: 'https://github.com/acme/app', buildSignerUri: 'x'.repeat(300) });
  });

  it('falls back to the issuer sigstore-js read from the deprecated extension when .8 is absent', () => {
    expect(readCertificateClaims({ extensions: { issuer: 'https://token.actions.githubusercontent.com' } })).toEqual({ issuer: 'https://token.actions.githubusercontent.com' });
    expect(readCertificateClaims({})).toEqual({});
  });

  it.each([
    ['another tag than UTF8String', Buffer.from([0x16, 1, 0x41])],
    ['a length beyond the value', Buffer.from([0x0c, 5, 0x41])],
    ['trailing bytes', Buffer.from([0x0c, 1, 0x41, 0x42])],
    ['a length of more than two bytes', Buffer.from([0x0c, 0x83, 0, 0, 1, 0x41])],
    ['a truncated long-form length', Buffer.from([0x0c, 0x82, 1])],
    ['bytes that are not UTF-8', Buffer.from([0x0c, 1, 0xff])],
    ['nothing at all', Buffer.alloc(0)],
  ])('refuses an extension with %s', (_, value) => {
    expect(() => readCertificateClaims({ oids: [{ oid: oid(FULCIO_EXTENSIONS.sourceRepositoryUri), value }] })).toThrow(expect.objectContaining({ code: 'VERIFY_CERTIFICATE_CLAIM_MISSING' }));
  });

  it('refuses an extension that appears twice', () => {
    const twice = [utf8('sourceRepositoryUri', 'https://github.com/acme/app'), utf8('sourceRepositoryUri', 'https://github.com/evil/app')];
    expect(() => readCertificateClaims({ oids: twice })).toThrow(expect.objectContaining({ code: 'VERIFY_CERTIFICATE_CLAIM_MISSING', message: expect.stringContaining('twice') }));
  });
});
