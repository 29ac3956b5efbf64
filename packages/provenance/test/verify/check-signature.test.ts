import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import { bundleFromJSON } from '@sigstore/bundle';
import type { BundleWithDsseEnvelope } from '@sigstore/bundle';
import { checkSignature, instanceThresholds } from '../../src/verify/check-signature.js';
import { compileVerifyPolicy } from '../../src/verify/verify-policy.js';
import type { Sigstore } from './fixtures.js';
import { ARTIFACT, claimsOf, signFor, startSigstore } from './fixtures.js';

let sigstore: Sigstore;
let other: Sigstore;
let bundle: SerializedBundle;
beforeAll(async () => {
  [sigstore, other] = await Promise.all([startSigstore(), startSigstore()]);
  bundle = await signFor(sigstore, claimsOf());
});

const policy = (roots: Sigstore['tsaRoot'][]) => compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, trustedRoots: roots, expectedRepository: 'acme/app' });

describe('instanceThresholds', () => {
  it('requires what each instance provides, and always a trusted time', () => {
    expect(instanceThresholds(sigstore.fullRoot)).toEqual({ tlog: 1, ctlog: 1, timestamps: 1 });
    expect(instanceThresholds(sigstore.tsaRoot)).toEqual({ tlog: 0, ctlog: 0, timestamps: 1 });
  });
});

describe('checkSignature with several trusted roots', () => {
  it('returns the signer from the root that accepts, whatever its position', () => {
    expect(checkSignature(bundleFromJSON(bundle) as BundleWithDsseEnvelope, policy([other.tsaRoot, other.fullRoot, sigstore.tsaRoot])).identity?.subjectAlternativeName).toContain('acme/app');
  });

  it('reports the failure that got furthest when none accepts', () => {
    // The other instance's TSA refuses the timestamp; our own public-good root accepts it but wants a log entry.
    expect(() => checkSignature(bundleFromJSON(bundle) as BundleWithDsseEnvelope, policy([other.tsaRoot, sigstore.fullRoot, other.fullRoot]))).toThrow(expect.objectContaining({ code: 'VERIFY_TLOG_MISSING' }));
  });

  it('uses explicit thresholds when given', () => {
    const lax = compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, trustedRoots: [sigstore.fullRoot], expectedRepository: 'acme/app', thresholds: { tlog: 0, ctlog: 0, timestamps: 1 } });
    // The GitHub-style certificate has no SCT, and the full root's CA did not issue it.
    expect(() => checkSignature(bundleFromJSON(bundle) as BundleWithDsseEnvelope, lax)).toThrow(expect.objectContaining({ code: 'VERIFY_CERTIFICATE_INVALID' }));
  });
});
