import { escapeUntrusted } from '@ringfence/core';
import type { Warning } from '@ringfence/core';
import type { BaseFileReader } from '../ports.js';
import { MAX_DISCOVERY_FILE_BYTES, MAX_DISCOVERY_READS } from './limits.js';
import { formatOrigin } from './origin.js';
import type { Origin } from './origin.js';

/** Codes of the warnings discovery gives; none changes a verdict by itself. */
export type DiscoveryWarningCode =
  | 'DISCOVERY_UNRESOLVED'
  | 'DISCOVERY_WORKFLOW_INVALID'
  | 'DISCOVERY_ACTION_INVALID'
  | 'DISCOVERY_PACKAGE_INVALID'
  | 'DISCOVERY_OUTSIDE_REPOSITORY'
  | 'DISCOVERY_FILE_TOO_LARGE'
  | 'DISCOVERY_LIMIT_REACHED';

/** A file the base commit's workflows execute, and where that was found. */
export interface DiscoveredFile {
  readonly path: string;
  /** e.g. `.github/workflows/ci.yml:14 (job build, step 'Run tests')` */
  readonly from: string;
}

/** What one discovery found, and what it could not see. */
export interface DiscoveryResult {
  readonly files: readonly DiscoveredFile[];
  readonly warnings: readonly Warning[];
}

/** A file's bytes, or why there are none: absent from the base, or skipped (too large, budget spent). */
export type ReadOutcome = { readonly bytes: Uint8Array } | 'absent' | 'skipped';

/**
 * The state of one discovery: a reader with caches, a read budget and a size cap, the
 * files found (first origin wins) and the warnings. Reader errors propagate untouched.
 */
export class DiscoverySession {
  private readonly listings = new Map<string, ReadonlySet<string>>();
  private readonly files = new Map<string, DiscoveredFile>();
  private readonly warnings: Warning[] = [];
  private readonly entered = new Set<string>();
  private reads = 0;

  constructor(private readonly reader: BaseFileReader) {}

  /** The files directly inside `dir` (`''` is the root), or undefined once the read budget is spent. */
  async list(dir: string): Promise<ReadonlySet<string> | undefined> {
    const cached = this.listings.get(dir);
    if (cached) return cached;
    if (!this.spend()) return undefined;
    const entries = await this.reader.listFiles(dir);
    // The port returns paths; a bare name is taken as a name inside `dir`.
    const listing = new Set(entries.map((entry) => (dir === '' || entry.startsWith(`${dir}/`) ? entry : `${dir}/${entry}`)));
    this.listings.set(dir, listing);
    return listing;
  }

  /** Whether `path` is a file of the base commit; undefined when the budget is spent. */
  async exists(path: string): Promise<boolean | undefined> {
    const slash = path.lastIndexOf('/');
    return (await this.list(slash === -1 ? '' : path.slice(0, slash)))?.has(path);
  }

  /** Reads a file to follow it, with a warning when it is too large or past the budget. */
  async read(path: string, origin: Origin): Promise<ReadOutcome> {
    const exists = await this.exists(path);
    if (exists === false) return 'absent';
    if (exists === undefined || !this.spend()) return 'skipped';
    const bytes = await this.reader.readFile(path);
    if (!bytes) return 'absent';
    if (bytes.byteLength > MAX_DISCOVERY_FILE_BYTES) {
      this.warn('DISCOVERY_FILE_TOO_LARGE', origin, `${escapeUntrusted(path)} is ${bytes.byteLength} bytes; discovery reads at most ${MAX_DISCOVERY_FILE_BYTES}, so what it runs is not followed`);
      return 'skipped';
    }
    return { bytes };
  }

  /** Records a discovered file (kept even when absent: a pull request could add it). */
  async addFile(path: string, origin: Origin): Promise<void> {
    if (this.files.has(path)) return;
    const exists = await this.exists(path);
    const note = exists === undefined ? ' (not checked: read limit reached)' : exists ? '' : ' (not in the base commit)';
    if (!this.files.has(path)) this.files.set(path, { path, from: `${formatOrigin(origin)}${note}` });
  }

  warn(code: DiscoveryWarningCode, origin: Origin, message: string): void {
    const where = formatOrigin(origin);
    this.warnings.push({ code, message: where === '' ? message : `${where}: ${message}` });
  }

  /** True the first time `key` is entered: what was followed once is not followed again (cycles). */
  enter(key: string): boolean {
    if (this.entered.has(key)) return false;
    this.entered.add(key);
    return true;
  }

  result(): DiscoveryResult {
    return { files: [...this.files.values()], warnings: [...this.warnings] };
  }

  // One unit of the read budget; the first refusal says so once.
  private spend(): boolean {
    if (this.reads < MAX_DISCOVERY_READS) {
      this.reads++;
      return true;
    }
    if (this.reads === MAX_DISCOVERY_READS) {
      this.reads++;
      this.warn('DISCOVERY_LIMIT_REACHED', [], `discovery stopped reading after ${MAX_DISCOVERY_READS} files and listings; files found later are protected without being followed`);
    }
    return false;
  }
}
