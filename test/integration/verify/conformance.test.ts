import { X509Certificate, createHash, generateKeyPairSync, sign } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RingfenceError } from '@ringfence/core';
import type { SerializedBundle } from '@ringfence/provenance';
import { publicKeyHint } from '@ringfence/provenance';
import { bundleToJSON } from '@sigstore/bundle';
import { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign';
import { conformanceVerifyBundleCommand } from '../../../packages/cli/src/commands/conformance.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { startSigstoreServer } from '../../servers/sigstore/index.js';
import type { VerifyWorld } from './world.js';
import { ARTIFACT_CONTENT, ARTIFACT_SHA256, startVerifyWorld } from './world.js';

// The SAN Fulcio certifies for the world's default token: https://github.com/<job_workflow_ref>.
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

let world: VerifyWorld;
let issuer: string;
let keyless: SerializedBundle;
let keyed: SerializedBundle;
let messageKeyless: SerializedBundle;
beforeAll(async () => {
  world = await startVerifyWorld();
  issuer = world.stack.issuer.issuer;
  const token = await world.stack.issuer.mint({ claims: {} });
  const messageBuilder = new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: world.stack.sigstore.fulcioUrl, identityProvider: { getToken: () => Promise.resolve(token) }, retry: 0 }),
    witnesses: [new RekorWitness({ rekorBaseURL: world.stack.sigstore.rekorUrl, retry: 0 })],
  });
  [keyless, keyed, messageKeyless] = await Promise.all([world.sign(), world.signWithKey(), messageBuilder.create({ data: Buffer.from(ARTIFACT_CONTENT) }).then(bundleToJSON)]);
});
afterAll(() => world.close());

function io(): Io & { stdout: string; stderr: string } {
  const captured = { cwd: world.dir, stdout: '', stderr: '', out: (t: string) => void (captured.stdout += `${t}\n`), err: (t: string) => void (captured.stderr += `${t}\n`) };
  return captured;
}

/** Runs the command as the conformance suite does (arguments in the protocol's order); a RingfenceError is exit 2, as runCli reports it. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = io();
  try {
    const code = await conformanceVerifyBundleCommand(args, captured);
    return { code, out: captured.stdout, err: captured.stderr };
  } catch (error) {
    if (error instanceof RingfenceError) return { code: 2, out: captured.stdout, err: error.message };
    throw error;
  }
}

let counter = 0;
const bundleFile = (bundle: unknown): string => world.write(`conformance-${++counter}.sigstore.json`, bundle);

const keylessArgs = (bundle: unknown, artifact = 'app.tgz', identity = IDENTITY, oidcIssuer = issuer, root = world.fullRoot): string[] => [
  '--bundle',
  bundleFile(bundle),
  '--certificate-identity',
  identity,
  '--certificate-oidc-issuer',
  oidcIssuer,
  '--trusted-root',
  root,
  artifact,
];
const keyArgs = (bundle: unknown, key = world.key.publicKeyFile, artifact = 'app.tgz'): string[] => ['--bundle', bundleFile(bundle), '--key', key, '--trusted-root', world.fullRoot, artifact];

// The buffer with the last bit of its last byte flipped.
function flipLast(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt8(copy.readUInt8(copy.length - 1) ^ 1, copy.length - 1);
  return copy;
}

// Flips one byte of the DSSE payload (still base64, still a bundle).
function tamperPayload(bundle: SerializedBundle): unknown {
  const envelope = bundle.dsseEnvelope!;
  const payload = Buffer.from(envelope.payload, 'base64');
  const at = payload.indexOf('dist/app.tgz');
  payload[at] = 'D'.charCodeAt(0);
  return { ...bundle, dsseEnvelope: { ...envelope, payload: payload.toString('base64') } };
}

interface MessageBundleJson {
  readonly mediaType: string;
  readonly verificationMaterial: unknown;
  readonly messageSignature: { readonly messageDigest: { readonly algorithm: string; readonly digest: string }; readonly signature: string };
}

// A message-signature bundle (v0.3) signed with a local key, no witness.
function keyMessageBundle(privateKey: ReturnType<typeof generateKeyPairSync>['privateKey'], publicPem: string, content = ARTIFACT_CONTENT): MessageBundleJson {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: publicKeyHint(publicPem) }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(content).digest('base64') },
      signature: sign('sha256', Buffer.from(content), privateKey).toString('base64'),
    },
  };
}

describe('ringfence conformance verify-bundle: keyless bundles', () => {
  it('the certificate really carries the identity the tests expect', () => {
    const der = Buffer.from(keyless.verificationMaterial.certificate!.rawBytes, 'base64');
    expect(new X509Certificate(der).subjectAltName).toBe(`URI:${IDENTITY}`);
  });

  it('a DSSE bundle with the right identity and issuer: exit 0', async () => {
    const result = await run(keylessArgs(keyless));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`OK: DSSE envelope for sha256:${ARTIFACT_SHA256}, signed by ${IDENTITY}`);
  });

  it('--staging is accepted (and changes nothing) with --trusted-root', async () => {
    expect((await run(['--staging', ...keylessArgs(keyless)])).code).toBe(0);
  });

  it('the artifact as sha256:HEX, lower or upper case', async () => {
    expect((await run(keylessArgs(keyless, `sha256:${ARTIFACT_SHA256}`))).code).toBe(0);
    expect((await run(keylessArgs(keyless, `sha256:${ARTIFACT_SHA256.toUpperCase()}`))).code).toBe(0);
  });

  it('a keyless message signature over the file: exit 0; by digest alone it cannot be checked: exit 1', async () => {
    expect((await run(keylessArgs(messageKeyless))).code).toBe(0);
    const byDigest = await run(keylessArgs(messageKeyless, `sha256:${ARTIFACT_SHA256}`));
    expect(byDigest.code).toBe(1);
    expect(byDigest.err).toContain('give the file, not its digest');
  });

  it.each([
    ['another identity', { identity: 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main' }, 'VERIFY_IDENTITY_MISMATCH'],
    ['a prefix of the identity', { identity: IDENTITY.slice(0, -5) }, 'VERIFY_IDENTITY_MISMATCH'],
    ['the identity with a suffix', { identity: `${IDENTITY}x` }, 'VERIFY_IDENTITY_MISMATCH'],
    ['another issuer', { issuer: 'https://token.actions.githubusercontent.com' }, 'VERIFY_ISSUER_MISMATCH'],
    ['the issuer with a trailing slash', { issuer: 'TRAILING_SLASH' }, 'VERIFY_ISSUER_MISMATCH'],
  ])('%s: exit 1', async (_name, wrong: { identity?: string; issuer?: string }, code) => {
    const oidcIssuer = wrong.issuer === 'TRAILING_SLASH' ? `${issuer}/` : (wrong.issuer ?? issuer);
    const result = await run(keylessArgs(keyless, 'app.tgz', wrong.identity ?? IDENTITY, oidcIssuer));
    expect(result.code).toBe(1);
    expect(result.err).toContain(code);
  });

  it('another artifact (file or digest): exit 1, for DSSE and message signatures', async () => {
    world.write('other.tgz', 'another artifact\n');
    const otherDigest = `sha256:${'0'.repeat(63)}1`;
    for (const args of [keylessArgs(keyless, 'other.tgz'), keylessArgs(keyless, otherDigest), keylessArgs(messageKeyless, 'other.tgz')]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.err).toContain('VERIFY_SUBJECT_DIGEST_MISMATCH');
    }
  });

  it('a tampered bundle: a changed payload, a changed signature, a changed certificate: exit 1', async () => {
    const envelope = keyless.dsseEnvelope!;
    const signature = flipLast(Buffer.from(envelope.signatures[0]!.sig, 'base64'));
    const badSignature = { ...keyless, dsseEnvelope: { ...envelope, signatures: [{ ...envelope.signatures[0]!, sig: signature.toString('base64') }] } };
    const certificate = flipLast(Buffer.from(keyless.verificationMaterial.certificate!.rawBytes, 'base64'));
    const badCertificate = { ...keyless, verificationMaterial: { ...keyless.verificationMaterial, certificate: { rawBytes: certificate.toString('base64') } } };
    // The payload keeps the artifact's subject digest, so only the cryptography can catch it.
    const cases: [unknown, RegExp][] = [
      [tamperPayload(keyless), /^FAIL VERIFY_SIGNATURE_INVALID: .*(SIGNATURE_ERROR|TLOG_BODY_ERROR)/u],
      [badSignature, /^FAIL VERIFY_SIGNATURE_INVALID: .*(SIGNATURE_ERROR|TLOG_BODY_ERROR)/u],
      [badCertificate, /^FAIL VERIFY_CERTIFICATE_INVALID: .*CERTIFICATE_ERROR/u],
    ];
    for (const [bundle, reason] of cases) {
      const result = await run(keylessArgs(bundle));
      expect(result.code).toBe(1);
      expect(result.err).toMatch(reason);
    }
  });

  it('not a bundle, or a root of another Sigstore instance: exit 1', async () => {
    expect((await run(keylessArgs({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }))).err).toContain('VERIFY_BUNDLE_MALFORMED');
    // Another instance's root: the certificate chains to no CA it trusts.
    const foreign = await startSigstoreServer();
    try {
      const result = await run(keylessArgs(keyless, 'app.tgz', IDENTITY, issuer, world.write('foreign_root.json', foreign.trustedRoot)));
      expect(result.code).toBe(1);
      expect(result.err).toContain('VERIFY_CERTIFICATE_INVALID');
    } finally {
      await foreign.close();
    }
  });

  it('a key-signed bundle given a certificate identity: exit 1', async () => {
    const result = await run(keylessArgs(keyed));
    expect(result.code).toBe(1);
    expect(result.err).toContain('VERIFY_SIGNER_KIND_MISMATCH');
  });
});

describe('ringfence conformance verify-bundle: key-signed bundles', () => {
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const otherPublicPem = other.publicKey.export({ format: 'pem', type: 'spki' }).toString();

  it('a DSSE bundle verifies with --key: exit 0; also by sha256:HEX', async () => {
    const result = await run(keyArgs(keyed));
    expect(result.code).toBe(0);
    expect(result.out).toContain('signed by the given key');
    expect((await run(keyArgs(keyed, world.key.publicKeyFile, `sha256:${ARTIFACT_SHA256}`))).code).toBe(0);
  });

  it('another key: exit 1', async () => {
    const result = await run(keyArgs(keyed, world.write('other.pub', otherPublicPem)));
    expect(result.code).toBe(1);
    expect(result.err).toContain('VERIFY_SIGNATURE_INVALID');
  });

  it('a message signature verifies with its key, not with another, not over another artifact', async () => {
    const bundle = keyMessageBundle(other.privateKey, otherPublicPem);
    const key = world.write('message.pub', otherPublicPem);
    expect((await run(keyArgs(bundle, key))).code).toBe(0);
    expect((await run(keyArgs(bundle, world.key.publicKeyFile))).code).toBe(1);
    // Signed over other content, digest claiming this artifact: the signature over the file does not hold.
    const signedOther = keyMessageBundle(other.privateKey, otherPublicPem, 'other\n');
    const lying = { ...signedOther, messageSignature: { ...signedOther.messageSignature, messageDigest: bundle.messageSignature.messageDigest } };
    const result = await run(keyArgs(lying, key));
    expect(result.code).toBe(1);
    expect(result.err).toContain('VERIFY_SIGNATURE_INVALID');
  });

  it('a keyless bundle given --key: exit 1', async () => {
    const result = await run(keyArgs(keyless));
    expect(result.code).toBe(1);
    expect(result.err).toContain('VERIFY_SIGNER_KIND_MISMATCH');
  });
});

describe('ringfence conformance verify-bundle: FILE_OR_DIGEST and usage', () => {
  it('a file named like a digest is read as a file, as the protocol says', async () => {
    const file = world.write(`sha256:${ARTIFACT_SHA256}`, 'not the artifact\n');
    try {
      const result = await run(keylessArgs(keyless, `sha256:${ARTIFACT_SHA256}`));
      expect(result.code).toBe(1);
      expect(result.err).toContain('VERIFY_SUBJECT_DIGEST_MISMATCH');
    } finally {
      rmSync(file);
    }
  });

  it('sha256: with the wrong length is a path (here a missing one): exit 2', async () => {
    expect((await run(keylessArgs(keyless, `sha256:${ARTIFACT_SHA256.slice(1)}`))).code).toBe(2);
  });

  it.each([
    ['no artifact', (a: string[]) => a.slice(0, -1), 'expected one FILE_OR_DIGEST'],
    ['two artifacts', (a: string[]) => [...a, 'app.tgz'], 'expected one FILE_OR_DIGEST'],
    ['no --bundle', (a: string[]) => a.slice(2), '--bundle FILE is required'],
    ['no identity', (a: string[]) => [...a.slice(0, 2), ...a.slice(4)], 'give --certificate-identity and --certificate-oidc-issuer'],
    ['no issuer', (a: string[]) => [...a.slice(0, 4), ...a.slice(6)], 'give --certificate-identity and --certificate-oidc-issuer'],
    ['--key with an identity', (a: string[]) => ['--key', world.key.publicKeyFile, ...a], '--key cannot be combined'],
    ['no --trusted-root, a TUF mirror without an embedded root and no --tuf-root', (a: string[]) => ['--tuf-mirror', 'https://tuf-repo.github.com', ...a.slice(0, 6), ...a.slice(8)], 'no initial root.json is embedded'],
    ['an unknown option', (a: string[]) => ['--certificate-identity-regexp', '.*', ...a], 'Unknown option'],
    ['a missing bundle file', (a: string[]) => ['--bundle', 'missing.json', ...a.slice(2)], 'cannot read the file'],
  ])('%s: exit 2', async (_name, edit, message) => {
    const result = await run(edit(keylessArgs(keyless)));
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it('without --trusted-root, --staging names the staging TUF mirror, whose root must be given', async () => {
    const args = keylessArgs(keyless);
    const result = await run(['--staging', ...args.slice(0, 6), ...args.slice(8)]);
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining('no initial root.json is embedded for the TUF mirror https://tuf-repo-cdn.sigstage.dev') });
  });

  it('--help: exit 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: ringfence conformance verify-bundle [--staging] --bundle FILE');
  });
});
