import { createHash } from 'node:crypto';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import type { SigstoreServices } from './services.js';

const MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

/**
 * The trusted root that matches the services' keys, as the JSON a `trusted_root.json`
 * file holds (sigstore/protobuf-specs `sigstore_trustroot.proto`): the Fulcio CA, the CT
 * log, the Rekor log and the TSA chain. Valid from a minute before `now`, because log
 * and TSA times have one-second precision.
 */
export function assembleTrustedRoot(services: SigstoreServices, urls: { fulcio: string; rekor: string; tsa: string }, now = new Date()): unknown {
  const validFor = { start: new Date(now.getTime() - 60_000) };
  const tlogKey = Buffer.from(services.tlog.publicKey);
  const root: TrustedRoot = {
    mediaType: MEDIA_TYPE,
    certificateAuthorities: [{ subject: { organization: 'ringfence-test', commonName: 'fulcio' }, uri: urls.fulcio, certChain: { certificates: [{ rawBytes: bytes(services.ca.rootCertificate) }] }, validFor, operator: 'ringfence-test' }],
    ctlogs: [{ baseUrl: urls.fulcio, hashAlgorithm: HashAlgorithm.SHA2_256, publicKey: { rawBytes: Buffer.from(services.ctlog.publicKey), keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor }, logId: { keyId: bytes(services.ctlog.logID) }, checkpointKeyId: undefined, operator: 'ringfence-test' }],
    tlogs: [{ baseUrl: urls.rekor, hashAlgorithm: HashAlgorithm.SHA2_256, publicKey: { rawBytes: tlogKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor }, logId: { keyId: createHash('sha256').update(tlogKey).digest() }, checkpointKeyId: undefined, operator: 'ringfence-test' }],
    timestampAuthorities: [{ subject: { organization: 'ringfence-test', commonName: 'tsa' }, uri: urls.tsa, certChain: { certificates: [{ rawBytes: bytes(services.tsa.intCertificate) }, { rawBytes: bytes(services.tsa.rootCertificate) }] }, validFor, operator: 'ringfence-test' }],
  };
  return TrustedRoot.toJSON(root);
}

function bytes(view: ArrayBufferView<ArrayBuffer>): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
