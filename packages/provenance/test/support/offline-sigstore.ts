import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { Signer, Witness } from '@sigstore/sign';
import { createServices } from '../../../../test/servers/sigstore/services.js';
import { assembleTrustedRoot } from '../../../../test/servers/sigstore/trusted-root.js';
import type { BundleSigner } from '../../src/sign/bundle-signer.js';
import { bundleSigner } from '../../src/sign/bundle-signer.js';
import type { TrustedRoot } from '../../src/verify/trusted-root.js';
import { parseTrustedRoot } from '../../src/verify/trusted-root.js';

/** A Fulcio-style CA and a TSA called in process (no HTTP), for unit tests of verification. */
export interface OfflineSigstore {
  readonly trustedRoot: TrustedRoot;
  /** An RFC 3161 timestamp witness. */
  readonly tsa: Witness;
  /** A signer with a certificate for `san`/`issuer` and a TSA timestamp, like GitHub's instance. */
  certificateSigner(san: string, issuer: string, extensions?: Record<string, string>): BundleSigner;
}

const TSA_POLICY = '1.3.6.1.4.1.57264.2';
const SHA256_OID = '2.16.840.1.101.3.4.2.1';

export async function startOfflineSigstore(): Promise<OfflineSigstore> {
  const services = await createServices('https://rekor.invalid');
  const trustedRoot = parseTrustedRoot(assembleTrustedRoot(services, { fulcio: 'https://fulcio.invalid', rekor: 'https://rekor.invalid', tsa: 'https://tsa.invalid' }));
  const tsa: Witness = {
    testify: async (content) => {
      const signature = content.$case === 'dsseEnvelope' ? content.dsseEnvelope.signatures[0]!.sig : content.messageSignature.signature;
      const token = await services.tsa.timestamp({ artifactHash: createHash('sha256').update(signature).digest(), hashAlgorithmOID: SHA256_OID, nonce: 1, policyOID: TSA_POLICY, certReq: true });
      return { rfc3161Timestamps: [{ signedTimestamp: Buffer.from(token.buffer, token.byteOffset, token.byteLength) }] };
    },
  };
  return {
    trustedRoot,
    tsa,
    certificateSigner: (san, issuer, extensions = {}) => {
      const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const certificate = services.ca.issueCertificate({
        publicKey: key.publicKey.export({ format: 'der', type: 'spki' }),
        subjectAltName: san,
        extensions: [{ oid: '1.3.6.1.4.1.57264.1.8', value: issuer }, ...Object.entries(extensions).map(([oid, value]) => ({ oid, value }))],
      });
      const signer: Signer = {
        sign: async (data) => ({ signature: sign('sha256', data, key.privateKey), key: { $case: 'x509Certificate', certificate: toPem(await certificate) } }),
      };
      return bundleSigner(signer, [tsa]);
    },
  };
}

function toPem(der: ArrayBufferView<ArrayBuffer>): string {
  const base64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/(.{64})/gu, '$1\n')}\n-----END CERTIFICATE-----\n`;
}
