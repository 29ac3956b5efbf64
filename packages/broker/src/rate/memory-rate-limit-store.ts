import { BrokerError } from '../errors.js';
import type { RateLimitStore, WindowCount } from '../ports.js';

/**
 * The embedded call counter: one instance, nothing to install (several instances each count
 * on their own, so the limits multiply by the number of instances). Windows past their end
 * are swept as calls arrive; when `maxKeys` live windows are held it refuses
 * (RATE_LIMIT_UNAVAILABLE) rather than forget a count.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private nextSweep = 0;

  constructor(private readonly options: { readonly maxKeys: number; readonly now?: () => number }) {}

  hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.options.now?.() ?? Date.now();
    if (now >= this.nextSweep || this.windows.size >= this.options.maxKeys) this.sweep(now);
    let window = this.windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      if (window === undefined && this.windows.size >= this.options.maxKeys) return Promise.reject(new BrokerError('RATE_LIMIT_UNAVAILABLE', `rate limit store full (${this.options.maxKeys} live windows)`));
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, resetInMs: window.endsAt - now });
  }

  /** Live windows, for the metrics. */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    this.nextSweep = now + 10_000;
  }
}
