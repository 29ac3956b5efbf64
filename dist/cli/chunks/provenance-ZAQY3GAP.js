import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  buildProvenanceStatement,
  collectSubjects,
  createKeySigner,
  localKeyHolder,
  publicKeyHint,
  signStatement
} from "./chunk-BV3N2UXF.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-6DT26UFP.js";
import "./chunk-MKFNT44I.js";
import {
  VERSION
} from "./chunk-SWWLUEGE.js";
import {
  currentBranch,
  findRepositoryRoot,
  resolveCommit
} from "./chunk-VRBG56CV.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/provenance.ts
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var PROVENANCE_HELP = `Usage: ringfence provenance --subjects GLOB... [--checksums FILE]... [--key FILE] --out FILE [--json]

Describes files in an in-toto statement with SLSA provenance v1 of ringfence's local build
type (this run is not on GitHub Actions, and the statement says so) and writes it to FILE:
signed with --key as a Sigstore bundle, or the bare statement without --key.

  --subjects GLOB   files to describe, relative to the current directory, which they may
                    not leave (repeat for several; each must match a file)
  --checksums FILE  sha256sum output whose names and digests are taken as written
  --key FILE        PEM private key (EC P-256, Ed25519 or RSA; unencrypted)
  --out FILE        where the bundle (or statement) goes; written only on success

Keyless signing needs an OIDC token and belongs to the provenance action.
Exit status: 0 written, 2 usage or runtime error.`;
var OPTIONS = {
  subjects: { type: "string", multiple: true },
  checksums: { type: "string", multiple: true },
  key: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function provenanceCommand(args, io) {
  const { values } = parseCommandArgs("provenance", args, OPTIONS);
  if (values.help) {
    io.out(PROVENANCE_HELP);
    return 0;
  }
  if (!values.out) throw new UsageError("USAGE_MISSING_ARGUMENT", "--out FILE is required (where the bundle is written)");
  if (!values.subjects?.length && !values.checksums?.length) throw new UsageError("USAGE_MISSING_ARGUMENT", "nothing to describe: pass --subjects GLOB or --checksums FILE");
  const key = values.key === void 0 ? void 0 : localKeyHolder(await readKey(resolve(io.cwd, values.key), values.key));
  const subjects = await collectSubjects({ workspace: io.cwd, patterns: values.subjects ?? [], checksumFiles: values.checksums ?? [] });
  const statement = buildProvenanceStatement(subjects, await localFacts(io.cwd));
  const document = key ? await signStatement(statement, createKeySigner({ key })) : statement;
  const out = resolve(io.cwd, values.out);
  await writeFile(out, `${JSON.stringify(document, null, 2)}
`);
  const summary = { out, signed: key !== void 0, subjects: subjects.length, buildType: statement.predicate.buildDefinition.buildType, ...key ? { keyHint: publicKeyHint(key.publicKeyPem) } : {} };
  io.out(values.json ? JSON.stringify(summary, null, 2) : `wrote ${key ? "signed provenance" : "an unsigned provenance statement"} for ${subjects.length} subject(s) to ${values.out}`);
  return 0;
}
async function readKey(path, given) {
  return readFile(path, "utf8").catch((error) => {
    throw new UsageError("USAGE_INVALID_VALUE", `--key ${given}: cannot read the key file (${error.code ?? String(error)})`, { cause: error });
  });
}
async function localFacts(cwd) {
  const base = { kind: "local", builderId: "urn:ringfence:cli", builderVersion: { ringfence: VERSION }, invocationId: `urn:uuid:${randomUUID()}` };
  try {
    const repo = await findRepositoryRoot(cwd);
    const [commit, branch] = await Promise.all([resolveCommit(repo, "HEAD"), currentBranch(repo)]);
    return { ...base, source: { commit, ...branch ? { ref: `refs/heads/${branch}` } : {} } };
  } catch {
    return base;
  }
}
export {
  PROVENANCE_HELP,
  provenanceCommand
};
