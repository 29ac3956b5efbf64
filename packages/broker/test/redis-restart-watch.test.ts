import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RestartWatch } from '../src/redis/redis-restart-watch.js';

const WINDOW = 1000;

describe('RestartWatch', () => {
  it('trusts Redis until a reconnect, and refuses while the reconnect is being checked', () => {
    const watch = new RestartWatch('a', WINDOW);
    expect(watch.reasonToRefuse(0)).toBeUndefined();
    watch.reconnected();
    expect(watch.reasonToRefuse(0)).toContain('being checked');
    watch.checked('a', 'noeviction', 0);
    expect(watch.reasonToRefuse(0)).toBeUndefined();
  });

  it('refuses for the window from the moment a new run_id is seen, then remembers the new one', () => {
    const watch = new RestartWatch('a', WINDOW);
    watch.reconnected();
    watch.checked('b', 'noeviction', 5000);
    expect(watch.reasonToRefuse(5999)).toBe('Redis restarted or failed over at 1970-01-01T00:00:05.000Z (its run_id changed); spent tokens may be forgotten; refusing until 1970-01-01T00:00:06.000Z');
    expect(watch.reasonToRefuse(6000)).toBeUndefined();
    watch.reconnected();
    watch.checked('b', 'noeviction', 7000);
    expect(watch.reasonToRefuse(7000)).toBeUndefined();
  });

  it('refuses for the window when run_id or the policy cannot be read, and keeps comparing with the last known run_id', () => {
    const watch = new RestartWatch('a', WINDOW);
    watch.reconnected();
    watch.checked(undefined, 'noeviction', 0);
    expect(watch.reasonToRefuse(999)).toContain('could not be read');
    watch.reconnected();
    watch.checked('a', undefined, 2000);
    expect(watch.reasonToRefuse(2999)).toContain('could not be read');
    watch.reconnected();
    watch.checked('a', 'noeviction', 4000);
    expect(watch.reasonToRefuse(4000)).toBeUndefined();
  });

  it('refuses with no end when Redis came back with an eviction policy, whatever follows', () => {
    const watch = new RestartWatch('a', WINDOW);
    watch.reconnected();
    watch.checked('a', 'allkeys-lru', 0);
    watch.reconnected();
    watch.checked('b', 'noeviction', 10);
    expect(watch.reasonToRefuse(Number.MAX_SAFE_INTEGER)).toContain('maxmemory-policy allkeys-lru');
  });

  it('never trusts a claim within the window after any unsafe answer, whatever the order of reconnects', () => {
    const answer = fc.record({ runId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), policy: fc.option(fc.constantFrom('noeviction', 'volatile-lru'), { nil: undefined }), gap: fc.nat({ max: 3 * WINDOW }) });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 8 }), fc.nat({ max: 3 * WINDOW }), (answers, probe) => {
        const watch = new RestartWatch('a', WINDOW);
        let known = 'a';
        let now = 0;
        let unsafeUntil = -1;
        for (const { runId, policy, gap } of answers) {
          now += gap;
          watch.reconnected();
          watch.checked(runId, policy, now);
          if (policy !== undefined && policy !== 'noeviction') unsafeUntil = Number.POSITIVE_INFINITY;
          else if (runId === undefined || policy === undefined || runId !== known) unsafeUntil = Math.max(unsafeUntil, now + WINDOW);
          if (runId !== undefined) known = runId;
        }
        const at = now + probe;
        if (at < unsafeUntil) expect(watch.reasonToRefuse(at)).toBeDefined();
        else expect(watch.reasonToRefuse(at)).toBeUndefined();
      }),
    );
  });
});
