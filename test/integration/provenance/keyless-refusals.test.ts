import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@ringfence/provenance';
import { buildProvenanceStatement, createKeylessSigner, parseTrustedRoot, signStatement, verifyIdToken, verifyProvenanceBundle, workflowRunFromClaims } from '@ringfence/provenance';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';
import type { Stack } from './stack.js';
import { SUBJECTS, startStack } from './stack.js';

let stack: Stack;
let bundle: SerializedBundle;
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

beforeAll(async () => {
  stack = await startStack();
  bundle = await sign(await stack.issuer.mint());
});
afterAll(() => stack.close());

async function sign(token: string, rekorUrl = stack.sigstore.rekorUrl): Promise<SerializedBundle> {
  const { claims } = await verifyIdToken(await stack.issuer.mint(), { issuer: stack.issuer.issuer, audience: 'sigstore' });
  const statement = buildProvenanceStatement(SUBJECTS, { kind: 'github-actions', serverUrl: 'https://github.com', run: workflowRunFromClaims(claims) });
  return signStatement(statement, createKeylessSigner({ identityToken: () => Promise.resolve(token), fulcioUrl: stack.sigstore.fulcioUrl, rekorUrl, retries: 0 }));
}

function verify(json: unknown, overrides: { san?: string; issuer?: string; extensions?: Record<string, string>; root?: unknown } = {}): unknown {
  return verifyProvenanceBundle(json, {
    trustedRoot: parseTrustedRoot(overrides.root ?? stack.sigstore.trustedRoot),
    signer: { kind: 'certificate', subjectAlternativeName: overrides.san ?? SAN, issuer: overrides.issuer ?? stack.issuer.issuer, ...(overrides.extensions ? { extensions: overrides.extensions } : {}) },
  });
}

describe('an ID token is refused before anything is signed', () => {
  const expectations = () => ({ issuer: stack.issuer.issuer, audience: 'sigstore' });
  it.each([
    ['signed by a key the issuer does not publish', { signer: 'stranger' as const }],
    ['expired an hour ago', { issuedAt: new Date(Date.now() - 3_600_000), lifetimeSeconds: 300 }],
    ['minted for another audience', { audience: 'nobody' }],
    ['from another issuer', { issuer: 'https://token.actions.githubusercontent.com' }],
  ])('a token %s', async (_, options) => {
    await expect(verifyIdToken(await stack.issuer.mint(options), expectations())).rejects.toMatchObject({ code: 'PROVENANCE_ID_TOKEN_INVALID' });
  });

  it('a token lacking the run claims names every missing claim', async () => {
    const token = await stack.issuer.mint({ claims: { job_workflow_ref: undefined, run_attempt: undefined } });
    await expect(verifyIdToken(token, expectations())).rejects.toMatchObject({ code: 'PROVENANCE_ID_TOKEN_CLAIMS_MISSING', message: expect.stringContaining('job_workflow_ref, run_attempt') });
  });

  it('a token from before a key rotation no longer verifies', async () => {
    const issuer = await startOidcIssuer();
    try {
      const token = await issuer.mint();
      await issuer.rotateKey();
      await expect(verifyIdToken(token, { issuer: issuer.issuer, audience: 'sigstore' })).rejects.toMatchObject({ code: 'PROVENANCE_ID_TOKEN_INVALID' });
    } finally {
      await issuer.close();
    }
  });
});

describe('signing fails with a typed error and no bundle', () => {
  it('when Fulcio refuses a forged token', async () => {
    await expect(sign(await stack.issuer.mint({ signer: 'stranger' }))).rejects.toMatchObject({ code: 'PROVENANCE_SIGNING_FAILED', message: expect.stringContaining('401') });
  });

  it('when Rekor answers 500', async () => {
    stack.sigstore.fail('rekor', 500);
    await expect(sign(await stack.issuer.mint())).rejects.toMatchObject({ code: 'PROVENANCE_SIGNING_FAILED', message: expect.stringContaining('(500)') });
    expect(stack.sigstore.requests.slice(-2).map((r) => `${r.service} ${r.status}`)).toEqual(['fulcio 201', 'rekor 500']);
  });

  it('when keyless signing is configured without a witness', () => {
    expect(() => createKeylessSigner({ identityToken: () => Promise.resolve('x'), fulcioUrl: stack.sigstore.fulcioUrl })).toThrow(expect.objectContaining({ code: 'PROVENANCE_SIGNING_CONFIG_INVALID' }));
  });
});

describe('verification refuses a bundle that is not exactly what was expected', () => {
  it('accepts the genuine bundle', () => expect(verify(bundle)).toMatchObject({ subject: SUBJECTS.slice().reverse() }));
  it.each([
    ['another workflow (SAN)', { san: 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main' }],
    ['a SAN that is only a prefix of the real one', { san: 'https://github.com/acme/app/.github/workflows/release.yml' }],
    ['another OIDC issuer', { issuer: 'https://token.actions.githubusercontent.com' }],
    ['another source repository (OID .12)', { extensions: { '1.3.6.1.4.1.57264.1.12': 'https://github.com/acme/fork' } }],
  ])('signed by %s', (_, overrides) => {
    expect(() => verify(bundle, overrides)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SIGNER_UNTRUSTED' }));
  });

  it('whose payload was changed after signing', () => {
    const payload = Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString().replace('acme/app', 'acme/evil');
    const tampered = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope!, payload: Buffer.from(payload).toString('base64') } };
    expect(() => verify(tampered)).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID' }));
  });

  it('that chains to a Sigstore the trusted root does not name', async () => {
    const other = await startSigstoreServer();
    try {
      expect(() => verify(bundle, { root: other.trustedRoot })).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID' }));
    } finally {
      await other.close();
    }
  });

  it('that is not a bundle at all', () => {
    expect(() => verify({ mediaType: 'text/plain' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_BUNDLE_INVALID' }));
  });
});

describe('the OIDC issuer fake', () => {
  it('hands out tokens like ACTIONS_ID_TOKEN_REQUEST_URL, only for the request token', async () => {
    const url = `${stack.issuer.tokenRequestUrl}?audience=sigstore`;
    expect((await fetch(url, { headers: { authorization: 'bearer wrong' } })).status).toBe(401);
    const { value } = (await (await fetch(url, { headers: { authorization: `bearer ${stack.issuer.requestToken}` } })).json()) as { value: string };
    await expect(verifyIdToken(value, { issuer: stack.issuer.issuer, audience: 'sigstore' })).resolves.toMatchObject({ claims: { repository: 'acme/app' } });
  });
});
