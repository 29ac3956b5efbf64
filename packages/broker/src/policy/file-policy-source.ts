import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describeThrown } from '@ringfence/core';
import { loadTokenPolicy } from '@ringfence/token';
import type { TokenPolicy } from '@ringfence/token';
import { BrokerError } from '../errors.js';
import type { PolicySource, PolicyVersion } from '../ports.js';
import { gitBlobSha } from './git-blob-sha.js';

/** Where the org policy file is and how often to read it again. */
export interface FilePolicyOptions {
  readonly file: string;
  readonly defaultBranch: string;
  readonly refreshMs: number;
  /** Told of every reload: `changed`, `unchanged` or `failed` (with why). */
  readonly onReload?: (result: 'changed' | 'unchanged' | 'failed', detail?: string) => void;
}

/**
 * The org policy from a local file, read again on a timer and on demand (`refresh`). A
 * file that no longer loads makes every exchange fail closed (POLICY_UNAVAILABLE) until it
 * is fixed: keeping the last good policy could keep a grant the owners just removed.
 */
export class FilePolicySource implements PolicySource {
  private state: { policy: TokenPolicy; digest: string } | { error: string; digest: string };
  private timer: NodeJS.Timeout | undefined;
  private blobSha: string;

  private constructor(private readonly options: FilePolicyOptions, policy: TokenPolicy, digest: string) {
    this.state = { policy, digest };
    this.blobSha = '';
  }

  /** Loads the file (throwing its TokenError when it is invalid) and starts the timer. */
  static async open(options: FilePolicyOptions): Promise<FilePolicySource> {
    const bytes = await readFile(options.file);
    const source = new FilePolicySource(options, loadTokenPolicy(bytes, options.file, { defaultBranch: options.defaultBranch }), digestOf(bytes));
    source.blobSha = gitBlobSha(bytes);
    source.timer = setInterval(() => void source.refresh(), options.refreshMs);
    source.timer.unref();
    return source;
  }

  current(): Promise<TokenPolicy> {
    const { state } = this;
    if ('policy' in state) return Promise.resolve(state.policy);
    return Promise.reject(new BrokerError('POLICY_UNAVAILABLE', `the token policy ${this.options.file} does not load: ${state.error}`));
  }

  /** The policy in force and the git blob SHA of the file it was compiled from. */
  async currentVersion(): Promise<{ policy: TokenPolicy; version: PolicyVersion }> {
    const policy = await this.current();
    return { policy, version: { where: this.options.file, blobSha: this.blobSha } };
  }

  /** Reads the file again; an unchanged file is not compiled again. Never throws. */
  async refresh(): Promise<void> {
    try {
      const bytes = await readFile(this.options.file);
      const digest = digestOf(bytes);
      if (digest === this.state.digest && 'policy' in this.state) return this.options.onReload?.('unchanged');
      this.state = { policy: loadTokenPolicy(bytes, this.options.file, { defaultBranch: this.options.defaultBranch }), digest };
      this.blobSha = gitBlobSha(bytes);
      this.options.onReload?.('changed');
    } catch (error) {
      this.state = { error: describeThrown(error), digest: '' };
      this.options.onReload?.('failed', this.state.error);
    }
  }

  /** Stops the timer. */
  close(): void {
    clearInterval(this.timer);
  }
}

function digestOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
