import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { KeyHolder, LocalFacts } from '@ringfence/provenance';
import { buildProvenanceStatement, createKeySigner, parseTrustedRoot, publicKeyHint, signStatement, verifyProvenanceBundle } from '@ringfence/provenance';
import type { SigstoreServer } from '../../servers/sigstore/index.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';
import { SUBJECTS } from './stack.js';

const FACTS: LocalFacts = { kind: 'local', builderId: 'urn:ringfence:test', invocationId: 'urn:uuid:8a1f4b63-5f53-4b4c-9b1d-1f2c2f8a7b10' };
const statement = buildProvenanceStatement(SUBJECTS, FACTS);

function pemPair(type: 'ec' | 'ed25519' | 'rsa'): { privateKey: string; publicKey: string } {
  const pair = type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  return { privateKey: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString() };
}

let sigstore: SigstoreServer;
beforeAll(async () => {
  sigstore = await startSigstoreServer();
});
afterAll(() => sigstore.close());

describe('key signing', () => {
  it.each(['ec', 'ed25519', 'rsa'] as const)('a %s PEM key gives a v0.3 bundle with a public-key hint that verifies with that key only', async (type) => {
    const { privateKey, publicKey } = pemPair(type);
    const bundle = await signStatement(statement, createKeySigner({ key: privateKey }));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.publicKey?.hint).toBe(publicKeyHint(publicKey));
    expect(bundle.dsseEnvelope?.signatures[0]?.keyid).toBe(publicKeyHint(publicKey));
    expect(verifyProvenanceBundle(bundle, { signer: { kind: 'public-key', publicKeyPem: publicKey } })).toEqual(statement);
    expect(() => verifyProvenanceBundle(bundle, { signer: { kind: 'public-key', publicKeyPem: pemPair(type).publicKey } })).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID' }));
  });

  it('a KMS-style key holder signs without its private key entering the process', async () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const kms: KeyHolder = { publicKeyPem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(), sign: (data) => Promise.resolve(cryptoSign('sha256', data, pair.privateKey)) };
    const bundle = await signStatement(statement, createKeySigner({ key: kms, hint: 'projects/acme/keys/release/1' }));
    expect(bundle.verificationMaterial.publicKey?.hint).toBe('projects/acme/keys/release/1');
    expect(verifyProvenanceBundle(bundle, { signer: { kind: 'public-key', publicKeyPem: kms.publicKeyPem } }).predicate.buildDefinition.buildType).toBe(statement.predicate.buildDefinition.buildType);
  });

  it('with a TSA and Rekor as witnesses, verifies against the trusted root with both required', async () => {
    const { privateKey, publicKey } = pemPair('ec');
    const bundle = await signStatement(statement, createKeySigner({ key: privateKey, tsaUrl: sigstore.tsaUrl, rekorUrl: sigstore.rekorUrl, retries: 0 }));
    const expected = { signer: { kind: 'public-key', publicKeyPem: publicKey }, trustedRoot: parseTrustedRoot(sigstore.trustedRoot), thresholds: { tlog: 1, ctlog: 0, timestamps: 2 } } as const;
    expect(verifyProvenanceBundle(bundle, expected).subject).toHaveLength(2);
  });

  it('a key-signed bundle is refused where a certificate identity is expected', async () => {
    const bundle = await signStatement(statement, createKeySigner({ key: pemPair('ec').privateKey }));
    const expected = { signer: { kind: 'certificate', subjectAlternativeName: 'x', issuer: 'y' }, trustedRoot: parseTrustedRoot(sigstore.trustedRoot) } as const;
    expect(() => verifyProvenanceBundle(bundle, expected)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SIGNER_UNTRUSTED' }));
  });

  it.each([
    ['an EC key on P-384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()],
    ['a public key', () => pemPair('ec').publicKey],
    ['text that is no key', () => '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n'],
  ])('%s is refused before anything is signed', (_, key) => {
    expect(() => createKeySigner({ key: key() })).toThrow(expect.objectContaining({ code: 'PROVENANCE_KEY_UNSUPPORTED' }));
  });
});
