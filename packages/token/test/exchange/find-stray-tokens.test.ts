import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findStrayTokens } from '../../src/exchange/find-stray-tokens.js';

const CLASSIC = `ghs_${'A1b2C3d4E5'.repeat(3)}abcdef`;
const STATELESS = `ghs_4242_eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiI0MjQyIn0.${'s'.repeat(40)}`;

describe('findStrayTokens finds every token a refusal carried', () => {
  it.each([
    ['the token field, whatever it looks like', { error: 'access_denied', token: 'short' }, ['short']],
    ['an installation token quoted in an error message', { error: 'internal', message: `minted ${CLASSIC} but could not record it` }, [CLASSIC]],
    ['the stateless format, nested in a list', { error: 'internal', details: [{ credential: STATELESS }] }, [STATELESS]],
    ['a token as a key', { error: 'internal', seen: { [CLASSIC]: true } }, [CLASSIC]],
    ['one token in two places, once', { token: CLASSIC, message: CLASSIC }, [CLASSIC]],
  ])('%s', (_, body, expected) => {
    expect(findStrayTokens(body)).toEqual(expected);
  });

  it.each([
    ['a plain refusal', { error: 'access_denied', request_id: 'req-1' }],
    ['an empty token field', { error: 'access_denied', token: '' }],
    ['a prefix too short to be a token', { error: 'internal', message: 'ghs_abc' }],
    ['a token field that is not a string', { error: 'internal', token: 42 }],
  ])('finds nothing in %s', (_, body) => {
    expect(findStrayTokens(body)).toEqual([]);
  });

  it('walks 32 levels deep and no further, so a hostile nesting cannot exhaust the stack', () => {
    const nested = (levels: number): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => [inner], CLASSIC);
    expect(findStrayTokens({ detail: nested(30) })).toEqual([CLASSIC]);
    expect(findStrayTokens({ detail: nested(20_000) })).toEqual([]);
  });

  it('finds an installation token embedded at any depth a broker answer could hold, in any text', () => {
    const token = fc.stringMatching(/^ghs_[A-Za-z0-9]{36,60}$/u);
    const text = fc.string({ maxLength: 20 }).filter((s) => !/[A-Za-z0-9._]$/u.test(s));
    const nest = (value: unknown, path: readonly ('list' | 'object')[]): unknown => path.reduceRight<unknown>((inner, kind) => (kind === 'list' ? [inner] : { field: inner }), value);
    fc.assert(
      fc.property(token, text, fc.array(fc.constantFrom('list' as const, 'object' as const), { maxLength: 6 }), (t, before, path) => {
        expect(findStrayTokens({ error: 'internal', detail: nest(`${before}${t} and more`, path) })).toEqual([t]);
      }),
    );
  });
});
