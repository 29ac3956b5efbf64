import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { MessageSignatureBundleBuilder } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import type { SerializedBundle } from '@sigstore/bundle';
import { bundleSigner } from '../../src/sign/bundle-signer.js';
import { createKeySigner, localKeyHolder } from '../../src/sign/key-signer.js';
import { signStatement } from '../../src/sign/sign-statement.js';
import { buildProvenanceStatement } from '../../src/statement/build-statement.js';
import { GITHUB_THRESHOLDS } from '../../src/verify/expectations.js';
import type { BundleExpectations } from '../../src/verify/verify-bundle.js';
import { verifyProvenanceBundle } from '../../src/verify/verify-bundle.js';
import type { OfflineSigstore } from '../support/offline-sigstore.js';
import { startOfflineSigstore } from '../support/offline-sigstore.js';

const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const REPO_OID = '1.3.6.1.4.1.57264.1.12';
const statement = buildProvenanceStatement([{ name: 'app.tgz', digest: { sha256: 'a'.repeat(64) } }], { kind: 'local', builderId: 'urn:test', invocationId: 'urn:uuid:1' });
const key = generateKeyPairSync('ed25519');
const publicKeyPem = key.publicKey.export({ format: 'pem', type: 'spki' }).toString();

let sigstore: OfflineSigstore;
let certificateBundle: SerializedBundle;
let keyBundle: SerializedBundle;
beforeAll(async () => {
  sigstore = await startOfflineSigstore();
  certificateBundle = await signStatement(statement, sigstore.certificateSigner(SAN, ISSUER, { [REPO_OID]: 'https://github.com/acme/app' }));
  keyBundle = await signStatement(statement, createKeySigner({ key: key.privateKey }));
});

const certificate = (overrides: Partial<Extract<BundleExpectations['signer'], { kind: 'certificate' }>> = {}): BundleExpectations => ({
  signer: { kind: 'certificate', subjectAlternativeName: SAN, issuer: ISSUER, ...overrides },
  trustedRoot: sigstore.trustedRoot,
  thresholds: GITHUB_THRESHOLDS,
});

describe('verifyProvenanceBundle', () => {
  it('returns the statement of a certificate-signed bundle whose identity matches exactly', () => {
    expect(verifyProvenanceBundle(certificateBundle, certificate({ extensions: { [REPO_OID]: 'https://github.com/acme/app' } }))).toEqual(statement);
  });

  it('matches a SAN given as a RegExp', () => {
    expect(verifyProvenanceBundle(certificateBundle, certificate({ subjectAlternativeName: /^https:\/\/github\.com\/acme\/app\/\.github\/workflows\/release\.yml@refs\/tags\/v/u })).subject).toHaveLength(1);
  });

  it('returns the statement of a key-signed bundle for the right key', () => {
    expect(verifyProvenanceBundle(keyBundle, { signer: { kind: 'public-key', publicKeyPem } })).toEqual(statement);
  });

  it('checks a key-signed bundle\'s TSA time against the trusted root', async () => {
    const holder = localKeyHolder(key.privateKey);
    const signer = bundleSigner({ sign: async (data) => ({ signature: await holder.sign(data), key: { $case: 'publicKey', publicKey: holder.publicKeyPem, hint: 'h' } }) }, [sigstore.tsa]);
    const bundle = await signStatement(statement, signer);
    const expected = { signer: { kind: 'public-key', publicKeyPem }, trustedRoot: sigstore.trustedRoot, thresholds: GITHUB_THRESHOLDS } as const;
    expect(verifyProvenanceBundle(bundle, expected)).toEqual(statement);
  });

  it.each<[string, () => unknown, () => BundleExpectations, string]>([
    ['a SAN string is not a pattern: dots match only dots', () => certificateBundle, () => certificate({ subjectAlternativeName: SAN.replace('release.yml', 'release-yml') }), 'PROVENANCE_SIGNER_UNTRUSTED'],
    ['another issuer', () => certificateBundle, () => certificate({ issuer: 'https://token.actions.example.com' }), 'PROVENANCE_SIGNER_UNTRUSTED'],
    ['another repository extension', () => certificateBundle, () => certificate({ extensions: { [REPO_OID]: 'https://github.com/acme/fork' } }), 'PROVENANCE_SIGNER_UNTRUSTED'],
    ['public-good thresholds on a TSA-only bundle (no log entry)', () => certificateBundle, () => ({ signer: certificate().signer, trustedRoot: sigstore.trustedRoot }), 'PROVENANCE_BUNDLE_INVALID'],
    ['a certificate bundle without a trusted root', () => certificateBundle, () => ({ signer: certificate().signer }), 'PROVENANCE_TRUSTED_ROOT_INVALID'],
    ['a certificate bundle where a key is expected', () => certificateBundle, () => ({ signer: { kind: 'public-key', publicKeyPem } }), 'PROVENANCE_SIGNER_UNTRUSTED'],
    ['a key bundle where a certificate is expected', () => keyBundle, () => certificate(), 'PROVENANCE_SIGNER_UNTRUSTED'],
    ['a key bundle checked with another key', () => keyBundle, () => ({ signer: { kind: 'public-key', publicKeyPem: generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString() } }), 'PROVENANCE_BUNDLE_INVALID'],
    ['a JSON document that is no bundle', () => ({ mediaType: 'application/json' }), () => certificate(), 'PROVENANCE_BUNDLE_INVALID'],
  ])('refuses %s', (_, bundle, expected, code) => {
    expect(() => verifyProvenanceBundle(bundle(), expected())).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a bundle whose timestamp does not parse, with the parser\'s message', () => {
    const { verificationMaterial } = certificateBundle;
    const garbled = { ...certificateBundle, verificationMaterial: { ...verificationMaterial, timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: Buffer.from('garbage').toString('base64') }] } } };
    expect(() => verifyProvenanceBundle(garbled, certificate())).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID', message: expect.not.stringContaining('[') }));
  });

  it('refuses a message-signature bundle: provenance is always a DSSE envelope', async () => {
    const builder = new MessageSignatureBundleBuilder({ signer: { sign: () => Promise.resolve({ signature: Buffer.from('sig'), key: { $case: 'publicKey', publicKey: publicKeyPem, hint: 'h' } }) }, witnesses: [] });
    const bundle = bundleToJSON(await builder.create({ data: Buffer.from('artifact') }));
    expect(() => verifyProvenanceBundle(bundle, { signer: { kind: 'public-key', publicKeyPem } })).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID', message: expect.stringContaining('DSSE') }));
  });
});
