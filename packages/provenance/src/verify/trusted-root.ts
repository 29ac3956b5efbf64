import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { ProvenanceError } from '../errors.js';

/** `application/vnd.dev.sigstore.trustedroot+json;version=0.1`, as protobuf JSON. */
export type { TrustedRoot };

/**
 * Parses a trusted root (the keys of the CAs, logs and TSAs to trust). An unparsable root,
 * or one that trusts nothing, is refused rather than letting every check pass vacuously.
 */
export function parseTrustedRoot(json: unknown, origin = 'trusted root'): TrustedRoot {
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `${origin} is not a Sigstore trusted root: ${(error as Error).message}`, { cause: error });
  }
  if (root.certificateAuthorities.length + root.tlogs.length + root.timestampAuthorities.length === 0) {
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `${origin} trusts no certificate authority, log or timestamp authority`);
  }
  return root;
}

/** Reads and parses a `trusted_root.json` file (for GitHub's, `gh attestation trusted-root` prints one per line). */
export async function loadTrustedRoot(file: string): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `trusted root ${file} could not be read: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  try {
    return parseTrustedRoot(JSON.parse(text) as unknown, file);
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `trusted root ${file} is not JSON: ${(error as Error).message}`, { cause: error, location: { file } });
  }
}

/**
 * Every root in a file: one JSON document, or JSON Lines with one root per line (what
 * `gh attestation trusted-root` prints: the public-good instance, then GitHub's).
 */
export async function loadTrustedRoots(file: string): Promise<TrustedRoot[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `trusted root ${file} could not be read: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  return parseTrustedRootsText(text, file);
}

/** The roots in a `trusted_root.json` text or a JSON Lines text of roots. */
export function parseTrustedRootsText(text: string, file = 'trusted root'): TrustedRoot[] {
  try {
    return [parseTrustedRoot(JSON.parse(text) as unknown, file)];
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
  }
  const lines = text.split('\n').map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== '');
  if (lines.length === 0) throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `trusted root ${file} is empty`, { location: { file } });
  return lines.map(({ line, number }) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new ProvenanceError('PROVENANCE_TRUSTED_ROOT_INVALID', `${file}:${number}: neither a JSON document nor JSON Lines of trusted roots: ${(error as Error).message}`, { cause: error, location: { file, line: number } });
    }
    return parseTrustedRoot(json, `${file}:${number}`);
  });
}
