import { posix } from 'node:path';
import { ProvenanceError } from '../errors.js';

/**
 * One artifact the statement speaks for: an in-toto ResourceDescriptor with a name and a
 * sha256 digest (https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md).
 */
export interface Subject {
  /** Relative, `/`-separated, normalised: `dist/app.tgz`, never `./dist//app.tgz`. */
  readonly name: string;
  readonly digest: { readonly sha256: string };
}

/** Lowercase hex, 64 digits: the only digest form a DigestSet carries. */
export const SHA256_HEX = /^[0-9a-f]{64}$/u;

// Names reach logs and summaries; control characters there could forge lines.
const CONTROL = /[\u0000-\u001f\u007f]/u;

/**
 * Normalises a subject name to the one form every source agrees on: `\` becomes `/`,
 * `./` and repeated slashes go. Absolute names and names climbing out with `..` are refused.
 */
export function normalizeSubjectName(raw: string): string {
  if (CONTROL.test(raw)) throw invalidName(raw, 'it contains a control character');
  const slashed = raw.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:\//u.test(slashed)) throw invalidName(raw, 'it is absolute');
  const name = posix.normalize(slashed).replace(/\/+$/u, '');
  if (name === '' || name === '.') throw invalidName(raw, 'it is empty');
  if (name === '..' || name.startsWith('../')) throw invalidName(raw, 'it climbs out of the workspace with ..');
  return name;
}

/** A subject from a name and a hex digest, both checked and normalised. */
export function makeSubject(name: string, sha256: string): Subject {
  const hex = sha256.toLowerCase();
  if (!SHA256_HEX.test(hex)) {
    throw new ProvenanceError('PROVENANCE_SUBJECT_PAIR_MALFORMED', `subject ${JSON.stringify(name)}: expected a sha256 digest of 64 hex digits, got ${JSON.stringify(sha256)}`, { location: { subject: name } });
  }
  return { name: normalizeSubjectName(name), digest: { sha256: hex } };
}

function invalidName(raw: string, why: string): ProvenanceError {
  return new ProvenanceError('PROVENANCE_SUBJECT_NAME_INVALID', `subject name ${JSON.stringify(raw)} is refused: ${why}; expected a relative, /-separated path`, { location: { subject: raw } });
}
