import { FulcioSigner } from '@sigstore/sign';
import { ProvenanceError } from '../errors.js';
import type { BundleSigner } from './bundle-signer.js';
import { bundleSigner } from './bundle-signer.js';
import type { WitnessUrls } from './witnesses.js';
import { createWitnesses } from './witnesses.js';

/** Keyless signing: an OIDC token buys a short-lived Fulcio certificate for an ephemeral key. */
export interface KeylessSigningOptions extends WitnessUrls {
  /** The OIDC token (audience `sigstore`) Fulcio exchanges for a certificate. */
  readonly identityToken: () => Promise<string>;
  readonly fulcioUrl: string;
}

/** The public-good instance: Fulcio and a public Rekor entry (public repositories). */
export const PUBLIC_GOOD_INSTANCE = { fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' } as const;
/** GitHub's instance: its Fulcio and TSA, no public log (private and internal repositories). */
export const GITHUB_INSTANCE = { fulcioUrl: 'https://fulcio.githubapp.com', tsaUrl: 'https://timestamp.githubapp.com' } as const;

/**
 * A signer that gets a Fulcio certificate for an ephemeral key and has the signature
 * witnessed by Rekor, a TSA or both. At least one witness is required: without a trusted
 * time, a certificate valid for minutes cannot be checked later.
 */
export function createKeylessSigner(options: KeylessSigningOptions): BundleSigner {
  if (!options.rekorUrl && !options.tsaUrl) {
    throw new ProvenanceError('PROVENANCE_SIGNING_CONFIG_INVALID', 'keyless signing needs a Rekor URL, a TSA URL or both: without a trusted time the short-lived certificate cannot be verified');
  }
  const signer = new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl,
    identityProvider: { getToken: options.identityToken },
    timeout: options.timeoutMs ?? 10_000,
    retry: options.retries ?? 3,
  });
  return bundleSigner(signer, createWitnesses(options));
}
