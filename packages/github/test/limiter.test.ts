import { expect, test } from '@jest/globals';
import { Limiter, RetryLimiter } from '../src/limiter.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('never runs more than maxConcurrent at once, and runs them all', async () => {
  const limiter = new Limiter({ maxConcurrent: 3, minTime: 0 });
  let running = 0;
  let peak = 0;
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      limiter.schedule({}, async () => {
        peak = Math.max(peak, ++running);
        await tick(5);
        running--;
        return i;
      }),
    ),
  );
  expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(peak).toBe(3);
});

test('spaces the starts by minTime (writes one after another)', async () => {
  const limiter = new Limiter({ maxConcurrent: 1, minTime: 20 });
  const starts: number[] = [];
  await Promise.all([1, 2, 3].map(() => limiter.schedule({}, () => starts.push(Date.now()))));
  expect(starts[2]! - starts[0]!).toBeGreaterThanOrEqual(38);
});

test('a failed job frees its slot and rejects with its error', async () => {
  const limiter = new Limiter({ maxConcurrent: 1, minTime: 0 });
  await expect(limiter.schedule({}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(limiter.schedule({}, () => 'next')).resolves.toBe('next');
});

test('the retry loop retries while the handler answers a delay, and gives up when it does not', async () => {
  const retry = new RetryLimiter();
  const seen: number[] = [];
  retry.on('failed', (_error, info) => {
    seen.push(info.retryCount);
    return info.retryCount < 2 ? 1 : undefined;
  });
  let calls = 0;
  await expect(retry.schedule(() => Promise.reject(new Error(`try ${++calls}`)))).rejects.toThrow('try 3');
  expect(seen).toEqual([0, 1, 2]);
});
