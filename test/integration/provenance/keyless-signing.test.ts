import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GitHubActionsFacts } from '@ringfence/provenance';
import {
  GITHUB_THRESHOLDS,
  buildProvenanceStatement,
  createKeylessSigner,
  parseTrustedRoot,
  signStatement,
  verifyIdToken,
  verifyProvenanceBundle,
  workflowRunFromClaims,
} from '@ringfence/provenance';
import type { Stack } from './stack.js';
import { SUBJECTS, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

async function provenanceFor(token: string): Promise<ReturnType<typeof buildProvenanceStatement>> {
  const { claims } = await verifyIdToken(token, { issuer: stack.issuer.issuer, audience: 'sigstore' });
  const facts: GitHubActionsFacts = { kind: 'github-actions', serverUrl: 'https://github.com', run: workflowRunFromClaims(claims) };
  return buildProvenanceStatement(SUBJECTS, facts);
}

describe('keyless signing against a loopback Fulcio, Rekor and TSA', () => {
  it('public-good style (Fulcio + Rekor) gives a v0.3 bundle that sigstore-js verifies for the workflow identity', async () => {
    const token = await stack.issuer.mint();
    const statement = await provenanceFor(token);
    const signer = createKeylessSigner({ identityToken: () => Promise.resolve(token), fulcioUrl: stack.sigstore.fulcioUrl, rekorUrl: stack.sigstore.rekorUrl, retries: 0 });
    const bundle = await signStatement(statement, signer);

    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.verificationMaterial.certificate).toBeDefined();
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    const verified = verifyProvenanceBundle(bundle, {
      trustedRoot: parseTrustedRoot(stack.sigstore.trustedRoot),
      signer: { kind: 'certificate', subjectAlternativeName: SAN, issuer: stack.issuer.issuer, extensions: { '1.3.6.1.4.1.57264.1.12': 'https://github.com/acme/app', '1.3.6.1.4.1.57264.1.13': 'babca52ab0c93ae16539e5923cb0d7403b9a093b' } },
      subjectSha256: SUBJECTS[0]!.digest.sha256,
    });
    expect(verified).toEqual(statement);
  });

  it('GitHub-instance style (Fulcio + TSA) never calls Rekor and verifies with a TSA time only', async () => {
    const token = await stack.issuer.mint();
    const before = stack.sigstore.requests.length;
    const signer = createKeylessSigner({ identityToken: () => Promise.resolve(token), fulcioUrl: stack.sigstore.fulcioUrl, tsaUrl: stack.sigstore.tsaUrl, retries: 0 });
    const bundle = await signStatement(await provenanceFor(token), signer);

    expect(stack.sigstore.requests.slice(before).map((r) => r.service)).toEqual(['fulcio', 'tsa']);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const expectations = { trustedRoot: parseTrustedRoot(stack.sigstore.trustedRoot), signer: { kind: 'certificate', subjectAlternativeName: SAN, issuer: stack.issuer.issuer } } as const;
    expect(verifyProvenanceBundle(bundle, { ...expectations, thresholds: GITHUB_THRESHOLDS }).subject).toHaveLength(2);
    expect(() => verifyProvenanceBundle(bundle, expectations)).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID' }));
  });

  it('inside a reusable workflow, the certificate SAN and builder.id both name the reusable workflow', async () => {
    const reusable = 'acme/workflows/.github/workflows/build.yml@refs/tags/v3';
    const token = await stack.issuer.mint({ claims: { job_workflow_ref: reusable } });
    const statement = await provenanceFor(token);
    const bundle = await signStatement(statement, createKeylessSigner({ identityToken: () => Promise.resolve(token), fulcioUrl: stack.sigstore.fulcioUrl, rekorUrl: stack.sigstore.rekorUrl, retries: 0 }));
    const verified = verifyProvenanceBundle(bundle, {
      trustedRoot: parseTrustedRoot(stack.sigstore.trustedRoot),
      signer: { kind: 'certificate', subjectAlternativeName: `https://github.com/${reusable}`, issuer: stack.issuer.issuer, extensions: { '1.3.6.1.4.1.57264.1.18': `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main` } },
    });
    expect(verified.predicate.runDetails.builder.id).toBe(`https://github.com/${reusable}`);
    expect(verified.predicate.buildDefinition.externalParameters).toEqual({ workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/app', path: '.github/workflows/release.yml' } });
  });
});
