import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  TRUST_FLAGS,
  resolveTrustedRoots
} from "./chunk-IKBDDDXC.js";
import {
  STAGING_TUF_MIRROR,
  VerifyError,
  verifyBundleGeneric
} from "./chunk-BV3N2UXF.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-6DT26UFP.js";
import "./chunk-MKFNT44I.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  ExitCode,
  UsageError,
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/conformance.ts
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
var CONFORMANCE_VERIFY_BUNDLE_HELP = `Usage: ringfence conformance verify-bundle [--staging] --bundle FILE
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
var OPTIONS = {
  staging: { type: "boolean" },
  bundle: { type: "string" },
  "certificate-identity": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  key: { type: "string" },
  ...TRUST_FLAGS,
  help: { type: "boolean", short: "h" }
};
var DIGEST_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/u;
var conformanceVerifyBundleCommand = (args, io) => createConformanceVerifyBundleCommand({ env: process.env })(args, io);
function createConformanceVerifyBundleCommand(deps) {
  return (args, io) => runConformanceVerifyBundle(deps, args, io);
}
async function runConformanceVerifyBundle(deps, args, io) {
  const { values, positionals } = parseCommandArgs("conformance verify-bundle", args, OPTIONS, true);
  if (values.help) {
    io.out(CONFORMANCE_VERIFY_BUNDLE_HELP);
    return ExitCode.Ok;
  }
  if (positionals.length !== 1) throw new UsageError("USAGE_MISSING_ARGUMENT", `expected one FILE_OR_DIGEST, got ${positionals.length} (see \`ringfence conformance verify-bundle --help\`)`);
  if (!values.bundle) throw new UsageError("USAGE_MISSING_ARGUMENT", "--bundle FILE is required (the Sigstore bundle to verify)");
  const identity = values["certificate-identity"];
  const issuer = values["certificate-oidc-issuer"];
  const keyFile = values.key;
  if (keyFile !== void 0 && (identity !== void 0 || issuer !== void 0)) throw new UsageError("USAGE_INVALID_VALUE", "--key cannot be combined with --certificate-identity or --certificate-oidc-issuer");
  if (keyFile === void 0 && (identity === void 0 || issuer === void 0)) throw new UsageError("USAGE_MISSING_ARGUMENT", "give --certificate-identity and --certificate-oidc-issuer (a keyless bundle), or --key FILE (a key-signed bundle)");
  const bundle = await readInput(io, "--bundle", values.bundle, "utf8");
  const trustedRoots = await resolveTrustedRoots(values, io, deps, values.staging ? STAGING_TUF_MIRROR : void 0);
  const signer = keyFile === void 0 ? { kind: "certificate", identity, issuer } : { kind: "public-key", publicKeyPem: await readInput(io, "--key", keyFile, "utf8") };
  const artifact = await readArtifact(io, positionals[0]);
  try {
    const verified = verifyBundleGeneric(bundle, { artifact, signer, trustedRoots });
    const who = verified.subjectAlternativeName === void 0 ? "the given key" : `${escapeUntrusted(verified.subjectAlternativeName)} (issuer ${escapeUntrusted(verified.issuer ?? "unknown")})`;
    io.out(`OK: ${verified.content === "dsseEnvelope" ? "DSSE envelope" : "message signature"} for sha256:${artifact.sha256}, signed by ${who}`);
    return ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    io.err(`FAIL ${error.code}: ${escapeUntrusted(error.message)}`);
    return ExitCode.Negative;
  }
}
async function readArtifact(io, argument) {
  const path = resolve(io.cwd, argument);
  const digest = DIGEST_ARGUMENT.exec(argument);
  if (digest && !await exists(path)) return { sha256: digest[1].toLowerCase() };
  const bytes = await readInput(io, "FILE_OR_DIGEST", argument);
  return { sha256: createHash("sha256").update(bytes).digest("hex"), bytes };
}
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
async function readInput(io, what, given, encoding) {
  const path = resolve(io.cwd, given);
  return (encoding ? readFile(path, encoding) : readFile(path)).catch((error) => {
    throw new UsageError("USAGE_INVALID_VALUE", `${what} ${given}: cannot read the file (${error.code ?? String(error)})`, { cause: error });
  });
}
export {
  CONFORMANCE_VERIFY_BUNDLE_HELP,
  conformanceVerifyBundleCommand,
  createConformanceVerifyBundleCommand
};
