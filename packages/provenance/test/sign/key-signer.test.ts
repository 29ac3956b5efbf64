import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { localKeyHolder, publicKeyHint } from '../../src/sign/key-signer.js';

describe('localKeyHolder', () => {
  it.each([
    ['EC P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }), 'sha256'],
    ['Ed25519', () => generateKeyPairSync('ed25519'), null],
    ['RSA', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), 'sha256'],
  ] as const)('signs with %s as Sigstore verifiers expect', async (_, pair, algorithm) => {
    const { privateKey } = pair();
    const holder = localKeyHolder(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const signature = await holder.sign(Buffer.from('data'));
    expect(verify(algorithm, Buffer.from('data'), createPublicKey(holder.publicKeyPem), signature)).toBe(true);
  });

  it.each([
    ['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey],
    ['X25519 (not a signing key)', () => generateKeyPairSync('x25519').privateKey],
    ['a public KeyObject', () => generateKeyPairSync('ed25519').publicKey],
  ])('refuses %s', (_, key) => {
    expect(() => localKeyHolder(key())).toThrow(expect.objectContaining({ code: 'PROVENANCE_KEY_UNSUPPORTED' }));
  });
});

describe('publicKeyHint', () => {
  it('is the hex sha256 of the DER public key, the same whether taken from the key pair or the holder', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const hint = publicKeyHint(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(hint).toBe(createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex'));
    expect(publicKeyHint(localKeyHolder(privateKey).publicKeyPem)).toBe(hint);
  });
});
