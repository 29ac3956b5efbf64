import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { nextCursor } from '../src/next-cursor.js';

const link = (query: string, rel = 'next') => `<https://api.github.com/repos/acme/app/attestations/sha256:aa?${query}>; rel="${rel}"`;

describe('nextCursor', () => {
  it('takes the after cursor of the next link, whatever other links come first', () => {
    expect(nextCursor(`${link('before=X', 'prev')}, ${link('per_page=10&after=Y3Vy')}`)).toEqual({ after: 'Y3Vy' });
  });

  it('falls back to page, and says when a next link names neither (null: it cannot be followed)', () => {
    expect(nextCursor(link('page=3'))).toEqual({ page: '3' });
    expect(nextCursor(link('per_page=10'))).toBeNull();
    expect(nextCursor(link('after='))).toBeNull();
  });

  it('no header, or no next link, is the end of the list', () => {
    expect(nextCursor(undefined)).toBeUndefined();
    expect(nextCursor(42)).toBeUndefined();
    expect(nextCursor(link('after=x', 'prev'))).toBeUndefined();
  });

  it('round-trips any cursor GitHub could send', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (cursor) => {
        expect(nextCursor(link(new URLSearchParams({ per_page: '10', after: cursor }).toString()))).toEqual({ after: cursor });
      }),
    );
  });

  it('never throws on any header text', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const result = nextCursor(header);
        expect(result === undefined || result === null || typeof result === 'object').toBe(true);
      }),
    );
  });
});
