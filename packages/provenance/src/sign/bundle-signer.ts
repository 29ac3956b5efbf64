import type { SerializedBundle } from '@sigstore/bundle';
import { bundleToJSON } from '@sigstore/bundle';
import type { Signer, Witness } from '@sigstore/sign';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { ProvenanceError } from '../errors.js';

/**
 * Signs a payload into a Sigstore bundle (v0.3, DSSE envelope). Keyless and key signing
 * both implement it, so callers choose a signer once and never branch on it again.
 */
export interface BundleSigner {
  sign(payload: Buffer, payloadType: string): Promise<SerializedBundle>;
}

/** Network knobs shared by every Sigstore service a signer talks to. */
export interface ServiceOptions {
  /** Per request (default 10000 ms, as actions/attest). */
  readonly timeoutMs?: number;
  /** Retries on network errors and 5xx/408/429 (default 3). */
  readonly retries?: number;
}

/**
 * A BundleSigner from a sigstore-js signer and witnesses: sigstore-js's DSSEBundleBuilder
 * signs the DSSE pre-authentication encoding and collects the witnesses' evidence; all
 * HTTP to Fulcio, Rekor and the TSA happens inside sigstore-js.
 */
export function bundleSigner(signer: Signer, witnesses: Witness[]): BundleSigner {
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  return {
    async sign(payload, payloadType) {
      try {
        return bundleToJSON(await builder.create({ data: payload, type: payloadType }));
      } catch (error) {
        if (error instanceof ProvenanceError) throw error;
        throw new ProvenanceError('PROVENANCE_SIGNING_FAILED', `signing failed: ${describeSigstoreError(error)}`, { cause: error });
      }
    },
  };
}

// sigstore-js wraps HTTP failures (status, service message) in `cause`; show both levels.
function describeSigstoreError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
