import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { digestFile } from './digest-file.js';
import { matchFiles } from './match-files.js';
import { parseChecksums } from './parse-checksums.js';
import { parseSubjectPair } from './parse-subject-pair.js';
import type { Subject } from './subject.js';
import { resolveInsideWorkspace } from './workspace-path.js';

/** Where subjects come from; any mix of the three, at least one subject in all. */
export interface SubjectSources {
  /** The directory patterns and files resolve in; no subject file may lie outside it. */
  readonly workspace: string;
  /** Globs (or plain paths) relative to the workspace; each must match at least one file. */
  readonly patterns?: readonly string[];
  /** `sha256sum` output files (relative to the workspace or absolute); digests are taken as written. */
  readonly checksumFiles?: readonly string[];
  /** Explicit `name@sha256:HEX` pairs. */
  readonly pairs?: readonly string[];
  /** Files digested at once (default 8). */
  readonly concurrency?: number;
}

/** Far above any real release, far below what would exhaust memory. */
export const MAX_SUBJECTS = 100_000;
/** A checksums file larger than this is refused before it is read. */
export const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;

/**
 * Gathers, digests and checks every subject: names normalised, the same name from two
 * sources refused, symlinks leaving the workspace refused, an empty result refused.
 * Returns the subjects sorted by name, so the statement is the same for the same inputs.
 */
export async function collectSubjects(sources: SubjectSources): Promise<Subject[]> {
  const root = await realpath(sources.workspace).catch((error: unknown) => {
    throw new ProvenanceError('PROVENANCE_SUBJECT_UNREADABLE', `workspace ${sources.workspace} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  });
  const subjects = [
    ...(await digestPatterns(root, sources.patterns ?? [], sources.concurrency ?? 8)),
    ...(await readChecksumFiles(root, sources.checksumFiles ?? [])),
    ...(sources.pairs ?? []).map(parseSubjectPair),
  ];
  return checkSubjectSet(subjects);
}

/** Refuses an empty set, a set above MAX_SUBJECTS and any name given twice; sorts by name. */
export function checkSubjectSet(subjects: readonly Subject[]): Subject[] {
  if (subjects.length === 0) throw new ProvenanceError('PROVENANCE_SUBJECTS_EMPTY', 'no subjects: expected at least one file, checksum line or name@sha256:HEX pair');
  if (subjects.length > MAX_SUBJECTS) throw new ProvenanceError('PROVENANCE_SUBJECTS_TOO_MANY', `${subjects.length} subjects: expected at most ${MAX_SUBJECTS}`);
  const sorted = [...subjects].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  sorted.forEach((subject, i) => {
    if (i > 0 && sorted[i - 1]!.name === subject.name) {
      throw new ProvenanceError('PROVENANCE_SUBJECT_DUPLICATE', `subject ${JSON.stringify(subject.name)} is given twice; each name may appear once`, { location: { subject: subject.name } });
    }
  });
  return sorted;
}

// A file matched by two patterns is one subject; a pattern matching nothing is a mistake.
async function digestPatterns(root: string, patterns: readonly string[], concurrency: number): Promise<Subject[]> {
  const names = new Set<string>();
  for (const pattern of patterns) {
    const matched = await matchFiles(root, pattern);
    if (matched.length === 0) throw new ProvenanceError('PROVENANCE_PATTERN_UNMATCHED', `pattern ${JSON.stringify(pattern)} matched no file in ${root}`, { location: { subject: pattern } });
    matched.forEach((name) => names.add(name));
  }
  return mapLimit([...names], concurrency, async (name) => ({ name, digest: { sha256: await digestFile(await resolveInsideWorkspace(root, name), name) } }));
}

async function readChecksumFiles(root: string, files: readonly string[]): Promise<Subject[]> {
  const subjects: Subject[] = [];
  for (const file of files) {
    const path = resolve(root, file);
    const info = await stat(path).catch((error: unknown) => {
      throw new ProvenanceError('PROVENANCE_SUBJECT_UNREADABLE', `checksums file ${file} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error, location: { file } });
    });
    if (info.size > MAX_CHECKSUMS_BYTES) throw new ProvenanceError('PROVENANCE_CHECKSUMS_TOO_LARGE', `checksums file ${file} has ${info.size} bytes: expected at most ${MAX_CHECKSUMS_BYTES}`, { location: { file } });
    const entries = parseChecksums(decodeUtf8(await readFile(path), file), file);
    if (entries.length === 0) throw new ProvenanceError('PROVENANCE_SUBJECTS_EMPTY', `checksums file ${file} lists no subjects`, { location: { file } });
    subjects.push(...entries.map((entry) => entry.subject));
  }
  return subjects;
}

// Invalid UTF-8 would otherwise turn into U+FFFD and sign a name no file has.
function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_CHECKSUMS_MALFORMED', `checksums file ${file} is not valid UTF-8`, { cause: error, location: { file } });
  }
}

// Runs `fn` over `items` with at most `limit` in flight, keeping the input order.
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
