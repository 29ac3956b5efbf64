import { createHash } from 'node:crypto';

interface ProposedDsse {
  readonly kind?: string;
  readonly apiVersion?: string;
  readonly spec?: { readonly proposedContent?: { readonly envelope?: string; readonly verifiers?: readonly string[] } };
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Real Rekor stores a `dsse` v0.0.1 entry in canonical form (hashes of the envelope and
 * payload, the signature and verifier) rather than as proposed; verifiers compare the
 * bundle against that form. The mock logs the proposal as is, so the server converts it
 * first, as Rekor's `dsse/v0.0.1` type does (https://github.com/sigstore/rekor/tree/main/pkg/types/dsse).
 * Other kinds pass through unchanged.
 */
export function canonicalizeRekorProposal(body: string): string {
  const proposal = JSON.parse(body) as ProposedDsse;
  const content = proposal.spec?.proposedContent;
  if (proposal.kind !== 'dsse' || proposal.apiVersion !== '0.0.1' || !content?.envelope) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: content.verifiers?.[i] ?? content.verifiers?.[0] })),
    },
  });
}
