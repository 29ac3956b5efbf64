import { constants, createHash, generateKeyPairSync, privateEncrypt, sign } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { createAppJwtSigner } from '../../src/mint/app-jwt.js';
import type { AppKeySigner } from '../../src/mint/app-key-signer.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

// What a KMS offers: a signature over a digest it is handed; the private key never leaves it.
function digestSigningKms(): AppKeySigner & { calls: number } {
  const kms = {
    calls: 0,
    algorithm: 'RS256' as const,
    sign(signingInput: Uint8Array) {
      kms.calls += 1;
      const digest = createHash('sha256').update(signingInput).digest();
      // RSASSA-PKCS1-v1_5 over a precomputed SHA-256 digest (its DigestInfo, RFC 8017 §9.2), as KMS asymmetricSign does.
      const digestInfo = Buffer.concat([Buffer.from('3031300d060960864801650304020105000420', 'hex'), digest]);
      return Promise.resolve(new Uint8Array(privateEncrypt({ key: rsa.privateKey, padding: constants.RSA_PKCS1_PADDING }, digestInfo)));
    },
  };
  return kms;
}

describe('an App JWT signed by a key that lives elsewhere (a KMS)', () => {
  test('is an RS256 JWT with the same claims, valid under the App public key', async () => {
    const kms = digestSigningKms();
    const jwt = await createAppJwtSigner({ issuer: { appId: '123456' }, privateKey: kms, now: () => NOW }).sign();
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', typ: 'JWT' });
    const { payload } = await jwtVerify(jwt, rsa.publicKey, { algorithms: ['RS256'], currentDate: new Date(NOW) });
    expect(payload).toEqual({ iss: '123456', iat: NOW / 1000 - 60, exp: NOW / 1000 + 540 });
    expect(kms.calls).toBe(1);
  });

  test('moves to GitHub\'s clock like the PEM signer', async () => {
    const signer = createAppJwtSigner({ issuer: { appId: '1' }, privateKey: digestSigningKms(), now: () => NOW });
    signer.correctClock(new Date(NOW + 120_000));
    const { payload } = await jwtVerify(await signer.sign(), rsa.publicKey, { currentDate: new Date(NOW + 120_000) });
    expect(payload.iat).toBe(NOW / 1000 + 120 - 60);
  });

  test('a signature the key did not make does not verify', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forger: AppKeySigner = { algorithm: 'RS256', sign: (input) => Promise.resolve(new Uint8Array(sign('sha256', input, other.privateKey))) };
    const jwt = await createAppJwtSigner({ issuer: { appId: '1' }, privateKey: forger, now: () => NOW }).sign();
    await expect(jwtVerify(jwt, rsa.publicKey, { currentDate: new Date(NOW) })).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});
