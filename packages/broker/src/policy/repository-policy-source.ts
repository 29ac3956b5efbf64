import { describeThrown } from '@ringfence/core';
import { loadTokenPolicy } from '@ringfence/token';
import type { TokenPolicy } from '@ringfence/token';
import type { RepositoryPolicyConfig } from '../config/types.js';
import { BrokerError } from '../errors.js';
import type { PolicyFileRead, PolicyFileReader, PolicySource, PolicyVersion } from '../ports.js';

/** The policy repository to read, through what, and on which clock. */
export interface RepositoryPolicyOptions {
  readonly config: RepositoryPolicyConfig;
  readonly reader: PolicyFileReader;
  /** Epoch ms; tests move it. */
  readonly now: () => number;
  /** Told of every read: `changed`, `unchanged` or `failed` (with why). */
  readonly onReload?: (result: 'changed' | 'unchanged' | 'failed', detail?: string) => void;
}

type State =
  | { readonly kind: 'loaded'; readonly policy: TokenPolicy; readonly version: PolicyVersion; readonly key: string; readonly confirmedAt: number; readonly failing?: string | undefined }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * The org policy from the central policy repository through the GitHub API, read again on a
 * timer and on demand (`refresh`) and compiled only when its blob SHA changes. What GitHub
 * answers decides at once: a file that does not load, is absent at the ref, or a repository
 * name that now belongs to another repository id refuses every exchange (POLICY_UNAVAILABLE).
 * A read that fails (network, 5xx, rate limit, renamed repository) keeps the last good policy
 * for `maxStaleSeconds` after it was last confirmed, then refuses too.
 */
export class RepositoryPolicySource implements PolicySource {
  private state: State = { kind: 'refused', reason: 'has not been read yet' };
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly where: string;

  private constructor(private readonly options: RepositoryPolicyOptions) {
    const { owner, repo, path, ref } = options.config;
    this.where = `${owner}/${repo}/${path}@${ref}`;
  }

  /** Reads the policy once (a broker without a policy does not start) and starts the timer. */
  static async open(options: RepositoryPolicyOptions): Promise<RepositoryPolicySource> {
    const source = new RepositoryPolicySource(options);
    await source.refresh();
    if (source.state.kind !== 'loaded') throw new BrokerError('POLICY_UNAVAILABLE', `the token policy ${source.where} ${source.state.reason}`);
    source.timer = setInterval(() => void source.refresh(), options.config.refreshSeconds * 1000);
    source.timer.unref();
    return source;
  }

  async current(): Promise<TokenPolicy> {
    return (await this.currentVersion()).policy;
  }

  currentVersion(): Promise<{ policy: TokenPolicy; version: PolicyVersion }> {
    const { state } = this;
    if (state.kind === 'refused') return Promise.reject(new BrokerError('POLICY_UNAVAILABLE', `the token policy ${this.where} ${state.reason}`));
    const { maxStaleSeconds, refreshSeconds } = this.options.config;
    const age = Math.floor((this.options.now() - state.confirmedAt) / 1000);
    if (state.failing !== undefined && age > maxStaleSeconds) return Promise.reject(new BrokerError('POLICY_UNAVAILABLE', `the token policy ${this.where} was last read ${age}s ago, longer than max_stale_seconds (${maxStaleSeconds}): ${state.failing}`));
    // Defense in depth: a read that hangs, or a timer that stopped, must not keep a policy forever.
    if (age > refreshSeconds + maxStaleSeconds + 60) return Promise.reject(new BrokerError('POLICY_UNAVAILABLE', `the token policy ${this.where} was last read ${age}s ago and no read has finished since`));
    return Promise.resolve({ policy: state.policy, version: state.version });
  }

  /** Reads the policy again now (one read at a time). Never throws. */
  refresh(): Promise<void> {
    this.inFlight ??= this.readOnce().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** Stops the timer. */
  close(): void {
    clearInterval(this.timer);
  }

  private async readOnce(): Promise<void> {
    let read: PolicyFileRead;
    try {
      read = await this.options.reader.read();
    } catch (error) {
      return this.readFailed(`cannot be read: ${describeThrown(error)}`);
    }
    const { config } = this.options;
    if (read.repository.id !== config.hostRepositoryId) return this.refuse(`is refused: ${config.owner}/${config.repo} is now repository id ${read.repository.id}, not host_repository_id ${config.hostRepositoryId} (the name belongs to another repository)`);
    if (read.repository.fullName.toLowerCase() !== `${config.owner}/${config.repo}`.toLowerCase()) return this.readFailed(`cannot be read: ${config.owner}/${config.repo} was renamed to ${read.repository.fullName}; set policy.repository to the new name`);
    if (!read.file) return this.refuse(`does not exist: ${config.ref} holds no ${config.path} (an absent policy is never read as an empty one)`);
    this.load(read.file.bytes, read.file.blobSha, read.repository.defaultBranch);
  }

  // Compiles the file unless it is the one in force; a file that does not load refuses at once.
  private load(bytes: Uint8Array, blobSha: string, defaultBranch: string): void {
    const key = `${blobSha} ${defaultBranch}`;
    const now = this.options.now();
    if (this.state.kind === 'loaded' && this.state.key === key) {
      this.state = { ...this.state, confirmedAt: now, failing: undefined };
      return this.options.onReload?.('unchanged');
    }
    try {
      const policy = loadTokenPolicy(bytes, this.where, { defaultBranch });
      this.state = { kind: 'loaded', policy, version: { where: this.where, blobSha }, key, confirmedAt: now };
      this.options.onReload?.('changed', `${this.where} blob ${blobSha}`);
    } catch (error) {
      this.refuse(`does not load (blob ${blobSha}): ${describeThrown(error)}`);
    }
  }

  private refuse(reason: string): void {
    this.state = { kind: 'refused', reason };
    this.options.onReload?.('failed', reason);
  }

  // The last good policy stays in force (until max_stale_seconds); without one, nothing does.
  private readFailed(reason: string): void {
    this.state = this.state.kind === 'loaded' ? { ...this.state, failing: reason } : { kind: 'refused', reason };
    this.options.onReload?.('failed', reason);
  }
}
