import type { ObjectIdentifierValuePair } from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';

const FULCIO_ARC = '1.3.6.1.4.1.57264.1.';

/**
 * Fulcio extensions as sigstore-js compares them: the raw extension value, which for
 * OIDs .8 and above is a DER UTF8String (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 */
export function policyExtensions(extensions: Readonly<Record<string, string>>): ObjectIdentifierValuePair[] {
  return Object.entries(extensions).map(([oid, value]) => {
    const arc = oid.startsWith(FULCIO_ARC) ? Number(oid.slice(FULCIO_ARC.length)) : NaN;
    if (!Number.isInteger(arc) || arc < 8) {
      throw new ProvenanceError('PROVENANCE_SIGNER_UNTRUSTED', `extension ${oid}: expected a Fulcio OID ${FULCIO_ARC}N with N >= 8`);
    }
    return { oid: { id: oid.split('.').map(Number) }, value: derUtf8String(value) };
  });
}

// Tag 0x0c, then the DER length (short form below 128, else 0x80|n followed by n bytes).
function derUtf8String(text: string): Buffer {
  const body = Buffer.from(text, 'utf8');
  const length = body.length < 0x80 ? Buffer.from([body.length]) : lengthLongForm(body.length);
  return Buffer.concat([Buffer.from([0x0c]), length, body]);
}

function lengthLongForm(length: number): Buffer {
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
