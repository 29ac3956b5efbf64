import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MemoryRateLimitStore } from '../src/index.js';

describe('MemoryRateLimitStore', () => {
  it('counts calls in a window that starts with the first, then starts again from zero', async () => {
    let now = 1000;
    const store = new MemoryRateLimitStore({ maxKeys: 10, now: () => now });
    expect(await store.hit('a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now = 31_000;
    expect(await store.hit('a', 60_000)).toEqual({ count: 2, resetInMs: 30_000 });
    expect(await store.hit('b', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now = 61_000;
    expect(await store.hit('a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it('sweeps ended windows to make room, and fails closed when every window is live', async () => {
    let now = 0;
    const store = new MemoryRateLimitStore({ maxKeys: 2, now: () => now });
    await store.hit('a', 100);
    await store.hit('b', 10_000);
    now = 200;
    expect((await store.hit('c', 10_000)).count).toBe(1);
    expect(store.size).toBe(2);
    await expect(store.hit('d', 10_000)).rejects.toMatchObject({ code: 'RATE_LIMIT_UNAVAILABLE' });
    expect((await store.hit('b', 10_000)).count).toBe(2);
  });

  it('counts each key exactly as often as it was hit within one window', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 50 }), async (keys) => {
        const store = new MemoryRateLimitStore({ maxKeys: 10, now: () => 0 });
        const last = new Map<string, number>();
        for (const key of keys) last.set(key, (await store.hit(key, 1000)).count);
        for (const [key, count] of last) expect(count).toBe(keys.filter((k) => k === key).length);
      }),
    );
  });
});
