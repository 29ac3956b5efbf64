import { BrokerError } from '../errors.js';
import type { ReplayStore } from '../ports.js';

/**
 * The embedded replay cache: one instance, nothing to install. Entries live until their
 * `keepUntil`; expired ones are swept as new ones arrive. When full of live entries it
 * refuses (REPLAY_STORE_UNAVAILABLE) rather than forget a token that may come back.
 */
export class MemoryReplayStore implements ReplayStore {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  constructor(private readonly options: { readonly maxEntries: number; readonly now?: () => number }) {}

  claim(key: string, keepUntil: number): Promise<boolean> {
    const now = this.options.now?.() ?? Date.now();
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return Promise.resolve(false);
    if (until === undefined && this.seen.size >= this.options.maxEntries) this.sweep(now);
    if (until === undefined && this.seen.size >= this.options.maxEntries) {
      return Promise.reject(new BrokerError('REPLAY_STORE_UNAVAILABLE', `replay store full (${this.options.maxEntries} live entries)`));
    }
    this.seen.set(key, keepUntil);
    if (now >= this.nextSweep) this.sweep(now);
    return Promise.resolve(true);
  }

  /** Live entries, for the metrics. */
  get size(): number {
    return this.seen.size;
  }

  // Insertion order is roughly expiry order, but not exactly (lifetimes differ): scan all.
  private sweep(now: number): void {
    for (const [key, until] of this.seen) if (until <= now) this.seen.delete(key);
    this.nextSweep = now + 10_000;
  }
}
