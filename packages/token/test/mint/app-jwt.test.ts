import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { TokenMintError } from '../../src/mint/errors.js';
import { createAppJwtSigner } from '../../src/mint/app-jwt.js';
import { normalisePem, readAppPrivateKey } from '../../src/mint/private-key.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PKCS1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const PKCS8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TokenMintError) return error.code;
    throw error;
  }
  return undefined;
};

describe('the App JWT', () => {
  test('RS256, iss the client id, iat 60 s in the past, exp 9 minutes ahead (under 10)', async () => {
    const jwt = await createAppJwtSigner({ issuer: { clientId: 'Iv23liABCDEF12345678' }, privateKey: PKCS1, now: () => NOW }).sign();
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(decodeJwt(jwt)).toEqual({ iss: 'Iv23liABCDEF12345678', iat: NOW / 1000 - 60, exp: NOW / 1000 + 540 });
  });

  test('iss the numeric App id, as a string', async () => {
    const jwt = await createAppJwtSigner({ issuer: { appId: '123456' }, privateKey: PKCS8, now: () => NOW }).sign();
    expect(decodeJwt(jwt).iss).toBe('123456');
  });

  test('corrected once from the server Date, then never again', async () => {
    const signer = createAppJwtSigner({ issuer: { appId: '1' }, privateKey: PKCS1, now: () => NOW });
    expect(signer.correctClock(new Date(NOW + 300_000))).toBe(true);
    expect(signer.offsetSeconds).toBe(300);
    expect(decodeJwt(await signer.sign()).iat).toBe(NOW / 1000 + 300 - 60);
    expect(signer.correctClock(new Date(NOW - 999_000))).toBe(false);
    expect(signer.offsetSeconds).toBe(300);
  });

  test('a 401 without a usable Date still allows the one retry, on the local clock', () => {
    const signer = createAppJwtSigner({ issuer: { appId: '1' }, privateKey: PKCS1, now: () => NOW });
    expect(signer.correctClock(new Date('not a date'))).toBe(true);
    expect(signer.offsetSeconds).toBe(0);
    expect(signer.correctClock(undefined)).toBe(false);
  });

  test.each([
    ['an app id with letters', { appId: '12a' }],
    ['an empty app id', { appId: '' }],
    ['a client id with spaces', { clientId: 'Iv1 abc' }],
    ['a client id that is a key', { clientId: '-----BEGIN RSA PRIVATE KEY-----' }],
  ])('%s is TOKEN_APP_ISSUER_INVALID, without repeating what was given', (_name, issuer) => {
    expect(codeOf(() => createAppJwtSigner({ issuer, privateKey: PKCS1 }))).toBe('TOKEN_APP_ISSUER_INVALID');
    try {
      createAppJwtSigner({ issuer, privateKey: PKCS1 });
    } catch (error) {
      expect((error as Error).message).not.toContain('BEGIN');
    }
  });
});

describe('the App private key', () => {
  const body = PKCS1.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
  test.each([
    ['PKCS#1 as GitHub hands it out', PKCS1],
    ['PKCS#8', PKCS8],
    ['with CRLF line ends', PKCS1.replace(/\n/gu, '\r\n')],
    ['on one line with \\n escapes', PKCS1.trim().replace(/\n/gu, '\\n')],
    ['with surrounding blank lines', `\n\n${PKCS1}\n\n`],
  ])('%s is read', (_name, text) => {
    expect(readAppPrivateKey(text).asymmetricKeyType).toBe('rsa');
  });

  test.each([
    ['empty', '', /empty/u],
    ['not PEM at all', 'hunter2', /BEGIN RSA PRIVATE KEY/u],
    ['cut short (no END line)', PKCS1.split('\n').slice(0, 10).join('\n'), /no END line/u],
    ['a public key', rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(), /public key or certificate/u],
    ['an OpenSSH key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----', /another kind of key/u],
    ['mismatched armour', PKCS1.replace('-----END RSA PRIVATE KEY-----', '-----END PRIVATE KEY-----'), /malformed/u],
    ['a corrupted body (lines lost)', PKCS1.replace(`${body[3]!}\n${body[4]!}\n`, ''), /does not decode/u],
    ['a body that is not base64', PKCS1.replace(body[2]!, '!'.repeat(64)), /malformed/u],
    ['an EC key', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), /expected an RSA key/u],
    ['a 1024-bit RSA key', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), /at least 2048 bits/u],
  ])('%s is TOKEN_APP_KEY_INVALID saying what is wrong, quoting none of it', (_name, text, reason) => {
    let error: unknown;
    try {
      readAppPrivateKey(text);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TokenMintError);
    expect(error).toMatchObject({ code: 'TOKEN_APP_KEY_INVALID', message: expect.stringMatching(reason) });
    for (const line of body) expect((error as Error).message).not.toContain(line);
  });

  test('normalisePem turns escapes and CRLF into newlines', () => {
    expect(normalisePem('  a\\nb\r\nc\rd  ')).toBe('a\nb\nc\nd');
  });
});
