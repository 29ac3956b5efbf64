/**
 * Whether the Redis behind a reconnect still remembers the spent `jti`s. A Redis restarted
 * without persistence, or a replica promoted by a failover, answers under a new `run_id`
 * and may have lost keys: every token spent before could be used once more while it is
 * still accepted. So from the moment a changed (or unreadable) `run_id` is seen, claims
 * are refused for as long as any token spent before could still be accepted.
 * Pure state: the connection feeds it what Redis answered and when.
 */
export class RestartWatch {
  private refusal: { readonly reason: string; readonly until: number } | undefined;
  private checking = false;

  /**
   * @param runId - the `run_id` read at the first connection.
   * @param windowMs - how long a token spent before a restart may still be accepted.
   */
  constructor(
    private runId: string,
    private readonly windowMs: number,
  ) {}

  /** A reconnect happened: nothing is trusted until `checked` has seen what Redis answers. */
  reconnected(): void {
    this.checking = true;
  }

  /**
   * What Redis answered after a reconnect: its `run_id` and `maxmemory-policy`, each
   * undefined when it could not be read. A changed or unreadable answer starts a refusal
   * window; a policy other than noeviction refuses until the broker is restarted on a safe
   * Redis (keys may already have been evicted, and nothing rechecks it without a reconnect).
   */
  checked(runId: string | undefined, policy: string | undefined, now: number): void {
    this.checking = false;
    const until = now + this.windowMs;
    if (policy !== undefined && policy !== 'noeviction') {
      this.refuse(`Redis reconnected with maxmemory-policy ${policy}; the broker needs noeviction (evicted keys would let an ID token be used twice); restart the broker once it is fixed`, Number.POSITIVE_INFINITY);
    } else if (runId === undefined || policy === undefined) {
      this.refuse(`Redis reconnected at ${iso(now)} and its run_id or maxmemory-policy could not be read; spent tokens may be forgotten; refusing until ${iso(until)}`, until);
    } else if (runId !== this.runId) {
      this.refuse(`Redis restarted or failed over at ${iso(now)} (its run_id changed); spent tokens may be forgotten; refusing until ${iso(until)}`, until);
    }
    if (runId !== undefined) this.runId = runId;
  }

  /** Why a claim at `now` must be refused, or undefined when Redis can be trusted. */
  reasonToRefuse(now: number): string | undefined {
    if (this.checking) return 'Redis reconnected and is being checked for a restart; refusing until it is';
    if (this.refusal !== undefined && now < this.refusal.until) return this.refusal.reason;
    return undefined;
  }

  // A second restart inside a window never shortens it: the refusal that ends later stays.
  private refuse(reason: string, until: number): void {
    if (this.refusal === undefined || until >= this.refusal.until) this.refusal = { reason, until };
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
