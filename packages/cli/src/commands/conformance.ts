import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode, UsageError, escapeUntrusted } from '@ringfence/core';
import type { GenericArtifact, GenericSigner } from '@ringfence/provenance';
import { STAGING_TUF_MIRROR, VerifyError, verifyBundleGeneric } from '@ringfence/provenance';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import type { TrustDeps } from '../tuf-flags.js';
import { TRUST_FLAGS, resolveTrustedRoots } from '../tuf-flags.js';

/** `ringfence conformance verify-bundle --help`. */
export const CONFORMANCE_VERIFY_BUNDLE_HELP = `Usage: ringfence conformance verify-bundle [--staging] --bundle FILE
         (--certificate-identity IDENTITY --certificate-oidc-issuer URL | --key FILE)
         [--trusted-root FILE | [--tuf-mirror URL] [--tuf-root FILE] [--tuf-cache DIR]] FILE_OR_DIGEST

The Sigstore client conformance protocol's verify-bundle (sigstore/sigstore-conformance,
docs/cli_protocol.md): verifies a Sigstore bundle holding a message signature or a DSSE
envelope for the artifact, through sigstore-js. For a DSSE envelope, the artifact's sha256
must be the digest of one of the in-toto statement's subjects. Nothing SLSA-specific is
checked: for provenance, use \`ringfence verify\`.

  --bundle FILE                   the Sigstore bundle (JSON)
  --certificate-identity ID       the signing certificate's subject alternative name, exactly
  --certificate-oidc-issuer URL   the OIDC issuer in the signing certificate, exactly
  --key FILE                      PEM public key, for a key-signed bundle (instead of the two above)
  --trusted-root FILE             trusted_root.json (or JSON Lines of roots); without it,
                                  trusted_root.json is fetched through TUF
  --staging                       the staging instance: its TUF mirror (${STAGING_TUF_MIRROR}),
                                  whose root.json is not embedded, so --tuf-root is required
                                  (with --trusted-root it changes nothing)
  --tuf-mirror URL                the TUF mirror (default: the production public-good one)
  --tuf-root FILE                 the mirror's initial root.json, obtained out of band
  --tuf-cache DIR                 TUF metadata cache (default: the user's cache directory)
  FILE_OR_DIGEST                  the artifact, or sha256:HEX (64 hex digits, and no file of that
                                  name); a message signature needs the file itself

Exit status: 0 verified, 1 not verified (the reason is printed), 2 usage or runtime error.`;

const OPTIONS = {
  staging: { type: 'boolean' },
  bundle: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  key: { type: 'string' },
  ...TRUST_FLAGS,
  help: { type: 'boolean', short: 'h' },
} as const;

const DIGEST_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/u;

/** `ringfence conformance verify-bundle` reading the process environment. */
export const conformanceVerifyBundleCommand = (args: readonly string[], io: Io): Promise<CommandResult> => createConformanceVerifyBundleCommand({ env: process.env })(args, io);

/** `ringfence conformance verify-bundle`: exit 0 only when the bundle verifies for the artifact and the expected signer. */
export function createConformanceVerifyBundleCommand(deps: TrustDeps): (args: readonly string[], io: Io) => Promise<CommandResult> {
  return (args, io) => runConformanceVerifyBundle(deps, args, io);
}

async function runConformanceVerifyBundle(deps: TrustDeps, args: readonly string[], io: Io): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs('conformance verify-bundle', args, OPTIONS, true);
  if (values.help) {
    io.out(CONFORMANCE_VERIFY_BUNDLE_HELP);
    return ExitCode.Ok;
  }
  if (positionals.length !== 1) throw new UsageError('USAGE_MISSING_ARGUMENT', `expected one FILE_OR_DIGEST, got ${positionals.length} (see \`ringfence conformance verify-bundle --help\`)`);
  if (!values.bundle) throw new UsageError('USAGE_MISSING_ARGUMENT', '--bundle FILE is required (the Sigstore bundle to verify)');
  const identity = values['certificate-identity'];
  const issuer = values['certificate-oidc-issuer'];
  const keyFile = values.key;
  if (keyFile !== undefined && (identity !== undefined || issuer !== undefined)) throw new UsageError('USAGE_INVALID_VALUE', '--key cannot be combined with --certificate-identity or --certificate-oidc-issuer');
  if (keyFile === undefined && (identity === undefined || issuer === undefined)) throw new UsageError('USAGE_MISSING_ARGUMENT', 'give --certificate-identity and --certificate-oidc-issuer (a keyless bundle), or --key FILE (a key-signed bundle)');

  const bundle = await readInput(io, '--bundle', values.bundle, 'utf8');
  const trustedRoots = await resolveTrustedRoots(values, io, deps, values.staging ? STAGING_TUF_MIRROR : undefined);
  const signer: GenericSigner = keyFile === undefined ? { kind: 'certificate', identity: identity!, issuer: issuer! } : { kind: 'public-key', publicKeyPem: await readInput(io, '--key', keyFile, 'utf8') };
  const artifact = await readArtifact(io, positionals[0]!);
  try {
    const verified = verifyBundleGeneric(bundle, { artifact, signer, trustedRoots });
    const who = verified.subjectAlternativeName === undefined ? 'the given key' : `${escapeUntrusted(verified.subjectAlternativeName)} (issuer ${escapeUntrusted(verified.issuer ?? 'unknown')})`;
    io.out(`OK: ${verified.content === 'dsseEnvelope' ? 'DSSE envelope' : 'message signature'} for sha256:${artifact.sha256}, signed by ${who}`);
    return ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    io.err(`FAIL ${error.code}: ${escapeUntrusted(error.message)}`);
    return ExitCode.Negative;
  }
}

/**
 * The protocol's FILE_OR_DIGEST: a digest only when it is `sha256:` and 64 hex digits and
 * no such path exists; anything else is a path.
 */
async function readArtifact(io: Io, argument: string): Promise<GenericArtifact> {
  const path = resolve(io.cwd, argument);
  const digest = DIGEST_ARGUMENT.exec(argument);
  if (digest && !(await exists(path))) return { sha256: digest[1]!.toLowerCase() };
  const bytes = await readInput(io, 'FILE_OR_DIGEST', argument);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function readInput(io: Io, what: string, given: string): Promise<Buffer>;
function readInput(io: Io, what: string, given: string, encoding: 'utf8'): Promise<string>;
async function readInput(io: Io, what: string, given: string, encoding?: 'utf8'): Promise<Buffer | string> {
  const path = resolve(io.cwd, given);
  return (encoding ? readFile(path, encoding) : readFile(path)).catch((error: unknown) => {
    throw new UsageError('USAGE_INVALID_VALUE', `${what} ${given}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  });
}
