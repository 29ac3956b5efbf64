import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  TRUST_FLAGS,
  resolveTrustedRoots,
  tufRequested
} from "./chunk-IKBDDDXC.js";
import {
  createAttestationSource
} from "./chunk-IT2NSH72.js";
import "./chunk-J5BA2H5W.js";
import {
  MAX_ATTESTATIONS,
  MAX_BUNDLE_BYTES,
  compileVerifyPolicy,
  digestFile,
  verifyFromSource,
  verifyProvenance
} from "./chunk-BV3N2UXF.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-6DT26UFP.js";
import "./chunk-MKFNT44I.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError,
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/verify.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var VERIFY_HELP = `Usage: ringfence verify ARTIFACT|sha256:HEX [--bundle FILE]
                       [--trusted-root FILE | [--tuf-mirror URL] [--tuf-root FILE] [--tuf-cache DIR]]
                       --expected-repository OWNER/NAME [--expected-repository-id ID]
                       [--expected-ref REF|GLOB] [--expected-builder OWNER/REPO/PATH@REF]
                       [--expected-builder-digest SHA] [--expected-runner-environment ENV]
                       [--expected-issuer URL] [--expected-identity SAN] [--require-approval]
                       [--expected-guard-app-id N --expected-protected-branch NAME]
                       [--allow-unchecked-bypass] [--expected-environment NAME]
                       [--key FILE] [--repository OWNER/NAME] [--github-api-url URL]
                       [--max-attestations N] [--json]

Verifies that a Sigstore bundle proves the artifact was built by the expected pipeline:
the signature, the certificate chain at the signing time, the transparency log entry or
signed timestamp, the subject digest, the SLSA predicate and GitHub build type, and every
expectation, each checked against the certificate (a workflow can write anything into the
statement, not into its certificate). The statement must agree with the certificate.

  --bundle FILE             the Sigstore bundle (JSON); without it, the repository's attestations
                            of the artifact are read from GitHub and one must verify
  --trusted-root FILE       trusted_root.json, or JSON Lines of roots (gh attestation trusted-root);
                            without it, trusted_root.json is fetched through TUF (not with --key alone)
  --tuf-mirror URL          the TUF mirror (default https://tuf-repo-cdn.sigstore.dev, Sigstore's
                            public-good instance; GitHub's instance: https://tuf-repo.github.com)
  --tuf-root FILE           the mirror's initial root.json, obtained out of band; required for any
                            mirror but the public-good one, whose root ringfence embeds
  --tuf-cache DIR           TUF metadata cache (default $RUNNER_TEMP/ringfence-tuf, else the user's
                            cache directory, e.g. ~/.cache/ringfence/tuf)
  --expected-repository R   the source repository, owner/name (required unless --key)
  --expected-repository-id  its numeric id: a re-created repository of the same name has another
  --expected-ref REF        refs/heads/main, or a glob such as refs/tags/v* (* never crosses /)
  --expected-builder W      the signing workflow, exactly: owner/repo/.github/workflows/f.yml@ref
  --expected-builder-digest the signing workflow's commit
  --expected-runner-environment  github-hosted or self-hosted
  --expected-issuer URL     default https://token.actions.githubusercontent.com
  --expected-identity SAN   the certificate's subject alternative name, exactly
  --require-approval        require the provenance gate's approval evidence; needs
                            --expected-builder outside the source repository,
                            --expected-guard-app-id and --expected-protected-branch
  --expected-guard-app-id N the guard App whose check the gate had to believe (the caller of
                            the build workflow chooses it; GitHub Actions' 15368 is refused)
  --expected-protected-branch NAME  the branch the gate had to judge (main); the certificate's
                            ref must be refs/heads/NAME or a tag
  --allow-unchecked-bypass  accept evidence recorded with bypass-check: off (no rulesets)
  --expected-environment E  the Environment the signing job ran in (evidence, certificate .23)
  --key FILE                PEM public key: the bundle is key-signed (its holder is trusted
                            for everything the statement says)
  --repository OWNER/NAME   whose attestations to read (default: --expected-repository)
  --github-api-url URL      default $GITHUB_API_URL, else https://api.github.com (GHES: https://HOST/api/v3)
  --max-attestations N      try at most N attestations (default 30)
  The token to read attestations is taken from GITHUB_TOKEN or GH_TOKEN, never printed.

Exit status: 0 valid, 1 invalid (the reason is printed), 2 usage or runtime error.`;
var OPTIONS = {
  bundle: { type: "string" },
  ...TRUST_FLAGS,
  "expected-repository": { type: "string" },
  "expected-repository-id": { type: "string" },
  "expected-ref": { type: "string" },
  "expected-builder": { type: "string" },
  "expected-builder-digest": { type: "string" },
  "expected-runner-environment": { type: "string" },
  "expected-issuer": { type: "string" },
  "expected-identity": { type: "string" },
  "require-approval": { type: "boolean" },
  "expected-guard-app-id": { type: "string" },
  "expected-protected-branch": { type: "string" },
  "allow-unchecked-bypass": { type: "boolean" },
  "expected-environment": { type: "string" },
  key: { type: "string" },
  repository: { type: "string" },
  "github-api-url": { type: "string" },
  "max-attestations": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var DIGEST_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/u;
var verifyCommand = (args, io) => createVerifyCommand({ env: process.env })(args, io);
function createVerifyCommand(deps) {
  return (args, io) => runVerifyCommand(deps, args, io);
}
async function runVerifyCommand(deps, args, io) {
  const { values, positionals } = parseCommandArgs("verify", args, OPTIONS, true);
  if (values.help) {
    io.out(VERIFY_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("USAGE_MISSING_ARGUMENT", `expected one artifact (a file, or sha256:HEX), got ${positionals.length} (see \`ringfence verify --help\`)`);
  const fetchFlag = ["repository", "github-api-url", "max-attestations"].find((flag) => values[flag] !== void 0);
  if (values.bundle !== void 0 && fetchFlag) throw new UsageError("USAGE_INVALID_VALUE", `--${fetchFlag} reads attestations from GitHub, which --bundle FILE replaces: give one or the other`);
  const bundle = values.bundle === void 0 ? void 0 : await readInput(io, "--bundle", values.bundle);
  const options = {
    subjectSha256: await artifactDigest(io, positionals[0]),
    // A key-signed bundle needs no root unless one is asked for; a certificate always does.
    ...values.key === void 0 || values["trusted-root"] !== void 0 || tufRequested(values) ? { trustedRoots: await resolveTrustedRoots(values, io, deps) } : {},
    ...values.key ? { publicKeyPem: await readInput(io, "--key", values.key) } : {},
    ...defined({
      expectedRepository: values["expected-repository"],
      expectedRepositoryId: values["expected-repository-id"],
      expectedRef: values["expected-ref"],
      expectedBuilder: values["expected-builder"],
      expectedBuilderDigest: values["expected-builder-digest"],
      expectedRunnerEnvironment: values["expected-runner-environment"],
      expectedIssuer: values["expected-issuer"],
      expectedIdentity: values["expected-identity"]
    }),
    requireApproval: values["require-approval"] ?? false,
    ...defined({ expectedGuardAppId: values["expected-guard-app-id"], expectedProtectedBranch: values["expected-protected-branch"], expectedEnvironment: values["expected-environment"] }),
    ...values["allow-unchecked-bypass"] ? { allowUncheckedBypass: true } : {}
  };
  const policy = compileVerifyPolicy(options);
  const verdict = bundle !== void 0 ? verifyProvenance(bundle, policy) : await verifyFromSource({ source: attestationSource(deps, values) }, policy, { maxBundleBytes: MAX_BUNDLE_BYTES });
  io.out(values.json ? JSON.stringify(verdict, null, 2) : renderVerifyVerdict(verdict));
  return verdict.outcome === "allowed" ? 0 : 1;
}
function renderVerifyVerdict(verdict) {
  const { detail } = verdict;
  const certificate = detail.certificate;
  const lines = [`verify: ${verdict.outcome === "allowed" ? "VALID" : "INVALID"}`, `  artifact sha256:${String(verdict.inputs["subjectSha256"])}${detail.provenance ? ` (${escapeUntrusted(detail.provenance.subject.name)} in the statement)` : ""}`];
  if (certificate?.buildSignerUri) lines.push(`  signed by ${escapeUntrusted(certificate.buildSignerUri)} (issuer ${escapeUntrusted(certificate.issuer ?? "unknown")})`);
  if (certificate?.sourceRepositoryUri) lines.push(`  source ${escapeUntrusted(certificate.sourceRepositoryUri)} (id ${escapeUntrusted(certificate.sourceRepositoryIdentifier ?? "unknown")}) at ${escapeUntrusted(certificate.sourceRepositoryRef ?? "unknown")}, commit ${escapeUntrusted(certificate.sourceRepositoryDigest ?? "unknown")}`);
  if (detail.signer === "public-key") lines.push("  signed with the given key");
  if (detail.approval) lines.push(`  approved: pull request #${detail.approval.pullRequest} at ${escapeUntrusted(detail.approval.headSha)} by ${detail.approval.approvers.map(escapeUntrusted).join(", ") || "no one (no ring needed approval)"}`);
  lines.push(`  checks passed: ${detail.passed.join(", ") || "none"}`);
  if (typeof verdict.inputs["attestationVerified"] === "number") lines.push(`  attestation #${verdict.inputs["attestationVerified"]} of ${String(verdict.inputs["attestationsListed"])} from ${escapeUntrusted(String(verdict.inputs["attestationsFrom"]))}`);
  if (detail.failure) lines.push(`reason ${detail.failure.code}: ${escapeUntrusted(detail.candidates?.length ? detail.failure.message.split(": #1 ")[0] : detail.failure.message)}`);
  for (const candidate of detail.candidates ?? []) lines.push(`  attestation #${candidate.index} ${candidate.code}: ${escapeUntrusted(candidate.message)}`);
  for (const warning of detail.warnings) lines.push(`warning ${warning.code}: ${escapeUntrusted(warning.message)}`);
  return lines.join("\n");
}
function attestationSource(deps, values) {
  const repository = values.repository ?? values["expected-repository"];
  if (repository === void 0) throw new UsageError("USAGE_MISSING_ARGUMENT", "without --bundle, --repository OWNER/NAME (or --expected-repository) names whose attestations to read");
  const max = values["max-attestations"] ?? String(MAX_ATTESTATIONS);
  if (!/^[1-9][0-9]{0,3}$/u.test(max)) throw new UsageError("USAGE_INVALID_VALUE", `--max-attestations must be a whole number from 1 to 9999, not ${JSON.stringify(max)}`);
  const token = deps.env["GITHUB_TOKEN"] || deps.env["GH_TOKEN"] || void 0;
  const apiUrl = values["github-api-url"] ?? (deps.env["GITHUB_API_URL"] || "https://api.github.com");
  return createAttestationSource({ repository, apiUrl, token, maxAttestations: Number(max), ...deps.fetch ? { fetch: deps.fetch } : {}, ...deps.retryDelayMs === void 0 ? {} : { retryDelayMs: deps.retryDelayMs }, ...deps.bundleUrlProtocols ? { bundleUrlProtocols: deps.bundleUrlProtocols } : {} });
}
async function artifactDigest(io, argument) {
  const digest = DIGEST_ARGUMENT.exec(argument);
  if (digest) return digest[1].toLowerCase();
  if (argument.startsWith("sha256:")) throw new UsageError("USAGE_INVALID_VALUE", `${argument}: expected sha256: followed by 64 hex digits`);
  return digestFile(resolve(io.cwd, argument), argument);
}
async function readInput(io, flag, given) {
  return readFile(resolve(io.cwd, given), "utf8").catch((error) => {
    throw new UsageError("USAGE_INVALID_VALUE", `${flag} ${given}: cannot read the file (${error.code ?? String(error)})`, { cause: error });
  });
}
function defined(values) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== void 0));
}
export {
  VERIFY_HELP,
  createVerifyCommand,
  renderVerifyVerdict,
  verifyCommand
};
