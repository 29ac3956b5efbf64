import { ProvenanceError } from '../errors.js';
import type { Subject } from './subject.js';
import { makeSubject } from './subject.js';

/** One subject read from a checksums file, with the line it came from. */
export interface ChecksumEntry {
  readonly subject: Subject;
  /** 1-based. */
  readonly line: number;
}

// `sha256sum` output: an optional `\` (the name is escaped), 64 hex digits, a space, then
// ` ` (text mode) or `*` (binary mode), then the name. See coreutils' md5sum documentation.
const LINE = /^(\\?)([0-9A-Fa-f]{64}) ([ *])(.+)$/u;

/**
 * Parses `sha256sum` output (text ` ` and binary `*` markers, escaped names, CRLF) into
 * subjects. Blank lines are skipped; any other line that is not a checksum line, or a name
 * listed twice, is refused with the file and line.
 */
export function parseChecksums(text: string, file: string): ChecksumEntry[] {
  const entries: ChecksumEntry[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    const match = LINE.exec(content);
    if (!match) throw malformed(file, line, `expected "<64 hex digits>  NAME" or "<64 hex digits> *NAME", got ${JSON.stringify(content.slice(0, 120))}`);
    const [, escaped, hex, , rawName] = match as unknown as [string, string, string, string, string];
    const name = escaped ? unescapeName(rawName, file, line) : rawName;
    const subject = atLine(file, line, () => makeSubject(name, hex));
    const earlier = seen.get(subject.name);
    if (earlier !== undefined) {
      throw new ProvenanceError('PROVENANCE_SUBJECT_DUPLICATE', `${file}:${line}: subject ${JSON.stringify(subject.name)} is already listed on line ${earlier}; each name may appear once`, { location: { file, line, subject: subject.name } });
    }
    seen.set(subject.name, line);
    entries.push({ subject, line });
  });
  return entries;
}

// sha256sum escapes `\` as `\\`, newline as `\n` and carriage return as `\r`; nothing else.
function unescapeName(name: string, file: string, line: number): string {
  return name.replace(/\\(.?)/gu, (_, next: string) => {
    if (next === '\\') return '\\';
    if (next === 'n') return '\n';
    if (next === 'r') return '\r';
    throw malformed(file, line, `unknown escape "\\${next}" in an escaped name (expected \\\\, \\n or \\r)`);
  });
}

// Name errors keep their code but gain the file and line they came from.
function atLine<T>(file: string, line: number, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error;
    throw new ProvenanceError(error.code, `${file}:${line}: ${error.message}`, { cause: error, location: { ...error.location, file, line } });
  }
}

function malformed(file: string, line: number, detail: string): ProvenanceError {
  return new ProvenanceError('PROVENANCE_CHECKSUMS_MALFORMED', `${file}:${line}: ${detail}`, { location: { file, line } });
}
