import { describe, expect, it } from '@jest/globals';
import { MemoryRateLimitStore, RateLimitedError, enforceRateLimits } from '../src/index.js';
import type { RateLimitStore } from '../src/index.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const repo = (repositoryId: string, issuer = ISSUER) => ({ issuer, repositoryId });

async function outcomes(store: RateLimitStore, calls: { issuer: string; repositoryId: string }[], limits: { perRepositoryPerMinute: number; globalPerMinute?: number }): Promise<string[]> {
  const results: string[] = [];
  for (const call of calls) results.push(await enforceRateLimits(call, limits, store).then(() => 'ok', (error: unknown) => (error as RateLimitedError).code));
  return results;
}

describe('enforceRateLimits', () => {
  it('refuses a repository past its limit per minute, with the seconds until its window ends', async () => {
    let now = 0;
    const store = new MemoryRateLimitStore({ maxKeys: 100, now: () => now });
    expect(await outcomes(store, [repo('1'), repo('1')], { perRepositoryPerMinute: 2 })).toEqual(['ok', 'ok']);
    now = 20_500;
    const refusal = await enforceRateLimits(repo('1'), { perRepositoryPerMinute: 2 }, store).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect(refusal).toMatchObject({ code: 'RATE_LIMITED_REPOSITORY', retryAfterSeconds: 40 });
  });

  it('counts each repository on its own, and the same id of another issuer apart (GHES ids repeat)', async () => {
    const store = new MemoryRateLimitStore({ maxKeys: 100, now: () => 0 });
    expect(await outcomes(store, [repo('1'), repo('2'), repo('1', 'https://ghes.acme.example/_services/token'), repo('1')], { perRepositoryPerMinute: 1 })).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED_REPOSITORY']);
  });

  it('caps all repositories together, and a repository over its own limit spends none of the global share', async () => {
    const store = new MemoryRateLimitStore({ maxKeys: 100, now: () => 0 });
    const limits = { perRepositoryPerMinute: 1, globalPerMinute: 3 };
    expect(await outcomes(store, [repo('1'), repo('1'), repo('1'), repo('1'), repo('2'), repo('3'), repo('4')], limits)).toEqual(['ok', 'RATE_LIMITED_REPOSITORY', 'RATE_LIMITED_REPOSITORY', 'RATE_LIMITED_REPOSITORY', 'ok', 'ok', 'RATE_LIMITED_GLOBAL']);
  });

  it('passes a store failure through, so the call is refused', async () => {
    const broken: RateLimitStore = { hit: () => Promise.reject(Object.assign(new Error('down'), { code: 'RATE_LIMIT_UNAVAILABLE' })) };
    await expect(enforceRateLimits(repo('1'), { perRepositoryPerMinute: 5 }, broken)).rejects.toMatchObject({ code: 'RATE_LIMIT_UNAVAILABLE' });
  });

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['not a number', Number.NaN],
    ['a fraction', 0.5],
  ])('treats a count that is %s as over the limit (defense in depth)', async (_, count) => {
    const odd: RateLimitStore = { hit: () => Promise.resolve({ count, resetInMs: 1000 }) };
    await expect(enforceRateLimits(repo('1'), { perRepositoryPerMinute: 5 }, odd)).rejects.toMatchObject({ code: 'RATE_LIMITED_REPOSITORY' });
  });
});
