import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Signer, Witness } from '@sigstore/sign';
import { githubActionsClaims } from '../../../../test/servers/oidc-issuer/github-claims.js';
import type { CA } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeCA } from '@sigstore/mock/dist/fulcio/index.js';
import type { SigstoreServices } from '../../../../test/servers/sigstore/services.js';
import { createServices } from '../../../../test/servers/sigstore/services.js';
import { assembleTrustedRoot } from '../../../../test/servers/sigstore/trusted-root.js';
import { assertGitHubClaims } from '../../src/oidc/github-claims.js';
import type { BundleSigner } from '../../src/sign/bundle-signer.js';
import { bundleSigner } from '../../src/sign/bundle-signer.js';
import { signStatement } from '../../src/sign/sign-statement.js';
import { buildProvenanceStatement } from '../../src/statement/build-statement.js';
import type { ProvenanceStatement } from '../../src/statement/types.js';
import { workflowRunFromClaims } from '../../src/statement/workflow-run.js';
import type { TrustedRoot as Root } from '../../src/verify/trusted-root.js';
import { parseTrustedRoot } from '../../src/verify/trusted-root.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const ARTIFACT = { name: 'dist/app.tgz', digest: { sha256: createHash('sha256').update('app').digest('hex') } };
export const OTHER_ARTIFACT = { name: 'dist/other.tgz', digest: { sha256: createHash('sha256').update('other').digest('hex') } };
/** The reusable workflow that builds and signs for acme/app (SLSA Build L3 style). */
export const EXTERNAL_BUILDER = 'acme/workflows/.github/workflows/build.yml@refs/tags/v3';
export const IN_REPO_WORKFLOW = 'acme/app/.github/workflows/release.yml@refs/heads/main';
export const COMMIT = 'babca52ab0c93ae16539e5923cb0d7403b9a093b';

const TSA_POLICY = '1.3.6.1.4.1.57264.2';
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const BASE = 'https://github.com';

/** The claims of a GitHub Actions token, with overrides (`undefined` removes one). */
export function claimsOf(overrides: Record<string, unknown> = {}): Record<string, string> {
  return githubActionsClaims({ iss: GITHUB_ISSUER, ...overrides }) as Record<string, string>;
}

/** The SLSA statement actions/provenance builds from those claims. */
export function statementOf(claims: Record<string, string>, subjects = [ARTIFACT]): ProvenanceStatement {
  return buildProvenanceStatement(subjects, { kind: 'github-actions', serverUrl: BASE, run: workflowRunFromClaims(assertGitHubClaims(claims)) });
}

/** The Fulcio extensions real Fulcio writes for these claims (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export function fulcioExtensions(claims: Record<string, string | undefined>): Record<string, string> {
  const arc = (n: number): string => `1.3.6.1.4.1.57264.1.${n}`;
  const url = (v: string | undefined): string | undefined => (v === undefined ? undefined : `${BASE}/${v}`);
  const run = claims['repository'] && claims['run_id'] && claims['run_attempt'] ? `${BASE}/${claims['repository']}/actions/runs/${claims['run_id']}/attempts/${claims['run_attempt']}` : undefined;
  const pairs: [number, string | undefined][] = [
    [8, claims['iss']], [9, url(claims['job_workflow_ref'])], [10, claims['job_workflow_sha']], [11, claims['runner_environment']],
    [12, url(claims['repository'])], [13, claims['sha']], [14, claims['ref']], [15, claims['repository_id']],
    [16, url(claims['repository_owner'])], [17, claims['repository_owner_id']], [18, url(claims['workflow_ref'])], [19, claims['workflow_sha']],
    [20, claims['event_name']], [21, run], [22, claims['repository_visibility']], [23, claims['environment']],
  ];
  return Object.fromEntries(pairs.filter((p): p is [number, string] => p[1] !== undefined).map(([n, v]) => [arc(n), v]));
}

/** How a test certificate differs from a genuine one. */
export interface SignerOptions {
  /** `github` (default): no SCT, for `tsaRoot`; `public-good`: with an SCT, for `fullRoot`. */
  readonly instance?: 'github' | 'public-good';
  /** The certificate's validity starts this long ago (10 minutes long, as Fulcio's). */
  readonly issuedMinutesAgo?: number;
  /** Exactly these extensions instead of the ones Fulcio derives from the claims. */
  readonly extensions?: Record<string, string>;
}

/** A Fulcio-style CA and a TSA called in process, with roots shaped like each Sigstore instance. */
export interface Sigstore {
  /** CA, CT log, Rekor log and TSA: public-good style (a log entry is then required). */
  readonly fullRoot: Root;
  /** CA and TSA only: GitHub-instance style (a signed timestamp is required instead). */
  readonly tsaRoot: Root;
  readonly tsa: Witness;
  /** A signer with a Fulcio-like certificate for these claims, witnessed by the TSA. */
  signer(claims: Record<string, string | undefined>, options?: SignerOptions): BundleSigner;
}

export async function startSigstore(): Promise<Sigstore> {
  const services = await createServices('https://rekor.invalid');
  // GitHub's instance: a CA that logs to no CT log (no SCT), and a TSA.
  const githubCa = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }));
  const fullJson = assembleTrustedRoot(services, { fulcio: 'https://fulcio.invalid', rekor: 'https://rekor.invalid', tsa: 'https://tsa.invalid' }) as { certificateAuthorities: { certChain: unknown }[] };
  const githubAuthority = { ...fullJson.certificateAuthorities[0], certChain: { certificates: [{ rawBytes: Buffer.from(githubCa.rootCertificate.buffer, githubCa.rootCertificate.byteOffset, githubCa.rootCertificate.byteLength).toString('base64') }] } };
  const tsa = tsaWitness(services);
  return {
    fullRoot: parseTrustedRoot(fullJson),
    tsaRoot: parseTrustedRoot({ ...fullJson, tlogs: [], ctlogs: [], certificateAuthorities: [githubAuthority] }),
    tsa,
    signer: (claims, options = {}) => {
      const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const ca = (options.instance === 'public-good' ? services.ca : githubCa) as CA & { getCurrentTime: () => Date };
      const certificate = (async () => {
        const clock = ca.getCurrentTime;
        if (options.issuedMinutesAgo) ca.getCurrentTime = () => new Date(Date.now() - options.issuedMinutesAgo! * 60_000);
        try {
          return await ca.issueCertificate({
            publicKey: key.publicKey.export({ format: 'der', type: 'spki' }),
            subjectAltName: `${BASE}/${claims['job_workflow_ref'] ?? 'unknown'}`,
            extensions: Object.entries(options.extensions ?? fulcioExtensions(claims)).map(([oid, value]) => ({ oid, value })),
          });
        } finally {
          ca.getCurrentTime = clock;
        }
      })();
      const signer: Signer = { sign: async (data) => ({ signature: sign('sha256', data, key.privateKey), key: { $case: 'x509Certificate', certificate: toPem(await certificate) } }) };
      return bundleSigner(signer, [tsa]);
    },
  };
}

/** Signs the statement for these claims (or another statement) with a certificate for the claims. */
export async function signFor(sigstore: Sigstore, claims: Record<string, string>, statement: unknown = statementOf(claims)): Promise<SerializedBundle> {
  return signStatement(statement as ProvenanceStatement, sigstore.signer(claims));
}

/** The bundle with its DSSE payload replaced (the signature left as it was). */
export function withPayload(bundle: SerializedBundle, edit: (payload: string) => string): SerializedBundle {
  const envelope = bundle.dsseEnvelope!;
  const payload = Buffer.from(edit(Buffer.from(envelope.payload, 'base64').toString('utf8'))).toString('base64');
  return { ...bundle, dsseEnvelope: { ...envelope, payload } } as SerializedBundle;
}

/** The root as `trusted_root.json` text. */
export function rootJson(root: Root): string {
  return JSON.stringify(TrustedRoot.toJSON(root));
}

function tsaWitness(services: SigstoreServices): Witness {
  return {
    testify: async (content) => {
      const signature = content.$case === 'dsseEnvelope' ? content.dsseEnvelope.signatures[0]!.sig : content.messageSignature.signature;
      const token = await services.tsa.timestamp({ artifactHash: createHash('sha256').update(signature).digest(), hashAlgorithmOID: SHA256_OID, nonce: 1, policyOID: TSA_POLICY, certReq: true });
      return { rfc3161Timestamps: [{ signedTimestamp: Buffer.from(token.buffer, token.byteOffset, token.byteLength) }] };
    },
  };
}

function toPem(der: ArrayBufferView<ArrayBuffer>): string {
  const base64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/(.{64})/gu, '$1\n')}\n-----END CERTIFICATE-----\n`;
}
