import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { currentBranch, findRepositoryRoot, resolveCommit } from '@ringfence/git';
import type { LocalFacts } from '@ringfence/provenance';
import { buildProvenanceStatement, collectSubjects, createKeySigner, localKeyHolder, publicKeyHint, signStatement } from '@ringfence/provenance';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { VERSION } from '../version.js';

/** `ringfence provenance --help`. */
export const PROVENANCE_HELP = `Usage: ringfence provenance --subjects GLOB... [--checksums FILE]... [--key FILE] --out FILE [--json]

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

const OPTIONS = {
  subjects: { type: 'string', multiple: true },
  checksums: { type: 'string', multiple: true },
  key: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `ringfence provenance`: local, key-signed (or unsigned) provenance; errors propagate and become exit 2. */
export async function provenanceCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('provenance', args, OPTIONS);
  if (values.help) {
    io.out(PROVENANCE_HELP);
    return 0;
  }
  if (!values.out) throw new UsageError('USAGE_MISSING_ARGUMENT', '--out FILE is required (where the bundle is written)');
  if (!values.subjects?.length && !values.checksums?.length) throw new UsageError('USAGE_MISSING_ARGUMENT', 'nothing to describe: pass --subjects GLOB or --checksums FILE');
  const key = values.key === undefined ? undefined : localKeyHolder(await readKey(resolve(io.cwd, values.key), values.key));
  const subjects = await collectSubjects({ workspace: io.cwd, patterns: values.subjects ?? [], checksumFiles: values.checksums ?? [] });
  const statement = buildProvenanceStatement(subjects, await localFacts(io.cwd));
  const document = key ? await signStatement(statement, createKeySigner({ key })) : statement;
  const out = resolve(io.cwd, values.out);
  await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
  const summary = { out, signed: key !== undefined, subjects: subjects.length, buildType: statement.predicate.buildDefinition.buildType, ...(key ? { keyHint: publicKeyHint(key.publicKeyPem) } : {}) };
  io.out(values.json ? JSON.stringify(summary, null, 2) : `wrote ${key ? 'signed provenance' : 'an unsigned provenance statement'} for ${subjects.length} subject(s) to ${values.out}`);
  return 0;
}

async function readKey(path: string, given: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: unknown) => {
    throw new UsageError('USAGE_INVALID_VALUE', `--key ${given}: cannot read the key file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  });
}

// The commit checked out, when there is one; uncommitted changes are not recorded.
async function localFacts(cwd: string): Promise<LocalFacts> {
  const base = { kind: 'local', builderId: 'urn:ringfence:cli', builderVersion: { ringfence: VERSION }, invocationId: `urn:uuid:${randomUUID()}` } as const;
  try {
    const repo = await findRepositoryRoot(cwd);
    const [commit, branch] = await Promise.all([resolveCommit(repo, 'HEAD'), currentBranch(repo)]);
    return { ...base, source: { commit, ...(branch ? { ref: `refs/heads/${branch}` } : {}) } };
  } catch {
    return base;
  }
}
