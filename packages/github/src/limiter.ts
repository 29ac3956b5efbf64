/**
 * The concurrency and pacing the throttling plugin schedules through, owned per client.
 * plugin-throttling keeps module-global Bottleneck groups (10 concurrent reads, one write a
 * second) shared by every client in the process; handing it these groups instead makes the
 * limits per client and lets tests pace writes without waiting a second each.
 */
export interface LimiterOptions {
  /** Requests in flight at once. */
  readonly maxConcurrent: number;
  /** Milliseconds between the starts of two requests (GitHub asks for 1 s between writes). */
  readonly minTime: number;
}

type Task = () => void;

/** A semaphore with a minimum spacing between starts; the subset of Bottleneck the plugin uses. */
export class Limiter {
  private running = 0;
  private nextStart = 0;
  private readonly queue: Task[] = [];

  constructor(private readonly options: LimiterOptions) {}

  /** Runs `fn(...args)` when a slot is free; the first argument (Bottleneck job options) is ignored. */
  schedule<A extends unknown[], R>(_jobOptions: unknown, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push(() => {
        Promise.resolve()
          .then(() => fn(...args))
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.drain();
          });
      });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.maxConcurrent && this.queue.length > 0) {
      const wait = this.nextStart - Date.now();
      if (wait > 0) {
        setTimeout(() => this.drain(), wait);
        return;
      }
      this.nextStart = Date.now() + this.options.minTime;
      this.running++;
      this.queue.shift()!();
    }
  }
}

/** One limiter for every key, as Bottleneck.Group hands out (the client has one key). */
export class LimiterGroup {
  private readonly limiter: Limiter;

  constructor(options: LimiterOptions) {
    this.limiter = new Limiter(options);
  }

  key(): Limiter {
    return this.limiter;
  }
}

type FailedHandler = (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown;

/**
 * The retry loop plugin-throttling runs rate-limited requests through (its `retryLimiter`):
 * on a failure it asks the plugin's `failed` handler, which answers a delay in milliseconds
 * to retry after, or nothing to give up. Bottleneck's own version queues every submission
 * behind a timer tick (milliseconds per request), which serialised concurrent page reads.
 */
export class RetryLimiter {
  private failed: FailedHandler | undefined;

  on(event: string, handler: FailedHandler): void {
    if (event === 'failed') this.failed = handler;
  }

  async schedule<A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A): Promise<R> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await fn(...args);
      } catch (error) {
        const wait = await this.failed?.(error, { args, retryCount });
        if (typeof wait !== 'number') throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
