import { describe, expect, it } from '@jest/globals';
import { MemoryReplayStore } from '../src/index.js';

describe('MemoryReplayStore', () => {
  it('accepts a key once until it expires, then again', async () => {
    let now = 1000;
    const store = new MemoryReplayStore({ maxEntries: 1000, now: () => now });
    expect(await store.claim('a', 5000)).toBe(true);
    expect(await store.claim('a', 5000)).toBe(false);
    expect(await store.claim('b', 5000)).toBe(true);
    now = 5000;
    expect(await store.claim('a', 9000)).toBe(true);
  });

  it('sweeps expired entries to make room, and fails closed when every entry is live', async () => {
    let now = 0;
    const store = new MemoryReplayStore({ maxEntries: 2, now: () => now });
    await store.claim('a', 100);
    await store.claim('b', 10_000);
    now = 200;
    expect(await store.claim('c', 10_000)).toBe(true);
    expect(store.size).toBe(2);
    await expect(store.claim('d', 10_000)).rejects.toMatchObject({ code: 'REPLAY_STORE_UNAVAILABLE' });
    expect(await store.claim('b', 10_000)).toBe(false);
  });
});
