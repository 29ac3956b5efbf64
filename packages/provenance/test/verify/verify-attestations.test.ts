import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import type { AttestationList, AttestationRecord } from '../../src/verify/attestation-source.js';
import { MAX_BUNDLE_BYTES, verifyAttestations, verifyFromSource } from '../../src/verify/verify-attestations.js';
import { compileVerifyPolicy } from '../../src/verify/verify-policy.js';
import type { Sigstore } from './fixtures.js';
import { ARTIFACT, claimsOf, signFor, startSigstore } from './fixtures.js';

let sigstore: Sigstore;
let genuine: SerializedBundle;
let otherRef: SerializedBundle;
beforeAll(async () => {
  sigstore = await startSigstore();
  [genuine, otherRef] = await Promise.all([signFor(sigstore, claimsOf()), signFor(sigstore, claimsOf({ ref: 'refs/heads/evil' }))]);
});

const policy = () => compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, trustedRoots: [sigstore.tsaRoot], expectedRepository: 'acme/app', expectedRef: 'refs/heads/main' });
const record = (bundle: unknown): AttestationRecord => ({ bundle, bundleBytes: Buffer.byteLength(JSON.stringify(bundle)) });
const list = (attestations: AttestationRecord[], more = false): AttestationList => ({ attestations, more, origin: 'acme/app at https://api.github.com' });
const limits = { maxBundleBytes: MAX_BUNDLE_BYTES };

describe('verifyAttestations: one attestation that passes every check decides', () => {
  it('a genuine attestation after refused ones verifies, and the refused ones are listed with their codes', () => {
    const verdict = verifyAttestations(list([record(otherRef), record({ mediaType: 'nonsense' }), record(genuine)]), policy(), limits);
    expect(verdict.outcome).toBe('allowed');
    expect(verdict.inputs).toMatchObject({ attestationVerified: 3, attestationsListed: 3, attestationsFrom: 'acme/app at https://api.github.com' });
    expect(verdict.detail.candidates?.map((c) => [c.index, c.code])).toEqual([
      [1, 'VERIFY_REF_MISMATCH'],
      [2, 'VERIFY_BUNDLE_MALFORMED'],
    ]);
  });

  it('every attestation refused: blocked, VERIFY_NO_ATTESTATION_VERIFIED, each reason in the message', () => {
    const verdict = verifyAttestations(list([record(otherRef), record({})]), policy(), limits);
    expect(verdict.outcome).toBe('blocked');
    expect(verdict.detail.failure?.code).toBe('VERIFY_NO_ATTESTATION_VERIFIED');
    expect(verdict.reasons[0]!.message).toMatch(/#1 VERIFY_REF_MISMATCH: .*; #2 VERIFY_BUNDLE_MALFORMED: /u);
  });

  it('no attestation at all is refused, never vacuously verified', () => {
    const verdict = verifyAttestations(list([]), policy(), limits);
    expect(verdict).toMatchObject({ outcome: 'blocked', detail: { failure: { code: 'VERIFY_NO_ATTESTATIONS' }, candidates: [] } });
    expect(verdict.detail.failure?.message).toContain(`sha256:${ARTIFACT.digest.sha256}`);
  });

  it('a bundle over the size cap is refused unread, even a genuine one', () => {
    const verdict = verifyAttestations(list([{ bundle: genuine, bundleBytes: 101 }]), policy(), { maxBundleBytes: 100 });
    expect(verdict.detail.candidates?.[0]?.code).toBe('VERIFY_BUNDLE_TOO_LARGE');
    expect(verdict.outcome).toBe('blocked');
  });

  it('an attestation listed by URL whose bundle the source could not read is refused, the URL shown without its query (the signature)', () => {
    const verdict = verifyAttestations(list([{ bundle: undefined, bundleBytes: 0, bundleUrl: 'https://store.invalid/1.json.sn?sig=secret', bundleProblem: 'HTTP 403' }]), policy(), limits);
    expect(verdict.detail.candidates?.[0]).toEqual({ index: 1, code: 'VERIFY_BUNDLE_UNAVAILABLE', message: 'the bundle listed by URL (https://store.invalid/1.json.sn) could not be read: HTTP 403' });
    const unread = verifyAttestations(list([{ bundle: undefined, bundleBytes: 0, bundleUrl: 'https://store.invalid/2.json.sn' }]), policy(), limits);
    expect(unread.detail.candidates?.[0]?.message).toContain('could not be read: not read');
  });

  it('an attestation listed with no bundle and no URL is refused', () => {
    const verdict = verifyAttestations(list([{ bundle: null, bundleBytes: 0 }]), policy(), limits);
    expect(verdict.detail.candidates?.[0]).toEqual({ index: 1, code: 'VERIFY_BUNDLE_UNAVAILABLE', message: 'no bundle in the listing' });
  });

  it('says when more attestations exist than were tried', () => {
    const verdict = verifyAttestations(list([record(otherRef)], true), policy(), limits);
    expect(verdict.detail.failure?.message).toContain('more exist than the 1 read');
  });

  it('verifyFromSource asks the source for the artifact and SLSA provenance, and a failing source throws', async () => {
    const queries: unknown[] = [];
    const source = { listAttestations: (query: unknown) => (queries.push(query), Promise.resolve(list([record(genuine)]))) };
    expect((await verifyFromSource({ source }, policy(), limits)).outcome).toBe('allowed');
    expect(queries).toEqual([{ subjectSha256: ARTIFACT.digest.sha256, predicateType: 'https://slsa.dev/provenance/v1' }]);
    await expect(verifyFromSource({ source: { listAttestations: () => Promise.reject(new Error('HTTP 500')) } }, policy(), limits)).rejects.toThrow('HTTP 500');
  });
});
