import { isAscii } from 'node:buffer';
import { GitError } from './errors.js';

/** One record of `git diff --raw -z`, paths decoded exactly (object ids are not needed). */
export interface RawDiffRecord {
  readonly status: string;
  readonly oldMode: string;
  readonly newMode: string;
  readonly path: string;
  readonly previousPath?: string;
}

interface Header {
  readonly status: string;
  readonly oldMode: string;
  readonly newMode: string;
}

const HEADER = /^:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40}|[0-9a-f]{64}) ([0-9a-f]{40}|[0-9a-f]{64}) ([ACDMRTUXB])(\d{0,3})$/u;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Incremental parser for `git diff --raw -z` output: feed chunks as git writes them, get
 * records as soon as they are whole. Paths are NUL-delimited, so spaces, quotes, newlines
 * and non-ASCII names come through byte-exact; a path that is not UTF-8 is refused.
 */
export class RawDiffParser {
  private pending: Buffer = Buffer.alloc(0);
  private header: Header | undefined;
  private firstPath: string | undefined;

  constructor(private readonly onRecord: (record: RawDiffRecord) => void) {}

  push(chunk: Buffer): void {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let start = 0;
    for (let nul = data.indexOf(0, start); nul !== -1; nul = data.indexOf(0, start)) {
      this.field(data.subarray(start, nul));
      start = nul + 1;
    }
    this.pending = Buffer.from(data.subarray(start));
  }

  /** Throws if the output stopped in the middle of a record. */
  end(): void {
    if (this.pending.length > 0 || this.header) throw new GitError('GIT_OUTPUT_MALFORMED', 'git diff output ended in the middle of a record');
  }

  private field(bytes: Buffer): void {
    if (!this.header) {
      this.header = parseHeader(bytes);
      return;
    }
    const path = decodePath(bytes);
    const { status, oldMode, newMode } = this.header;
    const twoPaths = status === 'R' || status === 'C';
    if (twoPaths && this.firstPath === undefined) {
      this.firstPath = path;
      return;
    }
    const record: RawDiffRecord = twoPaths ? { status, oldMode, newMode, path, previousPath: this.firstPath! } : { status, oldMode, newMode, path };
    this.header = undefined;
    this.firstPath = undefined;
    this.onRecord(record);
  }
}

const COLON = 0x3a;
const SPACE = 0x20;
// Byte offsets of `:MMMMMM MMMMMM <id> <id> S` for SHA-1 object ids, the common case.
const SHA1_STATUS_AT = 1 + 7 + 7 + 41 + 41;

/**
 * Reads a record header. The common SHA-1 shape is checked byte by byte (the header is most
 * of git's output, and a regex plus a string per record cost more than git itself);
 * anything else goes through the full pattern, and anything unexpected is an error.
 */
function parseHeader(bytes: Buffer): Header {
  if (bytes.length >= SHA1_STATUS_AT + 1 && bytes.length <= SHA1_STATUS_AT + 4 && bytes[0] === COLON && bytes[7] === SPACE && bytes[14] === SPACE && bytes[55] === SPACE && bytes[96] === SPACE && isOctal(bytes, 1) && isOctal(bytes, 8)) {
    const status = String.fromCharCode(bytes[SHA1_STATUS_AT]!);
    if ('ACDMRTUXB'.includes(status) && isHexOrDigits(bytes, 15, 55) && isHexOrDigits(bytes, 56, 96) && isHexOrDigits(bytes, SHA1_STATUS_AT + 1, bytes.length)) {
      return { status, oldMode: bytes.toString('latin1', 1, 7), newMode: bytes.toString('latin1', 8, 14) };
    }
  }
  const text = bytes.toString('latin1');
  const header = HEADER.exec(text);
  if (!header) throw new GitError('GIT_OUTPUT_MALFORMED', `unexpected git diff record ${JSON.stringify(text.slice(0, 120))}`);
  return { status: header[5]!, oldMode: header[1]!, newMode: header[2]! };
}

function isOctal(bytes: Buffer, at: number): boolean {
  for (let i = at; i < at + 6; i++) if (bytes[i]! < 0x30 || bytes[i]! > 0x37) return false;
  return true;
}

// Object ids are lower-case hex; the similarity score after R/C is decimal digits.
function isHexOrDigits(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (!((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66))) return false;
  }
  return true;
}

/** Decodes a path git wrote, refusing bytes that are not UTF-8 (they could not be matched exactly). */
export function decodePath(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new GitError('GIT_PATH_UNREADABLE', `a changed path is not valid UTF-8 (bytes ${bytes.toString('hex')}); it cannot be matched exactly`);
  }
}
