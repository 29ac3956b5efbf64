import type { SerializedBundle } from '@sigstore/bundle';
import type { ProvenanceStatement } from '../statement/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/types.js';
import type { BundleSigner } from './bundle-signer.js';

/**
 * Signs a statement as a DSSE envelope of type `application/vnd.in-toto+json` and returns
 * the Sigstore bundle in its JSON form (what `gh attestation verify --bundle` reads and the
 * attestations API stores).
 */
export async function signStatement(statement: ProvenanceStatement, signer: BundleSigner): Promise<SerializedBundle> {
  return signer.sign(Buffer.from(JSON.stringify(statement), 'utf8'), IN_TOTO_PAYLOAD_TYPE);
}
