import { GitError } from './errors.js';

/** One record of `git diff --raw -z`, paths decoded exactly. */
export interface RawDiffRecord {
  readonly status: string;
  readonly oldMode: string;
  readonly newMode: string;
  readonly oldSha: string;
  readonly newSha: string;
  readonly path: string;
  readonly previousPath?: string;
}

const HEADER = /^:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([ACDMRTUXB])(\d{0,3})$/u;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Incremental parser for `git diff --raw -z` output: feed chunks as git writes them, get
 * records as soon as they are whole. Paths are NUL-delimited, so spaces, quotes, newlines
 * and non-ASCII names come through byte-exact; a path that is not UTF-8 is refused.
 */
export class RawDiffParser {
  private pending: Buffer = Buffer.alloc(0);
  private header: RegExpExecArray | undefined;
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
      const text = bytes.toString('latin1');
      const header = HEADER.exec(text);
      if (!header) throw new GitError('GIT_OUTPUT_MALFORMED', `unexpected git diff record ${JSON.stringify(text.slice(0, 120))}`);
      this.header = header;
      return;
    }
    const path = decodePath(bytes);
    const [, oldMode, newMode, oldSha, newSha, status] = this.header as unknown as [string, string, string, string, string, string];
    const twoPaths = status === 'R' || status === 'C';
    if (twoPaths && this.firstPath === undefined) {
      this.firstPath = path;
      return;
    }
    const record: RawDiffRecord = twoPaths ? { status, oldMode, newMode, oldSha, newSha, path, previousPath: this.firstPath! } : { status, oldMode, newMode, oldSha, newSha, path };
    this.header = undefined;
    this.firstPath = undefined;
    this.onRecord(record);
  }
}

function decodePath(bytes: Buffer): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new GitError('GIT_PATH_UNREADABLE', `a changed path is not valid UTF-8 (bytes ${bytes.toString('hex')}); it cannot be matched exactly`);
  }
}
