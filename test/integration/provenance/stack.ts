import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { SigstoreServer } from '../../servers/sigstore/index.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';

/** An OIDC issuer and a Sigstore whose Fulcio trusts it, both on loopback. */
export interface Stack {
  readonly issuer: OidcIssuer;
  readonly sigstore: SigstoreServer;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const issuer = await startOidcIssuer();
  const sigstore = await startSigstoreServer({ oidcIssuer: issuer.issuer });
  return { issuer, sigstore, close: async () => void (await Promise.all([issuer.close(), sigstore.close()])) };
}

/** Two subjects with made-up digests. */
export const SUBJECTS = [
  { name: 'dist/app.tgz', digest: { sha256: '7d070f6b64d9bcc530fe99cc21eaaa4b3c364e0b2d367d7735671fa202a03b32' } },
  { name: 'dist/app.sbom.json', digest: { sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } },
];
